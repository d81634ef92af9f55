package io.github.qinglian.checkers.procurement;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import io.github.qinglian.model.PlatformListing;
import io.github.qinglian.model.VbpAgreement;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One VBP item's progress at a report instant: what was procured, the completion ratio, the
 * linear projection to the period's end, the share of non-selected substitutes and whether it is
 * at risk ({@code PROC.VBP_VOLUME}'s figure). Immutable and thread-safe. Built by
 * {@link VbpTracker#report}.
 *
 * <p>Ratios are rounded half-up to 4 decimals and the projection to 2; {@link #atRisk()} is
 * decided exactly, before any rounding.
 */
public final class VbpItemProgress {
  private final PlatformListing listing;
  private final BigDecimal procuredInOrders;
  private final BigDecimal amount;
  private final BigDecimal substituteQuantity;
  private final int lines;
  private final int substituteLines;
  private final long elapsedMillis;
  private final BigDecimal minCompletion;
  private final boolean atRisk;
  private final ImmutableList<VbpPoint> timeline;

  VbpItemProgress(
      PlatformListing listing,
      BigDecimal procuredInOrders,
      BigDecimal amount,
      BigDecimal substituteQuantity,
      int lines,
      int substituteLines,
      long elapsedMillis,
      BigDecimal minCompletion,
      ImmutableList<VbpPoint> timeline) {
    this.listing = listing;
    this.procuredInOrders = procuredInOrders;
    this.amount = amount;
    this.substituteQuantity = substituteQuantity;
    this.lines = lines;
    this.substituteLines = substituteLines;
    this.elapsedMillis = elapsedMillis;
    this.minCompletion = minCompletion;
    this.timeline = timeline;
    this.atRisk = VbpSchedule.behind(procured(), agreement(), elapsedMillis, minCompletion);
  }

  /** The VBP-selected listing. */
  public PlatformListing listing() {
    return listing;
  }

  /** The listing's agreement. */
  public VbpAgreement agreement() {
    VbpAgreement a = listing.vbp();
    if (a == null) {
      throw new IllegalStateException("not a VBP listing: " + listing.platformCode());
    }
    return a;
  }

  /** The listing's platform code. */
  public String platformCode() {
    return listing.platformCode();
  }

  /** The opening balance: the listing's {@code procuredSoFar}, before the tracked orders. */
  public BigDecimal openingBalance() {
    return agreement().procuredSoFar();
  }

  /** The quantity of the item in counted accepted lines. */
  public BigDecimal procuredInOrders() {
    return procuredInOrders;
  }

  /** Opening balance plus {@link #procuredInOrders()}. */
  public BigDecimal procured() {
    return agreement().procuredSoFar().add(procuredInOrders);
  }

  /** What the counted lines of the item cost, in yuan (quantity × unit price). */
  public BigDecimal amount() {
    return amount;
  }

  /** The quantity of non-selected substitutes (lines naming the item in substitutesVbpItem). */
  public BigDecimal substituteQuantity() {
    return substituteQuantity;
  }

  /** The number of counted lines buying the item. */
  public int lines() {
    return lines;
  }

  /** The number of counted substitute lines. */
  public int substituteLines() {
    return substituteLines;
  }

  /** procured ÷ agreedVolume. */
  public BigDecimal completion() {
    return VbpSchedule.ofVolume(procured(), agreement());
  }

  /** The share of the period elapsed at the report instant, within [0, 1]. */
  public BigDecimal elapsedShare() {
    return VbpSchedule.share(agreement(), elapsedMillis);
  }

  /** The milliseconds of the period elapsed at the report instant. */
  public long elapsedMillis() {
    return elapsedMillis;
  }

  /** procured ÷ elapsed share: the quantity at the period's end at this pace; {@code null} before the period starts. */
  public @Nullable BigDecimal projected() {
    return VbpSchedule.projected(procured(), agreement(), elapsedMillis);
  }

  /** {@link #projected()} ÷ agreedVolume, or {@code null}. */
  public @Nullable BigDecimal projectedCompletion() {
    BigDecimal p = projected();
    return p == null ? null : VbpSchedule.ofVolume(p, agreement());
  }

  /** agreedVolume × minCompletion × elapsed share: what the schedule asks for by now (2 decimals). */
  public BigDecimal scheduled() {
    VbpAgreement a = agreement();
    return a.agreedVolume().multiply(minCompletion).multiply(BigDecimal.valueOf(elapsedMillis))
        .divide(BigDecimal.valueOf(a.periodMillis()), 2, java.math.RoundingMode.HALF_UP);
  }

  /** The completion the period must reach (the policy's {@code minCompletion}). */
  public BigDecimal minCompletion() {
    return minCompletion;
  }

  /**
   * substitutes ÷ (substitutes + {@link #procuredInOrders()}), over the tracked orders; {@code null}
   * when both are zero.
   */
  public @Nullable BigDecimal substituteShare() {
    BigDecimal all = substituteQuantity.add(procuredInOrders);
    return all.signum() == 0 ? null
        : substituteQuantity.divide(all, 4, java.math.RoundingMode.HALF_UP);
  }

  /** Whether the projection falls short of agreedVolume × minCompletion (PROC.VBP_VOLUME). */
  public boolean atRisk() {
    return atRisk;
  }

  /**
   * The cumulative procured quantity over time: the opening balance at the period's start, a
   * point per acceptance instant, and the report instant (or the period's end, if earlier).
   */
  public ImmutableList<VbpPoint> timeline() {
    return timeline;
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("VbpItemProgress")
        .add("platformCode", platformCode())
        .add("procured", procured().toPlainString())
        .add("completion", completion().toPlainString())
        .add("elapsedShare", elapsedShare().toPlainString())
        .add("atRisk", atRisk)
        .toString();
  }
}
