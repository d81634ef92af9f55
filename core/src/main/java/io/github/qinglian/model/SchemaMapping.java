package io.github.qinglian.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.qinglian.ConfigProblem;
import io.github.qinglian.ConfigurationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A hospital's schema as the 统方 guard sees it: the dialect (optional), the tables and views with
 * their column roles, and the stored procedures with the class a call yields. Names match
 * case-insensitively, with or without schema qualification and quoting. Immutable and
 * thread-safe.
 *
 * <p>{@link Builder#build()} validates the whole mapping and throws a
 * {@link ConfigurationException} listing every problem with its JSON pointer (relative to the
 * mapping: {@code /tables/2/name}).
 *
 * <pre>{@code
 * SchemaMapping m = SchemaMapping.newBuilder()
 *     .dialect(Dialect.SQLSERVER)
 *     .table(TableMapping.of("his.dbo.mz_cfzb", ImmutableMap.of(
 *         "cfh", ColumnRole.PRESCRIPTION, "ysdm", ColumnRole.PRESCRIBER)))
 *     .procedure(ProcedureMapping.of("usp_ystj", QueryClass.PRESCRIBER_STATS))
 *     .build();
 * }</pre>
 */
public final class SchemaMapping {
  private static final SchemaMapping EMPTY = newBuilder().build();

  private final @Nullable Dialect dialect;
  private final ImmutableList<TableMapping> tables;
  private final ImmutableList<ProcedureMapping> procedures;

  private SchemaMapping(Builder b) {
    this.dialect = b.dialect;
    this.tables = ImmutableList.copyOf(b.tables);
    this.procedures = ImmutableList.copyOf(b.procedures);
  }

  /** A mapping with no tables: every statement is NONE. */
  public static SchemaMapping empty() {
    return EMPTY;
  }

  /** Starts a mapping. */
  public static Builder newBuilder() {
    return new Builder();
  }

  /** The database's dialect, or {@code null} when not known. */
  public @Nullable Dialect dialect() {
    return dialect;
  }

  /** The mapped tables and views. */
  public ImmutableList<TableMapping> tables() {
    return tables;
  }

  /** The mapped procedures. */
  public ImmutableList<ProcedureMapping> procedures() {
    return procedures;
  }

  /** Whether nothing is mapped. */
  public boolean isEmpty() {
    return tables.isEmpty() && procedures.isEmpty();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof SchemaMapping)) {
      return false;
    }
    SchemaMapping m = (SchemaMapping) o;
    return dialect == m.dialect && tables.equals(m.tables) && procedures.equals(m.procedures);
  }

  @Override
  public int hashCode() {
    return tables.hashCode() * 31 + procedures.hashCode();
  }

  @Override
  public String toString() {
    return "SchemaMapping{" + (dialect == null ? "" : dialect + ", ") + tables.size() + " tables, "
        + procedures.size() + " procedures}";
  }

  /**
   * The parts of a possibly qualified, possibly quoted name, unquoted and lower-cased:
   * {@code [his].dbo."MZ_CFMX"} gives {@code [his, dbo, mz_cfmx]}. Quotes are {@code "…"},
   * {@code `…`} and {@code […]}; a dot inside quotes belongs to the part. Empty parts are kept
   * (as empty strings) so that callers can reject them.
   */
  public static List<String> nameParts(String name) {
    List<String> parts = new ArrayList<>(3);
    StringBuilder cur = new StringBuilder();
    int i = 0;
    int n = name.length();
    while (i < n) {
      char c = name.charAt(i);
      if (c == '"' || c == '`' || c == '[') {
        char close = c == '[' ? ']' : c;
        int j = i + 1;
        while (j < n) {
          char d = name.charAt(j);
          if (d == close) {
            if (j + 1 < n && name.charAt(j + 1) == close && close != ']') {
              cur.append(d);
              j += 2;
              continue;
            }
            break;
          }
          cur.append(d);
          j++;
        }
        i = j + 1;
      } else if (c == '.') {
        parts.add(cur.toString().trim().toLowerCase(Locale.ROOT));
        cur.setLength(0);
        i++;
      } else {
        cur.append(c);
        i++;
      }
    }
    parts.add(cur.toString().trim().toLowerCase(Locale.ROOT));
    return parts;
  }

  /** Builds a {@link SchemaMapping}. Not thread-safe. */
  public static final class Builder {
    private @Nullable Dialect dialect;
    private final List<TableMapping> tables = new ArrayList<>();
    private final List<ProcedureMapping> procedures = new ArrayList<>();

    private Builder() {}

    /** Sets the dialect. */
    public Builder dialect(@Nullable Dialect dialect) {
      this.dialect = dialect;
      return this;
    }

    /** Adds a table or view. */
    public Builder table(TableMapping table) {
      tables.add(checkNotNull(table, "table"));
      return this;
    }

    /** Adds a procedure. */
    public Builder procedure(ProcedureMapping procedure) {
      procedures.add(checkNotNull(procedure, "procedure"));
      return this;
    }

    /**
     * Returns the mapping.
     *
     * @throws ConfigurationException listing every problem: a blank or malformed name, a table
     *     without columns, two tables with the same qualified name, two columns of one table
     *     whose names differ only in case or quoting, a procedure mapped twice or to UNRESOLVED
     */
    public SchemaMapping build() {
      List<ConfigProblem> problems = new ArrayList<>();
      Map<String, Integer> seen = new HashMap<>();
      for (int i = 0; i < tables.size(); i++) {
        TableMapping t = tables.get(i);
        String p = "/tables/" + i;
        String key = checkName(t.name(), p + "/name", problems);
        if (key != null) {
          Integer first = seen.put(key, i);
          if (first != null) {
            problems.add(ConfigProblem.of(p + "/name",
                "duplicate table: \"" + t.name() + "\" is already mapped at /tables/" + first));
          }
        }
        if (t.columns().isEmpty()) {
          problems.add(ConfigProblem.of(p + "/columns", "must map at least one column"));
        }
        Map<String, String> cols = new HashMap<>();
        for (String c : t.columns().keySet()) {
          String cp = p + "/columns/" + c.replace("~", "~0").replace("/", "~1");
          List<String> parts = nameParts(c);
          if (parts.size() != 1 || parts.get(0).isEmpty()) {
            problems.add(ConfigProblem.of(cp,
                "must be a plain column name (no qualifier, not blank)"));
            continue;
          }
          String other = cols.put(parts.get(0), c);
          if (other != null) {
            problems.add(ConfigProblem.of(cp, "duplicate column: \"" + c + "\" and \"" + other
                + "\" name the same column (names match case-insensitively)"));
          }
        }
      }
      Map<String, Integer> procs = new HashMap<>();
      for (int i = 0; i < procedures.size(); i++) {
        ProcedureMapping pm = procedures.get(i);
        String p = "/procedures/" + i;
        String key = checkName(pm.name(), p + "/name", problems);
        if (key != null) {
          Integer first = procs.put(key, i);
          if (first != null) {
            problems.add(ConfigProblem.of(p + "/name", "duplicate procedure: \"" + pm.name()
                + "\" is already mapped at /procedures/" + first));
          }
        }
        if (pm.classification() == QueryClass.UNRESOLVED) {
          problems.add(ConfigProblem.of(p + "/classification",
              "must be PRESCRIBER_STATS, DEPARTMENT_STATS, DRUG_TOTALS or NONE"));
        }
      }
      if (!problems.isEmpty()) {
        throw new ConfigurationException("schema mapping", problems);
      }
      return new SchemaMapping(this);
    }

    private static @Nullable String checkName(
        String name, String pointer, List<ConfigProblem> problems) {
      if (name.trim().isEmpty()) {
        problems.add(ConfigProblem.of(pointer, "must not be blank"));
        return null;
      }
      List<String> parts = nameParts(name);
      if (parts.size() > 4 || parts.contains("")) {
        problems.add(ConfigProblem.of(pointer, "\"" + name
            + "\" is not a name: at most four dot-separated parts, none empty"));
        return null;
      }
      return String.join(".", parts);
    }
  }
}
