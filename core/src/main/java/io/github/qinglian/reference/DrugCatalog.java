package io.github.qinglian.reference;

import io.github.qinglian.model.Drug;
import org.jspecify.annotations.Nullable;

/**
 * Looks up drugs by catalog code. Implementations are thread-safe and return {@code null} for an
 * unknown code.
 */
public interface DrugCatalog {
  /** The drug with catalog code {@code code}, or {@code null}. */
  @Nullable Drug find(String code);

  /** The number of drugs, or -1 when the implementation cannot tell cheaply. */
  int size();
}
