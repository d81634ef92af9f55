package io.github.qinglian.checkers.tongfang;

import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The statistic queries each user ran, kept by the guard itself for TF.FREQUENCY: bounded in
 * memory (at most {@link #MAX_PER_USER} instants per user, the oldest dropped first, and
 * {@link #MAX_USERS} users). Each user's instants are kept sorted, so a count is two binary
 * searches. The reference data's query history seeds it per snapshot (see
 * {@link TongfangRules}); this holds what the guard saw. Thread-safe.
 */
final class QueryLedger {
  static final int MAX_PER_USER = 10_000;
  static final int MAX_USERS = 100_000;

  /** One user's instants, sorted ascending. Guarded by itself. */
  private static final class Times {
    long[] t = new long[16];
    int size;
  }

  private final ConcurrentHashMap<String, Times> byUser = new ConcurrentHashMap<>();

  /** Records a statistic query by {@code user} at {@code at}. */
  void record(String user, Instant at) {
    if (byUser.size() >= MAX_USERS && !byUser.containsKey(user)) {
      byUser.clear(); // crude, bounded: forget everyone rather than grow without limit
    }
    Times q = byUser.computeIfAbsent(user, k -> new Times());
    long x = at.toEpochMilli();
    synchronized (q) {
      if (q.size == MAX_PER_USER) {
        System.arraycopy(q.t, 1, q.t, 0, --q.size);
      } else if (q.size == q.t.length) {
        q.t = Arrays.copyOf(q.t, Math.min(MAX_PER_USER, q.size * 2));
      }
      int i = q.size;
      while (i > 0 && q.t[i - 1] > x) {
        i--;
      }
      System.arraycopy(q.t, i, q.t, i + 1, q.size - i);
      q.t[i] = x;
      q.size++;
    }
  }

  /** How many queries {@code user} ran in [{@code from}, {@code to}]. */
  int count(String user, Instant from, Instant to) {
    Times q = byUser.get(user);
    if (q == null) {
      return 0;
    }
    synchronized (q) {
      return lowerBound(q, to.toEpochMilli() + 1) - lowerBound(q, from.toEpochMilli());
    }
  }

  /** The index of the first instant at or after {@code x}. */
  private static int lowerBound(Times q, long x) {
    int lo = 0;
    int hi = q.size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (q.t[mid] < x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
