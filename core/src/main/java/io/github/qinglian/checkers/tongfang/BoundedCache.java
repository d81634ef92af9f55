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
  private volatile ConcurrentHashMap<String, V> young = new ConcurrentHashMap<>();
  private volatile ConcurrentHashMap<String, V> old = new ConcurrentHashMap<>();
  private final AtomicLong youngChars = new AtomicLong();

  BoundedCache(int maxEntries, long maxChars) {
    this.maxEntries = maxEntries;
    this.maxChars = maxChars;
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
          young = new ConcurrentHashMap<>();
          youngChars.set(0);
        }
      }
    }
  }

  int size() {
    return young.size() + old.size();
  }
}
