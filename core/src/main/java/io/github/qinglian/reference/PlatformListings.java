package io.github.qinglian.reference;

import io.github.qinglian.model.PlatformListing;
import org.jspecify.annotations.Nullable;

/**
 * Looks up the provincial platform's listings (挂网目录) by platform code. Implementations are
 * thread-safe and return {@code null} for a code that is not listed.
 */
public interface PlatformListings {
  /** The listing with platform code {@code platformCode}, or {@code null}. */
  @Nullable PlatformListing find(String platformCode);

  /** The number of listings, or -1 when the implementation cannot tell cheaply. */
  int size();
}
