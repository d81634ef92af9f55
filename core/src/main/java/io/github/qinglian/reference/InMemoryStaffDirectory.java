package io.github.qinglian.reference;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.qinglian.model.StaffMember;
import org.jspecify.annotations.Nullable;

/**
 * A {@link StaffDirectory} held in memory, indexed by id. Immutable and thread-safe;
 * a lookup is one hash probe and allocates nothing.
 *
 * <pre>{@code
 * StaffDirectory r = InMemoryStaffDirectory.of(ImmutableList.of(
 *     StaffMember.of("D010", ImmutableSet.of("DEPARTMENT_HEAD"))));
 * }</pre>
 */
public final class InMemoryStaffDirectory implements StaffDirectory {
  private static final InMemoryStaffDirectory EMPTY =
      new InMemoryStaffDirectory(ImmutableMap.<String, StaffMember>of());

  private final ImmutableMap<String, StaffMember> byId;

  private InMemoryStaffDirectory(ImmutableMap<String, StaffMember> byId) {
    this.byId = byId;
  }

  /**
   * Indexes {@code records} by id.
   *
   * @throws IllegalArgumentException if two share an id
   */
  public static InMemoryStaffDirectory of(Iterable<StaffMember> records) {
    ImmutableMap.Builder<String, StaffMember> b = ImmutableMap.builder();
    for (StaffMember r : records) {
      b.put(r.id(), r);
    }
    return new InMemoryStaffDirectory(b.buildOrThrow());
  }

  /** One with no staff members. */
  public static InMemoryStaffDirectory empty() {
    return EMPTY;
  }

  @Override
  public @Nullable StaffMember find(String id) {
    return byId.get(id);
  }

  @Override
  public int size() {
    return byId.size();
  }

  /** Every record, in the order given. */
  public ImmutableList<StaffMember> all() {
    return byId.values().asList();
  }

  @Override
  public String toString() {
    return "InMemoryStaffDirectory{" + byId.size() + " staff members}";
  }
}
