package io.github.qinglian.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.MoreObjects;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A supplier (配送企业) as the hospital's registry knows it: the validity of its licence, its credit
 * rating and any blacklisting (商业贿赂不良记录). Immutable and thread-safe.
 *
 * <p>Required: a non-blank {@code id} and {@code licenseValidTo}; the builder throws otherwise.
 * A licence valid to T is still valid at T; a blacklisting until T no longer applies at T.
 * Defaults: credit rating NONE, not blacklisted.
 *
 * <pre>{@code
 * Supplier s = Supplier.newBuilder("S001", Instant.parse("2029-12-31T15:59:59Z"))
 *     .name("国药控股清廉有限公司").build();
 * }</pre>
 */
public final class Supplier {
  private final String id;
  private final @Nullable String name;
  private final Instant licenseValidTo;
  private final CreditRating creditRating;
  private final @Nullable Instant blacklistedUntil;

  private Supplier(Builder b) {
    this.id = b.id;
    this.name = b.name;
    this.licenseValidTo = b.licenseValidTo;
    this.creditRating = b.creditRating;
    this.blacklistedUntil = b.blacklistedUntil;
  }

  /** Starts a supplier whose licence is valid to {@code licenseValidTo}. */
  public static Builder newBuilder(String id, Instant licenseValidTo) {
    return new Builder(id, licenseValidTo);
  }

  /** Returns a builder holding this supplier's values. */
  public Builder toBuilder() {
    return new Builder(id, licenseValidTo)
        .name(name)
        .creditRating(creditRating)
        .blacklistedUntil(blacklistedUntil);
  }

  /** The supplier's id. */
  public String id() {
    return id;
  }

  /** The supplier's name, if known. */
  public @Nullable String name() {
    return name;
  }

  /** The last instant at which the supplier's licence (药品经营许可证) is valid. */
  public Instant licenseValidTo() {
    return licenseValidTo;
  }

  /** The credit rating. */
  public CreditRating creditRating() {
    return creditRating;
  }

  /** The instant a blacklisting ends (exclusive), or {@code null}. */
  public @Nullable Instant blacklistedUntil() {
    return blacklistedUntil;
  }

  /** Whether the licence is valid at {@code at} (valid to T is still valid at T). */
  public boolean licensedAt(Instant at) {
    return !licenseValidTo.isBefore(at);
  }

  /** Whether blacklisted at {@code at} (a blacklisting until T no longer applies at T). */
  public boolean blacklistedAt(Instant at) {
    return blacklistedUntil != null && blacklistedUntil.isAfter(at);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Supplier)) {
      return false;
    }
    Supplier s = (Supplier) o;
    return id.equals(s.id)
        && Objects.equals(name, s.name)
        && licenseValidTo.equals(s.licenseValidTo)
        && creditRating == s.creditRating
        && Objects.equals(blacklistedUntil, s.blacklistedUntil);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, licenseValidTo, creditRating, blacklistedUntil);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("Supplier")
        .omitNullValues()
        .add("id", id)
        .add("name", name)
        .add("licenseValidTo", licenseValidTo)
        .add("creditRating", creditRating)
        .add("blacklistedUntil", blacklistedUntil)
        .toString();
  }

  /** Builds a {@link Supplier}. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private final Instant licenseValidTo;
    private @Nullable String name;
    private CreditRating creditRating = CreditRating.NONE;
    private @Nullable Instant blacklistedUntil;

    private Builder(String id, Instant licenseValidTo) {
      this.id = checkNotNull(id, "id");
      this.licenseValidTo = checkNotNull(licenseValidTo, "licenseValidTo");
      checkArgument(!id.trim().isEmpty(), "supplier id is blank");
    }

    /** Sets the name. */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /** Sets the credit rating (default NONE). */
    public Builder creditRating(CreditRating creditRating) {
      this.creditRating = checkNotNull(creditRating, "creditRating");
      return this;
    }

    /** Sets the end of a blacklisting ({@code null}: not blacklisted). */
    public Builder blacklistedUntil(@Nullable Instant blacklistedUntil) {
      this.blacklistedUntil = blacklistedUntil;
      return this;
    }

    /** Returns the supplier. */
    public Supplier build() {
      return new Supplier(this);
    }
  }
}
