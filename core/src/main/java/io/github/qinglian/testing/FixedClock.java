package io.github.qinglian.testing;

import io.github.qinglian.policy.Policy;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Fixed clocks for tests, in the default policy zone (Asia/Shanghai). */
public final class FixedClock {
  /** The instant the fixtures use: 2026-11-24T09:30:00+08:00. */
  public static final Instant DEFAULT_INSTANT = instant("2026-11-24T09:30:00+08:00");

  private FixedClock() {}

  /** A clock stopped at {@code iso}, an ISO-8601 instant with offset. */
  public static Clock at(String iso) {
    return Clock.fixed(instant(iso), Policy.DEFAULT_ZONE);
  }

  /** A clock stopped at {@link #DEFAULT_INSTANT}. */
  public static Clock standard() {
    return Clock.fixed(DEFAULT_INSTANT, Policy.DEFAULT_ZONE);
  }

  /** Parses an ISO-8601 instant with offset, e.g. {@code 2026-11-24T09:30:00+08:00}. */
  public static Instant instant(String iso) {
    return OffsetDateTime.parse(iso).toInstant();
  }
}
