package io.github.qinglian.jdbc;

import io.github.qinglian.audit.Pseudonymizer;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The prescriber pseudonyms a guard has computed, shared by all its result sets: a hospital has
 * hundreds or a few thousand doctors, and an HMAC per masked cell would cost more than the read.
 * Bounded: past {@link #MAX} entries new pseudonyms are computed and not kept. Thread-safe.
 */
final class PseudonymCache {
  static final int MAX = 50_000;

  private final Pseudonymizer pseudonymizer;
  private final ConcurrentHashMap<String, String> cache = new ConcurrentHashMap<>();

  PseudonymCache(Pseudonymizer pseudonymizer) {
    this.pseudonymizer = pseudonymizer;
  }

  @Nullable String pseudonym(@Nullable String value) {
    if (value == null) {
      return null;
    }
    String p = cache.get(value);
    if (p == null) {
      p = pseudonymizer.prescriber(value);
      if (p != null && cache.size() < MAX) {
        cache.put(value, p);
      }
    }
    return p;
  }
}
