package io.github.qinglian.reference;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.qinglian.model.Practitioner;
import org.jspecify.annotations.Nullable;

/**
 * A {@link PractitionerDirectory} held in memory, indexed by id. Immutable and thread-safe; a
 * lookup is one hash probe and allocates nothing.
 */
public final class InMemoryPractitionerDirectory implements PractitionerDirectory {
  private static final InMemoryPractitionerDirectory EMPTY =
      new InMemoryPractitionerDirectory(ImmutableMap.<String, Practitioner>of());

  private final ImmutableMap<String, Practitioner> byId;

  private InMemoryPractitionerDirectory(ImmutableMap<String, Practitioner> byId) {
    this.byId = byId;
  }

  /**
   * Indexes {@code practitioners} by id.
   *
   * @throws IllegalArgumentException if two share an id
   */
  public static InMemoryPractitionerDirectory of(Iterable<Practitioner> practitioners) {
    ImmutableMap.Builder<String, Practitioner> b = ImmutableMap.builder();
    for (Practitioner p : practitioners) {
      b.put(p.id(), p);
    }
    return new InMemoryPractitionerDirectory(b.buildOrThrow());
  }

  /** A directory with nobody in it. */
  public static InMemoryPractitionerDirectory empty() {
    return EMPTY;
  }

  @Override
  public @Nullable Practitioner find(String id) {
    return byId.get(id);
  }

  @Override
  public int size() {
    return byId.size();
  }

  /** Every practitioner, in the order given. */
  public ImmutableList<Practitioner> all() {
    return byId.values().asList();
  }

  @Override
  public String toString() {
    return "InMemoryPractitionerDirectory{" + byId.size() + " practitioners}";
  }
}
