package io.github.qinglian.reference;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.qinglian.model.Drug;
import org.jspecify.annotations.Nullable;

/**
 * A {@link DrugCatalog} held in memory, indexed by code. Immutable and thread-safe; a
 * lookup is one hash probe and allocates nothing.
 */
public final class InMemoryDrugCatalog implements DrugCatalog {
  private static final InMemoryDrugCatalog EMPTY =
      new InMemoryDrugCatalog(ImmutableMap.<String, Drug>of());

  private final ImmutableMap<String, Drug> byId;

  private InMemoryDrugCatalog(ImmutableMap<String, Drug> byId) {
    this.byId = byId;
  }

  /**
   * Indexes {@code drugs} by code.
   *
   * @throws IllegalArgumentException if two share a code
   */
  public static InMemoryDrugCatalog of(Iterable<Drug> drugs) {
    ImmutableMap.Builder<String, Drug> b = ImmutableMap.builder();
    for (Drug p : drugs) {
      b.put(p.code(), p);
    }
    return new InMemoryDrugCatalog(b.buildOrThrow());
  }

  /** A directory with no drugs. */
  public static InMemoryDrugCatalog empty() {
    return EMPTY;
  }

  @Override
  public @Nullable Drug find(String code) {
    return byId.get(code);
  }

  @Override
  public int size() {
    return byId.size();
  }

  /** Every practitioner, in the order given. */
  public ImmutableList<Drug> all() {
    return byId.values().asList();
  }

  @Override
  public String toString() {
    return "InMemoryDrugCatalog{" + byId.size() + " drugs}";
  }
}
