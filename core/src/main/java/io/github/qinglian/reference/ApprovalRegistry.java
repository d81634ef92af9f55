package io.github.qinglian.reference;

import io.github.qinglian.model.Approval;
import org.jspecify.annotations.Nullable;

/** The 统方 approvals, by id. Implementations must be thread-safe. */
public interface ApprovalRegistry {
  /** The approval {@code id}, or {@code null} when unknown. */
  @Nullable Approval find(String id);

  /** How many approvals there are. */
  int size();
}
