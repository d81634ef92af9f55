package io.github.qinglian.checkers.procurement;

import com.google.common.collect.ImmutableList;
import io.github.qinglian.ConfigProblem;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;

/**
 * What {@link VbpTracker#report} returns: each VBP item's progress at an instant, the totals over
 * the counted lines, and every order or line that was not counted, with its JSON pointer and the
 * reason (nothing is dropped silently). Immutable and thread-safe.
 *
 * <pre>{@code
 * VbpReport r = tracker.report(Instant.parse("2026-12-31T16:00:00Z"));
 * for (VbpItemProgress p : r.atRisk()) {
 *   alert(p.platformCode(), p.projectedCompletion());
 * }
 * }</pre>
 */
public final class VbpReport {
  private final Instant at;
  private final ZoneId zone;
  private final BigDecimal minCompletion;
  private final ImmutableList<VbpItemProgress> items;
  private final int orders;
  private final int acceptedOrders;
  private final int countedLines;
  private final BigDecimal totalQuantity;
  private final BigDecimal totalAmount;
  private final ImmutableList<ConfigProblem> skipped;

  VbpReport(
      Instant at,
      ZoneId zone,
      BigDecimal minCompletion,
      ImmutableList<VbpItemProgress> items,
      int orders,
      int acceptedOrders,
      int countedLines,
      BigDecimal totalQuantity,
      BigDecimal totalAmount,
      ImmutableList<ConfigProblem> skipped) {
    this.at = at;
    this.zone = zone;
    this.minCompletion = minCompletion;
    this.items = items;
    this.orders = orders;
    this.acceptedOrders = acceptedOrders;
    this.countedLines = countedLines;
    this.totalQuantity = totalQuantity;
    this.totalAmount = totalAmount;
    this.skipped = skipped;
  }

  /** The report instant. */
  public Instant at() {
    return at;
  }

  /** The policy's zone, in which instants are shown. */
  public ZoneId zone() {
    return zone;
  }

  /** The policy's {@code PROC.VBP_VOLUME} {@code minCompletion}. */
  public BigDecimal minCompletion() {
    return minCompletion;
  }

  /** Every VBP item, in the order of the listings given to the tracker. */
  public ImmutableList<VbpItemProgress> items() {
    return items;
  }

  /** The items at risk, in the same order. */
  public ImmutableList<VbpItemProgress> atRisk() {
    ImmutableList.Builder<VbpItemProgress> b = ImmutableList.builder();
    for (VbpItemProgress p : items) {
      if (p.atRisk()) {
        b.add(p);
      }
    }
    return b.build();
  }

  /** The number of orders the tracker was given. */
  public int orders() {
    return orders;
  }

  /** The orders accepted at or before the report instant. */
  public int acceptedOrders() {
    return acceptedOrders;
  }

  /** The lines counted (towards an item or as a substitute). */
  public int countedLines() {
    return countedLines;
  }

  /** The quantity of every counted line, items and substitutes together. */
  public BigDecimal totalQuantity() {
    return totalQuantity;
  }

  /** What every counted line cost, in yuan. */
  public BigDecimal totalAmount() {
    return totalAmount;
  }

  /** Orders and lines not counted, each with its pointer ({@code /orders/3/lines/0}) and reason. */
  public ImmutableList<ConfigProblem> skipped() {
    return skipped;
  }

  @Override
  public String toString() {
    return "VbpReport{at=" + at + ", " + items.size() + " items, " + atRisk().size()
        + " at risk, " + countedLines + " lines counted, " + skipped.size() + " skipped}";
  }
}
