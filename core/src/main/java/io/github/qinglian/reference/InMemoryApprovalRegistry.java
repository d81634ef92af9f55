package io.github.qinglian.reference;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.qinglian.model.Approval;
import org.jspecify.annotations.Nullable;

/**
 * An {@link ApprovalRegistry} held in memory, indexed by id. Immutable and thread-safe; a lookup
 * is one hash probe and allocates nothing.
 */
public final class InMemoryApprovalRegistry implements ApprovalRegistry {
  private static final InMemoryApprovalRegistry EMPTY =
      new InMemoryApprovalRegistry(ImmutableMap.<String, Approval>of());

  private final ImmutableMap<String, Approval> byId;

  private InMemoryApprovalRegistry(ImmutableMap<String, Approval> byId) {
    this.byId = byId;
  }

  /**
   * Indexes {@code approvals} by id.
   *
   * @throws IllegalArgumentException if two share an id
   */
  public static InMemoryApprovalRegistry of(Iterable<Approval> approvals) {
    ImmutableMap.Builder<String, Approval> b = ImmutableMap.builder();
    for (Approval a : approvals) {
      b.put(a.id(), a);
    }
    return new InMemoryApprovalRegistry(b.buildOrThrow());
  }

  /** A registry with no approvals. */
  public static InMemoryApprovalRegistry empty() {
    return EMPTY;
  }

  @Override
  public @Nullable Approval find(String id) {
    return byId.get(id);
  }

  @Override
  public int size() {
    return byId.size();
  }

  /** Every approval, in the order given. */
  public ImmutableList<Approval> all() {
    return byId.values().asList();
  }

  @Override
  public String toString() {
    return "InMemoryApprovalRegistry{" + byId.size() + " approvals}";
  }
}
