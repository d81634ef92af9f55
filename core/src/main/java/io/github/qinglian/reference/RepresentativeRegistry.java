package io.github.qinglian.reference;

import io.github.qinglian.model.Representative;
import org.jspecify.annotations.Nullable;

/**
 * Looks up pharmaceutical representatives by id. Implementations are thread-safe and return {@code
 * null} for an unknown id.
 */
public interface RepresentativeRegistry {
  /** The representative with id {@code id}, or {@code null}. */
  @Nullable Representative find(String id);

  /**
   * The number of pharmaceutical representatives, or -1 when the implementation cannot tell
   * cheaply.
   */
  int size();
}
