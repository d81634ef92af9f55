package io.github.qinglian.reference;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.qinglian.model.PlatformListing;
import org.jspecify.annotations.Nullable;

/**
 * {@link PlatformListings} held in memory, indexed by platform code. Immutable and thread-safe; a
 * lookup is one hash probe and allocates nothing.
 *
 * <pre>{@code
 * PlatformListings listings = InMemoryPlatformListings.of(ImmutableList.of(atorvastatin));
 * }</pre>
 */
public final class InMemoryPlatformListings implements PlatformListings {
  private static final InMemoryPlatformListings EMPTY =
      new InMemoryPlatformListings(ImmutableMap.<String, PlatformListing>of());

  private final ImmutableMap<String, PlatformListing> byCode;

  private InMemoryPlatformListings(ImmutableMap<String, PlatformListing> byCode) {
    this.byCode = byCode;
  }

  /**
   * Indexes {@code listings} by platform code.
   *
   * @throws IllegalArgumentException if two share a platform code
   */
  public static InMemoryPlatformListings of(Iterable<PlatformListing> listings) {
    ImmutableMap.Builder<String, PlatformListing> b = ImmutableMap.builder();
    for (PlatformListing l : listings) {
      b.put(l.platformCode(), l);
    }
    return new InMemoryPlatformListings(b.buildOrThrow());
  }

  /** No listings. */
  public static InMemoryPlatformListings empty() {
    return EMPTY;
  }

  @Override
  public @Nullable PlatformListing find(String platformCode) {
    return byCode.get(platformCode);
  }

  @Override
  public int size() {
    return byCode.size();
  }

  /** Every listing, in the order given. */
  public ImmutableList<PlatformListing> all() {
    return byCode.values().asList();
  }

  @Override
  public String toString() {
    return "InMemoryPlatformListings{" + byCode.size() + " listings}";
  }
}
