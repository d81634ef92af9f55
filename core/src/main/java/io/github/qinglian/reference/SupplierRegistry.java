package io.github.qinglian.reference;

import io.github.qinglian.model.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Looks up suppliers by id. Implementations are thread-safe and return {@code null} for an
 * unknown id.
 */
public interface SupplierRegistry {
  /** The supplier with id {@code id}, or {@code null}. */
  @Nullable Supplier find(String id);

  /** The number of suppliers, or -1 when the implementation cannot tell cheaply. */
  int size();
}
