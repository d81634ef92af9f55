package io.github.qinglian.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One table or view of a hospital's schema with the roles of its columns, in the table's column
 * order (the order {@code SELECT *} expands to). The name may be schema-qualified and quoted
 * ({@code his.dbo.mz_cfmx}, {@code "病人医嘱记录"}); matching is case-insensitive. Immutable and
 * thread-safe; {@link SchemaMapping.Builder#build()} validates it.
 *
 * <pre>{@code
 * TableMapping t = TableMapping.of("mz_cfmx",
 *     ImmutableMap.of("cfh", ColumnRole.PRESCRIPTION, "ypdm", ColumnRole.DRUG, "sl", ColumnRole.QUANTITY));
 * }</pre>
 */
public final class TableMapping {
  private final String name;
  private final ImmutableMap<String, ColumnRole> columns;

  private TableMapping(String name, ImmutableMap<String, ColumnRole> columns) {
    this.name = checkNotNull(name, "name");
    this.columns = columns;
  }

  /** A table {@code name} whose columns have {@code columns}' roles, in that order. */
  public static TableMapping of(String name, Map<String, ColumnRole> columns) {
    return new TableMapping(name, ImmutableMap.copyOf(columns));
  }

  /** The name as given. */
  public String name() {
    return name;
  }

  /** The columns as given, in column order, with their roles. */
  public ImmutableMap<String, ColumnRole> columns() {
    return columns;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof TableMapping && name.equals(((TableMapping) o).name)
        && columns.equals(((TableMapping) o).columns);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + columns.hashCode();
  }

  @Override
  public String toString() {
    return name + columns;
  }
}
