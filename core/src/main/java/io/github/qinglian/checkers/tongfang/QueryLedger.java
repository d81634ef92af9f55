package io.github.qinglian.checkers.tongfang;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The statistic queries each user ran, kept by the guard itself for TF.FREQUENCY: bounded in
 * memory (at most {@link #MAX_PER_USER} instants per user, {@link #MAX_USERS} users, nothing
 * older than {@link #MAX_AGE_MILLIS}). The reference data's query history seeds it per snapshot
 * (see {@link TongfangRules}); this holds what the guard saw. Thread-safe.
 */
final class QueryLedger {
  static final int MAX_PER_USER = 10_000;
  static final int MAX_USERS = 100_000;
  static final long MAX_AGE_MILLIS = 367L * 24 * 3600 * 1000;

  private final ConcurrentHashMap<String, ArrayDeque<Long>> byUser = new ConcurrentHashMap<>();

  /** Records a statistic query by {@code user} at {@code at}. */
  void record(String user, Instant at) {
    if (byUser.size() >= MAX_USERS && !byUser.containsKey(user)) {
      byUser.clear(); // crude, bounded: forget everyone rather than grow without limit
    }
    ArrayDeque<Long> q = byUser.computeIfAbsent(user, k -> new ArrayDeque<>());
    long t = at.toEpochMilli();
    synchronized (q) {
      q.addLast(t);
      while (q.size() > MAX_PER_USER || (!q.isEmpty() && q.peekFirst() < t - MAX_AGE_MILLIS)) {
        q.removeFirst();
      }
    }
  }

  /** How many queries {@code user} ran in [{@code from}, {@code to}]. */
  int count(String user, Instant from, Instant to) {
    ArrayDeque<Long> q = byUser.get(user);
    if (q == null) {
      return 0;
    }
    long a = from.toEpochMilli();
    long b = to.toEpochMilli();
    int n = 0;
    synchronized (q) {
      for (Iterator<Long> it = q.iterator(); it.hasNext(); ) {
        long t = it.next();
        if (t >= a && t <= b) {
          n++;
        }
      }
    }
    return n;
  }
}
