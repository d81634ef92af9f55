package io.github.qinglian.checkers.tongfang;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * A bounded map from SQL text to its classification: two generations of concurrent maps. Lookups
 * go to the young one, then the old; a hit in the old is promoted. When the young one holds half
 * the entries or half the characters allowed, it becomes the old one and the former old one is
 * dropped. A hit in the young generation allocates nothing.
 *
 * <p>Admission: {@link #admit} remembers the hashes of keys met once in a fixed table, so that a
 * caller caches a text from its second sighting on. Statements that differ only by an inlined
 * literal, each met once, then cost no insertion and evict nothing that repeats. Thread-safe
 * (the table is read and written without locks: a lost or colliding entry only means one more
 * analysis, or one text cached early).
 */
final class BoundedCache<V> {
  private final int maxEntries;
  private final long maxChars;
  private volatile ConcurrentHashMap<String, V> young;
  private volatile ConcurrentHashMap<String, V> old;
  private final AtomicLong youngChars = new AtomicLong();
  /** Slots in the table of keys met once. */
  static final int SEEN = 1 << 13;
  private volatile int @Nullable [] seen;

  BoundedCache(int maxEntries, long maxChars) {
    this.maxEntries = maxEntries;
    this.maxChars = maxChars;
    this.young = generation();
    this.old = generation();
  }

  /** A generation sized for the entries it may hold: it never rehashes while it fills. */
  private ConcurrentHashMap<String, V> generation() {
    return new ConcurrentHashMap<>(maxEntries / 2 + 1);
  }

  @Nullable V get(String key) {
    V v = young.get(key);
    if (v != null) {
      return v;
    }
    v = old.get(key);
    if (v != null) {
      put(key, v);
    }
    return v;
  }

  void put(String key, V value) {
    ConcurrentHashMap<String, V> y = young;
    if (y.put(key, value) == null
        && (y.size() > maxEntries / 2 || youngChars.addAndGet(key.length()) > maxChars / 2)) {
      synchronized (this) {
        if (young == y) {
          old = y;
          young = generation();
          youngChars.set(0);
        }
      }
    }
  }

  /**
   * Whether {@code key} was met before (by its hash), remembering it now: the first sighting of
   * a text answers false, the next ones true.
   */
  boolean admit(String key) {
    int[] table = seen;
    if (table == null) {
      table = new int[SEEN];
      seen = table;
    }
    int h = key.hashCode();
    int i = (h ^ (h >>> 16)) & (SEEN - 1);
    if (table[i] == h) {
      return true;
    }
    table[i] = h;
    return false;
  }

  int size() {
    return young.size() + old.size();
  }
}
