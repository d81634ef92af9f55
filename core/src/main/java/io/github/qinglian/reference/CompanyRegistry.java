package io.github.qinglian.reference;

import io.github.qinglian.model.Company;
import org.jspecify.annotations.Nullable;

/**
 * Looks up companies by id. Implementations are thread-safe and return {@code null} for an unknown
 * id.
 */
public interface CompanyRegistry {
  /** The company with id {@code id}, or {@code null}. */
  @Nullable Company find(String id);

  /** The number of companies, or -1 when the implementation cannot tell cheaply. */
  int size();
}
