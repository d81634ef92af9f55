package io.github.qinglian.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.jspecify.annotations.Nullable;

/** The institution whose rules are enforced: its id and level. Immutable and thread-safe. */
public final class Institution {
  private final String id;
  private final InstitutionLevel level;

  private Institution(String id, InstitutionLevel level) {
    this.id = checkNotNull(id, "id");
    this.level = checkNotNull(level, "level");
    checkArgument(!id.isEmpty(), "institution id is empty");
  }

  /** Returns the institution {@code id} of {@code level}. */
  public static Institution of(String id, InstitutionLevel level) {
    return new Institution(id, level);
  }

  /** The institution's id. */
  public String id() {
    return id;
  }

  /** Its level. */
  public InstitutionLevel level() {
    return level;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Institution
        && ((Institution) o).id.equals(id)
        && ((Institution) o).level == level;
  }

  @Override
  public int hashCode() {
    return id.hashCode() * 31 + level.hashCode();
  }

  @Override
  public String toString() {
    return id + " (" + level + ")";
  }
}
