package io.github.qinglian.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.MoreObjects;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The volume-based procurement (集中带量采购) agreement of a selected product (中选品种): the
 * agreed price, the volume the hospital committed to buy (约定采购量) in the period, and what it
 * has procured so far. Immutable and thread-safe.
 *
 * <p>Required: a positive {@code agreedPrice} with at most 4 decimals, a positive
 * {@code agreedVolume} and a {@code procuredSoFar} of zero or more, each with at most 4 decimals
 * and at most {@link #MAX_QUANTITY}, and a period whose end is after its start and at most
 * {@link #MAX_PERIOD} long. The builder throws {@link IllegalArgumentException} otherwise.
 *
 * <pre>{@code
 * VbpAgreement a = VbpAgreement.newBuilder(new BigDecimal("0.12"), new BigDecimal("120000"),
 *         Instant.parse("2026-06-30T16:00:00Z"), Instant.parse("2027-06-30T16:00:00Z"))
 *     .procuredSoFar(new BigDecimal("61000"))
 *     .build();
 * }</pre>
 */
public final class VbpAgreement {
  /** The largest volume or quantity accepted, in the listing's units. */
  public static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000000000");

  /** The longest period accepted. */
  public static final Duration MAX_PERIOD = Duration.ofDays(366L * 100);

  private final BigDecimal agreedPrice;
  private final BigDecimal agreedVolume;
  private final Instant periodStart;
  private final Instant periodEnd;
  private final BigDecimal procuredSoFar;
  private final long periodMillis;
  private final long agreedVolumeUnits;
  private final long procuredSoFarUnits;

  private VbpAgreement(Builder b) {
    this.agreedPrice = b.agreedPrice;
    this.agreedVolume = b.agreedVolume;
    this.periodStart = b.periodStart;
    this.periodEnd = b.periodEnd;
    this.procuredSoFar = b.procuredSoFar;
    this.periodMillis = Duration.between(periodStart, periodEnd).toMillis();
    this.agreedVolumeUnits = Amounts.tenThousandths(agreedVolume);
    this.procuredSoFarUnits = Amounts.tenThousandths(procuredSoFar);
  }

  /**
   * Starts an agreement at {@code agreedPrice} yuan for {@code agreedVolume} units over
   * [{@code periodStart}, {@code periodEnd}].
   */
  public static Builder newBuilder(
      BigDecimal agreedPrice, BigDecimal agreedVolume, Instant periodStart, Instant periodEnd) {
    return new Builder(agreedPrice, agreedVolume, periodStart, periodEnd);
  }

  /** Returns a builder holding this agreement's values. */
  public Builder toBuilder() {
    return new Builder(agreedPrice, agreedVolume, periodStart, periodEnd)
        .procuredSoFar(procuredSoFar);
  }

  /** The agreed price (中选价) in yuan. */
  public BigDecimal agreedPrice() {
    return agreedPrice;
  }

  /** The volume committed for the period (约定采购量), in the listing's units. */
  public BigDecimal agreedVolume() {
    return agreedVolume;
  }

  /** The first instant of the period. */
  public Instant periodStart() {
    return periodStart;
  }

  /** The last instant of the period (inclusive). */
  public Instant periodEnd() {
    return periodEnd;
  }

  /** What the hospital has procured in the period so far, in the listing's units. */
  public BigDecimal procuredSoFar() {
    return procuredSoFar;
  }

  /** The period's length in milliseconds, always positive. */
  public long periodMillis() {
    return periodMillis;
  }

  /** {@link #agreedVolume()} in ten-thousandths of a unit, exact. */
  public long agreedVolumeUnits() {
    return agreedVolumeUnits;
  }

  /** {@link #procuredSoFar()} in ten-thousandths of a unit, exact. */
  public long procuredSoFarUnits() {
    return procuredSoFarUnits;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof VbpAgreement)) {
      return false;
    }
    VbpAgreement a = (VbpAgreement) o;
    return agreedPrice.compareTo(a.agreedPrice) == 0
        && agreedVolumeUnits == a.agreedVolumeUnits
        && procuredSoFarUnits == a.procuredSoFarUnits
        && periodStart.equals(a.periodStart)
        && periodEnd.equals(a.periodEnd);
  }

  @Override
  public int hashCode() {
    return Objects.hash(agreedVolumeUnits, procuredSoFarUnits, periodStart, periodEnd);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("VbpAgreement")
        .add("agreedPrice", agreedPrice.toPlainString())
        .add("agreedVolume", agreedVolume.toPlainString())
        .add("period", periodStart + "/" + periodEnd)
        .add("procuredSoFar", procuredSoFar.toPlainString())
        .toString();
  }

  /** Builds a {@link VbpAgreement}. Not thread-safe. */
  public static final class Builder {
    private final BigDecimal agreedPrice;
    private final BigDecimal agreedVolume;
    private final Instant periodStart;
    private final Instant periodEnd;
    private BigDecimal procuredSoFar = BigDecimal.ZERO;

    private Builder(
        BigDecimal agreedPrice, BigDecimal agreedVolume, Instant periodStart, Instant periodEnd) {
      this.agreedPrice = checkNotNull(agreedPrice, "agreedPrice");
      this.agreedVolume = checkNotNull(agreedVolume, "agreedVolume");
      this.periodStart = checkNotNull(periodStart, "periodStart");
      this.periodEnd = checkNotNull(periodEnd, "periodEnd");
      PlatformListing.checkPrice("agreedPrice", agreedPrice);
      checkQuantity("agreedVolume", agreedVolume, false);
      checkArgument(periodEnd.isAfter(periodStart), "periodEnd %s is not after periodStart %s",
          periodEnd, periodStart);
      checkArgument(Duration.between(periodStart, periodEnd).compareTo(MAX_PERIOD) <= 0,
          "the period %s/%s is longer than %s", periodStart, periodEnd, MAX_PERIOD);
    }

    /** Sets what was procured so far (default 0). */
    public Builder procuredSoFar(BigDecimal procuredSoFar) {
      this.procuredSoFar = checkNotNull(procuredSoFar, "procuredSoFar");
      checkQuantity("procuredSoFar", procuredSoFar, true);
      return this;
    }

    /** Returns the agreement. */
    public VbpAgreement build() {
      return new VbpAgreement(this);
    }
  }

  static void checkQuantity(String name, BigDecimal q, boolean zeroAllowed) {
    checkArgument(zeroAllowed ? q.signum() >= 0 : q.signum() > 0, "%s %s is not %s", name, q,
        zeroAllowed ? "zero or more" : "positive");
    checkArgument(Amounts.atMostFourDecimals(q), "%s %s has more than 4 decimals", name, q);
    checkArgument(q.compareTo(MAX_QUANTITY) <= 0, "%s %s is over %s", name, q, MAX_QUANTITY);
  }
}
