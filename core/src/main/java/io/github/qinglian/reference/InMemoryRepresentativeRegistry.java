package io.github.qinglian.reference;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.qinglian.model.Representative;
import org.jspecify.annotations.Nullable;

/**
 * A {@link RepresentativeRegistry} held in memory, indexed by id. Immutable and thread-safe;
 * a lookup is one hash probe and allocates nothing.
 *
 * <pre>{@code
 * RepresentativeRegistry r = InMemoryRepresentativeRegistry.of(ImmutableList.of(
 *     Representative.newBuilder("R1", "C1").filingStatus(FilingStatus.ACTIVE).build()));
 * }</pre>
 */
public final class InMemoryRepresentativeRegistry implements RepresentativeRegistry {
  private static final InMemoryRepresentativeRegistry EMPTY =
      new InMemoryRepresentativeRegistry(ImmutableMap.<String, Representative>of());

  private final ImmutableMap<String, Representative> byId;

  private InMemoryRepresentativeRegistry(ImmutableMap<String, Representative> byId) {
    this.byId = byId;
  }

  /**
   * Indexes {@code records} by id.
   *
   * @throws IllegalArgumentException if two share an id
   */
  public static InMemoryRepresentativeRegistry of(Iterable<Representative> records) {
    ImmutableMap.Builder<String, Representative> b = ImmutableMap.builder();
    for (Representative r : records) {
      b.put(r.id(), r);
    }
    return new InMemoryRepresentativeRegistry(b.buildOrThrow());
  }

  /** One with no pharmaceutical representatives. */
  public static InMemoryRepresentativeRegistry empty() {
    return EMPTY;
  }

  @Override
  public @Nullable Representative find(String id) {
    return byId.get(id);
  }

  @Override
  public int size() {
    return byId.size();
  }

  /** Every record, in the order given. */
  public ImmutableList<Representative> all() {
    return byId.values().asList();
  }

  @Override
  public String toString() {
    return "InMemoryRepresentativeRegistry{" + byId.size() + " pharmaceutical representatives}";
  }
}
