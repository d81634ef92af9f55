package io.github.qinglian.reference;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.qinglian.model.Location;
import org.jspecify.annotations.Nullable;

/**
 * A {@link LocationDirectory} held in memory, indexed by id. Immutable and thread-safe;
 * a lookup is one hash probe and allocates nothing.
 *
 * <pre>{@code
 * LocationDirectory r = InMemoryLocationDirectory.of(ImmutableList.of(
 *     Location.newBuilder("RECEPTION-1", LocationKind.RECEPTION_ROOM)
 *         .designatedForVisits(true).build()));
 * }</pre>
 */
public final class InMemoryLocationDirectory implements LocationDirectory {
  private static final InMemoryLocationDirectory EMPTY =
      new InMemoryLocationDirectory(ImmutableMap.<String, Location>of());

  private final ImmutableMap<String, Location> byId;

  private InMemoryLocationDirectory(ImmutableMap<String, Location> byId) {
    this.byId = byId;
  }

  /**
   * Indexes {@code records} by id.
   *
   * @throws IllegalArgumentException if two share an id
   */
  public static InMemoryLocationDirectory of(Iterable<Location> records) {
    ImmutableMap.Builder<String, Location> b = ImmutableMap.builder();
    for (Location r : records) {
      b.put(r.id(), r);
    }
    return new InMemoryLocationDirectory(b.buildOrThrow());
  }

  /** One with no locations. */
  public static InMemoryLocationDirectory empty() {
    return EMPTY;
  }

  @Override
  public @Nullable Location find(String id) {
    return byId.get(id);
  }

  @Override
  public int size() {
    return byId.size();
  }

  /** Every record, in the order given. */
  public ImmutableList<Location> all() {
    return byId.values().asList();
  }

  @Override
  public String toString() {
    return "InMemoryLocationDirectory{" + byId.size() + " locations}";
  }
}
