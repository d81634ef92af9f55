package io.github.qinglian.checkers.procurement;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One point of a VBP item's timeline: the quantity procured in the period up to and including an
 * instant. Immutable and thread-safe.
 */
public final class VbpPoint {
  private final Instant at;
  private final BigDecimal procured;

  private VbpPoint(Instant at, BigDecimal procured) {
    this.at = checkNotNull(at, "at");
    this.procured = checkNotNull(procured, "procured");
  }

  /** The point {@code procured} at {@code at}. */
  public static VbpPoint of(Instant at, BigDecimal procured) {
    return new VbpPoint(at, procured);
  }

  /** The instant. */
  public Instant at() {
    return at;
  }

  /** The cumulative quantity procured in the period by then, opening balance included. */
  public BigDecimal procured() {
    return procured;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof VbpPoint && ((VbpPoint) o).at.equals(at)
        && ((VbpPoint) o).procured.compareTo(procured) == 0;
  }

  @Override
  public int hashCode() {
    return at.hashCode();
  }

  @Override
  public String toString() {
    return at + "=" + procured.toPlainString();
  }
}
