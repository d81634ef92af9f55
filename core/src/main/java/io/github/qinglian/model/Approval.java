package io.github.qinglian.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.MoreObjects;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A 统方 approval: who may run which level of statistic, for which purpose, when, and whether
 * the prescribers' identities in the result must be masked ({@code maskPrescribers} in JSON).
 * Valid from {@code validFrom} to {@code validTo}, both inclusive. Immutable and thread-safe.
 *
 * <pre>{@code
 * Approval a = Approval.newBuilder("A-7", "u-pharm-1", "PRESCRIPTION_REVIEW", ApprovalScope.PRESCRIBER,
 *     Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-11-30T16:00:00Z")).mask(true).build();
 * }</pre>
 */
public final class Approval {
  private final String id;
  private final String userId;
  private final String purpose;
  private final ApprovalScope scope;
  private final Instant validFrom;
  private final Instant validTo;
  private final boolean mask;

  private Approval(Builder b) {
    this.id = b.id;
    this.userId = b.userId;
    this.purpose = b.purpose;
    this.scope = b.scope;
    this.validFrom = b.validFrom;
    this.validTo = b.validTo;
    this.mask = b.mask;
  }

  /**
   * Starts an approval.
   *
   * @throws IllegalArgumentException if {@code validTo} is before {@code validFrom}
   */
  public static Builder newBuilder(String id, String userId, String purpose, ApprovalScope scope,
      Instant validFrom, Instant validTo) {
    return new Builder(id, userId, purpose, scope, validFrom, validTo);
  }

  /** The approval's id. */
  public String id() {
    return id;
  }

  /** The user it was granted to. */
  public String userId() {
    return userId;
  }

  /** The purpose approved (PRESCRIPTION_REVIEW …). */
  public String purpose() {
    return purpose;
  }

  /** The level of statistic allowed. */
  public ApprovalScope scope() {
    return scope;
  }

  /** The first instant of validity. */
  public Instant validFrom() {
    return validFrom;
  }

  /** The last instant of validity. */
  public Instant validTo() {
    return validTo;
  }

  /** Whether results must be masked: the verdict then carries MASK_PRESCRIBER. */
  public boolean mask() {
    return mask;
  }

  /** Whether {@code at} lies in [validFrom, validTo]. */
  public boolean validAt(Instant at) {
    return !at.isBefore(validFrom) && !at.isAfter(validTo);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Approval)) {
      return false;
    }
    Approval a = (Approval) o;
    return id.equals(a.id) && userId.equals(a.userId) && purpose.equals(a.purpose)
        && scope == a.scope && validFrom.equals(a.validFrom) && validTo.equals(a.validTo)
        && mask == a.mask;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, userId, purpose, scope, validFrom, validTo, mask);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("Approval").add("id", id).add("userId", userId)
        .add("purpose", purpose).add("scope", scope).add("validFrom", validFrom)
        .add("validTo", validTo).add("mask", mask).toString();
  }

  /** Builds an {@link Approval}. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private final String userId;
    private final String purpose;
    private final ApprovalScope scope;
    private final Instant validFrom;
    private final Instant validTo;
    private boolean mask;

    private Builder(String id, String userId, String purpose, ApprovalScope scope,
        Instant validFrom, Instant validTo) {
      this.id = checkNotNull(id, "id");
      this.userId = checkNotNull(userId, "userId");
      this.purpose = checkNotNull(purpose, "purpose");
      this.scope = checkNotNull(scope, "scope");
      this.validFrom = checkNotNull(validFrom, "validFrom");
      this.validTo = checkNotNull(validTo, "validTo");
      checkArgument(!validTo.isBefore(validFrom), "validTo %s is before validFrom %s", validTo,
          validFrom);
    }

    /** Sets whether results must be masked (default false). */
    public Builder mask(boolean mask) {
      this.mask = mask;
      return this;
    }

    /** Returns the approval. */
    public Approval build() {
      return new Approval(this);
    }
  }
}
