package io.github.qinglian.model;

import static com.google.common.base.Preconditions.checkNotNull;

import org.jspecify.annotations.Nullable;

/**
 * A stored procedure (or table function) and the class that calling it yields, for statistics
 * computed inside the database ({@code usp_ystj} → PRESCRIBER_STATS). Immutable and thread-safe.
 *
 * <pre>{@code
 * ProcedureMapping p = ProcedureMapping.of("usp_ystj", QueryClass.PRESCRIBER_STATS);
 * }</pre>
 */
public final class ProcedureMapping {
  private final String name;
  private final QueryClass classification;

  private ProcedureMapping(String name, QueryClass classification) {
    this.name = checkNotNull(name, "name");
    this.classification = checkNotNull(classification, "classification");
  }

  /** Maps procedure {@code name} to {@code classification}. */
  public static ProcedureMapping of(String name, QueryClass classification) {
    return new ProcedureMapping(name, classification);
  }

  /** The name as given, possibly schema-qualified. */
  public String name() {
    return name;
  }

  /** The class a call yields. */
  public QueryClass classification() {
    return classification;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ProcedureMapping && name.equals(((ProcedureMapping) o).name)
        && classification == ((ProcedureMapping) o).classification;
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + classification.hashCode();
  }

  @Override
  public String toString() {
    return name + "→" + classification;
  }
}
