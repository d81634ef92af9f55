package io.github.qinglian.model;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Exact fixed-point forms of money and quantities, computed once at construction. */
final class Amounts {
  private Amounts() {}

  /**
   * {@code value} in ten-thousandths, exact, or {@code -1} when it is absent, negative, has more
   * than 4 decimals or does not fit in a long.
   */
  static long tenThousandths(@Nullable BigDecimal value) {
    if (value == null || value.signum() < 0) {
      return -1;
    }
    try {
      return value.movePointRight(4).longValueExact();
    } catch (ArithmeticException notExact) {
      return -1;
    }
  }

  /** Whether {@code value} has at most 4 decimals. */
  static boolean atMostFourDecimals(BigDecimal value) {
    return value.scale() <= 4 || value.stripTrailingZeros().scale() <= 4;
  }
}
