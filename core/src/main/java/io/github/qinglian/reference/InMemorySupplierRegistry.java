package io.github.qinglian.reference;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.qinglian.model.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A {@link SupplierRegistry} held in memory, indexed by id. Immutable and thread-safe; a lookup is
 * one hash probe and allocates nothing.
 *
 * <pre>{@code
 * SupplierRegistry suppliers = InMemorySupplierRegistry.of(ImmutableList.of(s001, s002));
 * }</pre>
 */
public final class InMemorySupplierRegistry implements SupplierRegistry {
  private static final InMemorySupplierRegistry EMPTY =
      new InMemorySupplierRegistry(ImmutableMap.<String, Supplier>of());

  private final ImmutableMap<String, Supplier> byId;

  private InMemorySupplierRegistry(ImmutableMap<String, Supplier> byId) {
    this.byId = byId;
  }

  /**
   * Indexes {@code suppliers} by id.
   *
   * @throws IllegalArgumentException if two share an id
   */
  public static InMemorySupplierRegistry of(Iterable<Supplier> suppliers) {
    ImmutableMap.Builder<String, Supplier> b = ImmutableMap.builder();
    for (Supplier s : suppliers) {
      b.put(s.id(), s);
    }
    return new InMemorySupplierRegistry(b.buildOrThrow());
  }

  /** No suppliers. */
  public static InMemorySupplierRegistry empty() {
    return EMPTY;
  }

  @Override
  public @Nullable Supplier find(String id) {
    return byId.get(id);
  }

  @Override
  public int size() {
    return byId.size();
  }

  /** Every supplier, in the order given. */
  public ImmutableList<Supplier> all() {
    return byId.values().asList();
  }

  @Override
  public String toString() {
    return "InMemorySupplierRegistry{" + byId.size() + " suppliers}";
  }
}
