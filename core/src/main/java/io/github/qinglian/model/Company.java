package io.github.qinglian.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.MoreObjects;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A pharmaceutical company (a marketing-authorisation holder, or a supplier) as the company
 * registry knows it: its credit rating and its blacklist window (商业贿赂不良记录). Immutable and
 * thread-safe.
 *
 * <p>Only {@code id} is required; the rating defaults to {@link CreditRating#NONE}. The company
 * is blacklisted at an instant t when {@code blacklistedUntil} is after t and
 * {@code blacklistedFrom}, if set, is not after t: a blacklist until T no longer applies at T.
 *
 * <pre>{@code
 * Company c = Company.newBuilder("C3").name("南江康达医药有限公司")
 *     .creditRating(CreditRating.SERIOUS)
 *     .blacklistedUntil(Instant.parse("2027-03-31T16:00:00Z"))
 *     .build();
 * }</pre>
 */
public final class Company {
  private final String id;
  private final @Nullable String name;
  private final CreditRating creditRating;
  private final @Nullable Instant blacklistedFrom;
  private final @Nullable Instant blacklistedUntil;

  private Company(Builder b) {
    this.id = b.id;
    this.name = b.name;
    this.creditRating = b.creditRating;
    this.blacklistedFrom = b.blacklistedFrom;
    this.blacklistedUntil = b.blacklistedUntil;
  }

  /**
   * Starts a company with no rating and no blacklist.
   *
   * @throws IllegalArgumentException if {@code id} is blank
   */
  public static Builder newBuilder(String id) {
    return new Builder(id);
  }

  /** Returns a builder holding this company's values. */
  public Builder toBuilder() {
    return new Builder(id)
        .name(name)
        .creditRating(creditRating)
        .blacklistedFrom(blacklistedFrom)
        .blacklistedUntil(blacklistedUntil);
  }

  /** The registry's id. */
  public String id() {
    return id;
  }

  /** The name, if known. */
  public @Nullable String name() {
    return name;
  }

  /** The credit rating. */
  public CreditRating creditRating() {
    return creditRating;
  }

  /** When the blacklist began, or {@code null} when not known (then it applies until its end). */
  public @Nullable Instant blacklistedFrom() {
    return blacklistedFrom;
  }

  /** When the blacklist ends (exclusive), or {@code null} when the company is not blacklisted. */
  public @Nullable Instant blacklistedUntil() {
    return blacklistedUntil;
  }

  /** Whether the company is blacklisted at {@code at}. */
  public boolean blacklistedAt(Instant at) {
    return blacklistedUntil != null
        && blacklistedUntil.isAfter(at)
        && (blacklistedFrom == null || !blacklistedFrom.isAfter(at));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Company)) {
      return false;
    }
    Company c = (Company) o;
    return id.equals(c.id)
        && Objects.equals(name, c.name)
        && creditRating == c.creditRating
        && Objects.equals(blacklistedFrom, c.blacklistedFrom)
        && Objects.equals(blacklistedUntil, c.blacklistedUntil);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, creditRating, blacklistedFrom, blacklistedUntil);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("Company")
        .omitNullValues()
        .add("id", id)
        .add("creditRating", creditRating)
        .add("blacklistedFrom", blacklistedFrom)
        .add("blacklistedUntil", blacklistedUntil)
        .toString();
  }

  /** Builds a {@link Company}. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private @Nullable String name;
    private CreditRating creditRating = CreditRating.NONE;
    private @Nullable Instant blacklistedFrom;
    private @Nullable Instant blacklistedUntil;

    private Builder(String id) {
      this.id = checkNotNull(id, "id");
      checkArgument(!id.trim().isEmpty(), "company id is blank");
    }

    /** Sets the name. */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /** Sets the credit rating. */
    public Builder creditRating(CreditRating creditRating) {
      this.creditRating = checkNotNull(creditRating, "creditRating");
      return this;
    }

    /** Sets when the blacklist began. */
    public Builder blacklistedFrom(@Nullable Instant from) {
      this.blacklistedFrom = from;
      return this;
    }

    /** Sets when the blacklist ends (exclusive). */
    public Builder blacklistedUntil(@Nullable Instant until) {
      this.blacklistedUntil = until;
      return this;
    }

    /**
     * Returns the company.
     *
     * @throws IllegalArgumentException if the blacklist ends before it begins
     */
    public Company build() {
      checkArgument(blacklistedFrom == null || blacklistedUntil == null
              || !blacklistedUntil.isBefore(blacklistedFrom),
          "company %s: blacklistedUntil %s is before blacklistedFrom %s", id, blacklistedUntil,
          blacklistedFrom);
      return new Company(this);
    }
  }
}
