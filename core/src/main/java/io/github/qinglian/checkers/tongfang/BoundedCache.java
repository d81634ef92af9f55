package io.github.qinglian.checkers.tongfang;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * A bounded map from SQL text to its classification: two generations of concurrent maps. Lookups
 * go to the young one, then the old; a hit in the old is promoted. When the young one holds half
 * the entries or half the characters allowed, it becomes the old one and the former old one is
 * dropped. A hit in the young generation allocates nothing. Thread-safe.
 */
final class BoundedCache<V> {
  private final int maxEntries;
  private final long maxChars;
  private volatile ConcurrentHashMap<String, V> young;
  private volatile ConcurrentHashMap<String, V> old;
  private final AtomicLong youngChars = new AtomicLong();

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

  int size() {
    return young.size() + old.size();
  }
}
