package io.github.qinglian.reference;

import io.github.qinglian.model.Practitioner;
import org.jspecify.annotations.Nullable;

/**
 * Looks up practitioners by staff id. Implementations are thread-safe and return {@code null}
 * for an unknown id.
 */
public interface PractitionerDirectory {
  /** The practitioner with staff id {@code id}, or {@code null}. */
  @Nullable Practitioner find(String id);

  /** The number of practitioners, or -1 when the implementation cannot tell cheaply. */
  int size();
}
