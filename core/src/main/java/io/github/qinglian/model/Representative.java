package io.github.qinglian.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.MoreObjects;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A pharmaceutical representative (医药代表) as the representative registry knows them: the
 * company that employs or authorises them and their filing (备案). Immutable and thread-safe.
 *
 * <p>Only {@code id} and {@code companyId} are required. The filing status defaults to
 * {@link FilingStatus#NONE}, so a record that omits it never allows a visit. A filing valid to T
 * is still valid at T; {@code filingValidTo} {@code null} means the filing has no end date (the
 * national platform's filings run until withdrawn).
 *
 * <pre>{@code
 * Representative r = Representative.newBuilder("R1", "C1")
 *     .name("赵磊").filingNumber("YYDB-320000-2025-01234")
 *     .filingStatus(FilingStatus.ACTIVE)
 *     .filingValidTo(Instant.parse("2027-06-30T15:59:59Z"))
 *     .build();
 * }</pre>
 */
public final class Representative {
  private final String id;
  private final String companyId;
  private final @Nullable String name;
  private final @Nullable String filingNumber;
  private final FilingStatus filingStatus;
  private final @Nullable Instant filingValidTo;

  private Representative(Builder b) {
    this.id = b.id;
    this.companyId = b.companyId;
    this.name = b.name;
    this.filingNumber = b.filingNumber;
    this.filingStatus = b.filingStatus;
    this.filingValidTo = b.filingValidTo;
  }

  /**
   * Starts a representative of {@code companyId}, not filed.
   *
   * @throws IllegalArgumentException if either id is blank
   */
  public static Builder newBuilder(String id, String companyId) {
    return new Builder(id, companyId);
  }

  /** Returns a builder holding this representative's values. */
  public Builder toBuilder() {
    return new Builder(id, companyId)
        .name(name)
        .filingNumber(filingNumber)
        .filingStatus(filingStatus)
        .filingValidTo(filingValidTo);
  }

  /** The registry's id. */
  public String id() {
    return id;
  }

  /** The company that employs or authorises the representative. */
  public String companyId() {
    return companyId;
  }

  /** The name, if the registry carries it. */
  public @Nullable String name() {
    return name;
  }

  /** The filing number on the national platform, if any. */
  public @Nullable String filingNumber() {
    return filingNumber;
  }

  /** The filing's state. */
  public FilingStatus filingStatus() {
    return filingStatus;
  }

  /** The last instant the filing is valid (inclusive), or {@code null} when it has no end date. */
  public @Nullable Instant filingValidTo() {
    return filingValidTo;
  }

  /** Whether the filing is ACTIVE and valid at {@code at} (valid to T is still valid at T). */
  public boolean filedAt(Instant at) {
    return filingStatus == FilingStatus.ACTIVE
        && (filingValidTo == null || !filingValidTo.isBefore(at));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Representative)) {
      return false;
    }
    Representative r = (Representative) o;
    return id.equals(r.id)
        && companyId.equals(r.companyId)
        && Objects.equals(name, r.name)
        && Objects.equals(filingNumber, r.filingNumber)
        && filingStatus == r.filingStatus
        && Objects.equals(filingValidTo, r.filingValidTo);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, companyId, filingNumber, filingStatus, filingValidTo);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("Representative")
        .omitNullValues()
        .add("id", id)
        .add("companyId", companyId)
        .add("filingNumber", filingNumber)
        .add("filingStatus", filingStatus)
        .add("filingValidTo", filingValidTo)
        .toString();
  }

  /** Builds a {@link Representative}. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private final String companyId;
    private @Nullable String name;
    private @Nullable String filingNumber;
    private FilingStatus filingStatus = FilingStatus.NONE;
    private @Nullable Instant filingValidTo;

    private Builder(String id, String companyId) {
      this.id = checkNotNull(id, "id");
      this.companyId = checkNotNull(companyId, "companyId");
      checkArgument(!id.trim().isEmpty(), "representative id is blank");
      checkArgument(!companyId.trim().isEmpty(), "company id of %s is blank", id);
    }

    /** Sets the name. */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /** Sets the filing number. */
    public Builder filingNumber(@Nullable String filingNumber) {
      this.filingNumber = filingNumber;
      return this;
    }

    /** Sets the filing status. */
    public Builder filingStatus(FilingStatus filingStatus) {
      this.filingStatus = checkNotNull(filingStatus, "filingStatus");
      return this;
    }

    /** Sets the last instant the filing is valid; {@code null} for no end date. */
    public Builder filingValidTo(@Nullable Instant filingValidTo) {
      this.filingValidTo = filingValidTo;
      return this;
    }

    /** Returns the representative. */
    public Representative build() {
      return new Representative(this);
    }
  }
}
