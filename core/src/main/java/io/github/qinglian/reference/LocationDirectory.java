package io.github.qinglian.reference;

import io.github.qinglian.model.Location;
import org.jspecify.annotations.Nullable;

/**
 * Looks up locations by id. Implementations are thread-safe and return {@code null} for an unknown
 * id.
 */
public interface LocationDirectory {
  /** The location with id {@code id}, or {@code null}. */
  @Nullable Location find(String id);

  /** The number of locations, or -1 when the implementation cannot tell cheaply. */
  int size();
}
