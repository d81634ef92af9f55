package io.github.qinglian.checkers.procurement;

import io.github.qinglian.model.VbpAgreement;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The linear projection of a VBP item's completion, shared by {@code PROC.VBP_VOLUME},
 * {@code PROC.VBP_PRIORITY} and the tracker so that all three report the same figure.
 *
 * <p>elapsed share = (t − periodStart) ÷ (periodEnd − periodStart), clamped to [0, 1], time
 * counted in whole milliseconds; an item is behind when procured ÷ elapsed share &lt;
 * agreedVolume × minCompletion, that is procured × period &lt; agreedVolume × minCompletion ×
 * elapsed. With no time elapsed (at or before the period's start) there is no projection and
 * nothing is behind. The comparison is exact: in 128-bit fixed point when the values fit (no
 * allocation), else in {@code BigDecimal}.
 */
final class VbpSchedule {
  private static final long SCALE = 10_000L;

  private VbpSchedule() {}

  /** The milliseconds of {@code a}'s period elapsed at {@code at}, within [0, period]. */
  static long elapsedMillis(VbpAgreement a, Instant at) {
    Instant start = a.periodStart();
    if (!at.isAfter(start)) {
      return 0;
    }
    if (!at.isBefore(a.periodEnd())) {
      return a.periodMillis();
    }
    long seconds = at.getEpochSecond() - start.getEpochSecond();
    long ms = seconds * 1000 + Math.floorDiv(at.getNano() - start.getNano(), 1_000_000);
    return Math.max(0, Math.min(ms, a.periodMillis()));
  }

  /**
   * Whether {@code procuredUnits} (ten-thousandths of a unit, zero or more; callers with a sum
   * that overflowed use {@link #behind(BigDecimal, VbpAgreement, long, BigDecimal)}) is behind
   * {@code a}'s schedule after {@code elapsedMs}, at {@code min} completion
   * ({@code minUnits} its ten-thousandths, or -1 when it has more than 4 decimals).
   */
  static boolean behind(
      long procuredUnits, VbpAgreement a, long elapsedMs, BigDecimal min, long minUnits) {
    if (elapsedMs <= 0) {
      return false;
    }
    long volumeUnits = a.agreedVolumeUnits();
    if (minUnits >= 0 && volumeUnits >= 0
        && (minUnits == 0 || volumeUnits <= Long.MAX_VALUE / minUnits)) {
      // procured × period < volume × min × elapsed, all in ten-thousandths: scale both sides 1e8
      return compareProducts(procuredUnits, a.periodMillis() * SCALE, volumeUnits * minUnits,
          elapsedMs) < 0;
    }
    return behind(BigDecimal.valueOf(procuredUnits, 4), a, elapsedMs, min);
  }

  /** Whether {@code procured} is behind {@code a}'s schedule after {@code elapsedMs}, exactly. */
  static boolean behind(BigDecimal procured, VbpAgreement a, long elapsedMs, BigDecimal min) {
    if (elapsedMs <= 0) {
      return false;
    }
    BigDecimal left = procured.multiply(BigDecimal.valueOf(a.periodMillis()));
    BigDecimal right = a.agreedVolume().multiply(min).multiply(BigDecimal.valueOf(elapsedMs));
    return left.compareTo(right) < 0;
  }

  /** The elapsed share, rounded half-up to 4 decimals. */
  static BigDecimal share(VbpAgreement a, long elapsedMs) {
    return BigDecimal.valueOf(elapsedMs).divide(BigDecimal.valueOf(a.periodMillis()), 4,
        RoundingMode.HALF_UP);
  }

  /** procured ÷ elapsed share, rounded half-up to 2 decimals; {@code null} with no elapsed time. */
  static @Nullable BigDecimal projected(BigDecimal procured, VbpAgreement a, long elapsedMs) {
    if (elapsedMs <= 0) {
      return null;
    }
    return procured.multiply(BigDecimal.valueOf(a.periodMillis()))
        .divide(BigDecimal.valueOf(elapsedMs), 2, RoundingMode.HALF_UP);
  }

  /** {@code value} ÷ agreed volume, rounded half-up to 4 decimals. */
  static BigDecimal ofVolume(BigDecimal value, VbpAgreement a) {
    return value.divide(a.agreedVolume(), 4, RoundingMode.HALF_UP);
  }

  /** {@code value} in ten-thousandths, or -1 when negative, finer or too large. */
  static long units(BigDecimal value) {
    if (value.signum() < 0) {
      return -1;
    }
    try {
      return value.movePointRight(4).longValueExact();
    } catch (ArithmeticException notExact) {
      return -1;
    }
  }

  /** Adds two non-negative longs, or returns -1 on overflow (or when either is -1). */
  static long add(long a, long b) {
    if (a < 0 || b < 0) {
      return -1;
    }
    long s = a + b;
    return s < 0 ? -1 : s;
  }

  /** Compares a × b with c × d for non-negative longs, exactly (128-bit). */
  static int compareProducts(long a, long b, long c, long d) {
    long hi1 = multiplyHigh(a, b);
    long hi2 = multiplyHigh(c, d);
    if (hi1 != hi2) {
      return hi1 < hi2 ? -1 : 1;
    }
    return Long.compareUnsigned(a * b, c * d);
  }

  /** The high 64 bits of the 128-bit product of two non-negative longs (Math.multiplyHigh, Java 9). */
  static long multiplyHigh(long x, long y) {
    long x1 = x >>> 32;
    long x2 = x & 0xFFFFFFFFL;
    long y1 = y >>> 32;
    long y2 = y & 0xFFFFFFFFL;
    long z2 = x2 * y2;
    long t = x1 * y2 + (z2 >>> 32);
    long z1 = t & 0xFFFFFFFFL;
    long z0 = t >>> 32;
    z1 += x2 * y1;
    return x1 * y1 + z0 + (z1 >>> 32);
  }
}
