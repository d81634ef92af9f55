package io.github.qinglian.examples.badge;

import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * Which location each door opens onto, in the hospital's location directory. Immutable and
 * thread-safe. A door it does not know maps to a location id equal to the door's own id, which
 * the visit checker reports as an unknown location.
 *
 * <pre>{@code
 * DoorMap doors = DoorMap.of(ImmutableMap.of("DOOR-ADMIN-2F", "RECEPTION-A",
 *     "DOOR-WARD-8F", "WARD-CARDIO"));
 * }</pre>
 */
public final class DoorMap {
  private final ImmutableMap<String, String> locations;

  private DoorMap(ImmutableMap<String, String> locations) {
    this.locations = locations;
  }

  /** Doors by id, each to its location id. */
  public static DoorMap of(Map<String, String> doorToLocation) {
    return new DoorMap(ImmutableMap.copyOf(doorToLocation));
  }

  /** The location {@code doorId} opens onto. */
  public String locationOf(String doorId) {
    String l = locations.get(doorId);
    return l == null ? doorId : l;
  }

  @Override
  public String toString() {
    return "DoorMap" + locations;
  }
}
