package io.github.qinglian.reference;

import io.github.qinglian.model.StaffMember;
import org.jspecify.annotations.Nullable;

/**
 * Looks up staff members (with their roles) by id. Implementations are thread-safe and return
 * {@code null} for an unknown id.
 */
public interface StaffDirectory {
  /** The staff member with id {@code id}, or {@code null}. */
  @Nullable StaffMember find(String id);

  /** The number of staff members, or -1 when the implementation cannot tell cheaply. */
  int size();
}
