package io.github.qinglian.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A member of staff with the roles that matter for approving a representative's visit
 * ({@code DEPARTMENT_HEAD}, {@code MEDICAL_AFFAIRS}, …; the policy's
 * {@code visits.requiredApproverRoles} names the ones an appointment's approvers must cover).
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * StaffMember head = StaffMember.of("D010", ImmutableSet.of("DEPARTMENT_HEAD"));
 * }</pre>
 */
public final class StaffMember {
  private final String id;
  private final ImmutableSet<String> roles;

  private StaffMember(String id, ImmutableSet<String> roles) {
    this.id = id;
    this.roles = roles;
  }

  /**
   * Returns staff member {@code id} holding {@code roles}.
   *
   * @throws IllegalArgumentException if the id or a role is blank
   */
  public static StaffMember of(String id, Iterable<String> roles) {
    checkNotNull(id, "id");
    checkArgument(!id.trim().isEmpty(), "staff id is blank");
    ImmutableSet<String> r = ImmutableSet.copyOf(roles);
    for (String role : r) {
      checkArgument(!role.trim().isEmpty(), "staff %s has a blank role", id);
    }
    return new StaffMember(id, r);
  }

  /** The staff id. */
  public String id() {
    return id;
  }

  /** The roles held, in the order given. */
  public ImmutableSet<String> roles() {
    return roles;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof StaffMember
        && ((StaffMember) o).id.equals(id)
        && ((StaffMember) o).roles.equals(roles);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, roles);
  }

  @Override
  public String toString() {
    return "StaffMember{" + id + " " + roles + "}";
  }
}
