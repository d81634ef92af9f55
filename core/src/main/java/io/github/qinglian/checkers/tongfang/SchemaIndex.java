package io.github.qinglian.checkers.tongfang;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.qinglian.model.ColumnRole;
import io.github.qinglian.model.Dialect;
import io.github.qinglian.model.ProcedureMapping;
import io.github.qinglian.model.QueryClass;
import io.github.qinglian.model.SchemaMapping;
import io.github.qinglian.model.TableMapping;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A schema mapping compiled for lookups: tables and procedures by lower-cased simple name, with
 * their qualifiers to decide between two that share a name, and every mapped name as a token for
 * the text scan of statements that do not parse. Immutable and thread-safe.
 */
final class SchemaIndex {
  /** A mapped table (or, when a name is ambiguous, the union of the candidates). */
  static final class Table {
    final String name;
    final List<String> qualifier;
    /** Lower-cased column name to role bits, in column order. */
    final ImmutableMap<String, Integer> roles;
    /** The column names as given, in column order. */
    final ImmutableList<String> labels;
    final int allRoles;

    Table(String name, List<String> qualifier, ImmutableMap<String, Integer> roles,
        ImmutableList<String> labels) {
      this.name = name;
      this.qualifier = qualifier;
      this.roles = roles;
      this.labels = labels;
      int all = 0;
      for (int r : roles.values()) {
        all |= r;
      }
      this.allRoles = all;
    }

    int role(String column) {
      Integer r = roles.get(column);
      return r == null ? 0 : r;
    }

    boolean has(String column) {
      return roles.containsKey(column);
    }
  }

  private static final class Procedure {
    final List<String> qualifier;
    final QueryClass classification;

    Procedure(List<String> qualifier, QueryClass classification) {
      this.qualifier = qualifier;
      this.classification = classification;
    }
  }

  static final SchemaIndex EMPTY = new SchemaIndex(SchemaMapping.empty());

  private final ImmutableMap<String, ImmutableList<Table>> tables;
  private final ImmutableMap<String, ImmutableList<Procedure>> procedures;
  private final ImmutableSet<String> tokens;
  /** Bit {@code min(length, 63)} set for the length of each mapped name. */
  private final long lengths;
  /** Bit {@code c - 64} set for each ASCII first character {@code c} at 64..127 of a name. */
  private final long firstHigh;
  /** Bit {@code c} set for each ASCII first character {@code c} under 64 of a name. */
  private final long firstLow;
  /** Whether some name starts with a character beyond ASCII. */
  private final boolean firstWide;
  private final @Nullable Dialect dialect;

  SchemaIndex(SchemaMapping mapping) {
    this.dialect = mapping.dialect();
    Map<String, List<Table>> t = new LinkedHashMap<>();
    ImmutableSet.Builder<String> tok = ImmutableSet.builder();
    for (TableMapping m : mapping.tables()) {
      List<String> parts = SchemaMapping.nameParts(m.name());
      String simple = parts.get(parts.size() - 1);
      ImmutableMap.Builder<String, Integer> roles = ImmutableMap.builder();
      ImmutableList.Builder<String> labels = ImmutableList.builder();
      for (Map.Entry<String, ColumnRole> c : m.columns().entrySet()) {
        roles.put(SchemaMapping.nameParts(c.getKey()).get(0), Roles.bit(c.getValue()));
        labels.add(c.getKey());
      }
      t.computeIfAbsent(simple, k -> new ArrayList<>()).add(new Table(m.name(),
          ImmutableList.copyOf(parts.subList(0, parts.size() - 1)), roles.buildKeepingLast(),
          labels.build()));
      tok.add(simple);
    }
    Map<String, List<Procedure>> p = new LinkedHashMap<>();
    for (ProcedureMapping m : mapping.procedures()) {
      List<String> parts = SchemaMapping.nameParts(m.name());
      String simple = parts.get(parts.size() - 1);
      p.computeIfAbsent(simple, k -> new ArrayList<>()).add(new Procedure(
          ImmutableList.copyOf(parts.subList(0, parts.size() - 1)), m.classification()));
      tok.add(simple);
    }
    ImmutableMap.Builder<String, ImmutableList<Table>> tb = ImmutableMap.builder();
    for (Map.Entry<String, List<Table>> e : t.entrySet()) {
      tb.put(e.getKey(), ImmutableList.copyOf(e.getValue()));
    }
    this.tables = tb.buildOrThrow();
    ImmutableMap.Builder<String, ImmutableList<Procedure>> pb = ImmutableMap.builder();
    for (Map.Entry<String, List<Procedure>> e : p.entrySet()) {
      pb.put(e.getKey(), ImmutableList.copyOf(e.getValue()));
    }
    this.procedures = pb.buildOrThrow();
    this.tokens = tok.build();
    long len = 0;
    long high = 0;
    long low = 0;
    boolean wide = false;
    for (String name : tokens) {
      len |= 1L << Math.min(name.length(), 63);
      char c = name.isEmpty() ? 0 : name.charAt(0);
      if (c >= 128) {
        wide = true;
      } else if (c >= 64) {
        high |= 1L << (c - 64);
      } else {
        low |= 1L << c;
      }
    }
    this.lengths = len;
    this.firstHigh = high;
    this.firstLow = low;
    this.firstWide = wide;
  }

  @Nullable Dialect dialect() {
    return dialect;
  }

  boolean isEmpty() {
    return tokens.isEmpty();
  }

  /**
   * The mapped table that {@code parts} (unquoted, lower-cased, possibly qualified) names: by its
   * simple name whatever the qualifier, unless two mapped tables share it, when the qualifier
   * decides; when it cannot, the union of the candidates (a guard errs toward protection).
   */
  @Nullable Table table(List<String> parts) {
    ImmutableList<Table> candidates = tables.get(parts.get(parts.size() - 1));
    if (candidates == null) {
      return null;
    }
    if (candidates.size() == 1) {
      return candidates.get(0);
    }
    List<String> q = parts.subList(0, parts.size() - 1);
    List<Table> matching = new ArrayList<>();
    for (Table c : candidates) {
      if (suffixMatch(q, c.qualifier)) {
        matching.add(c);
      }
    }
    if (matching.size() == 1) {
      return matching.get(0);
    }
    return union(matching.isEmpty() ? candidates : matching);
  }

  /** The class a call of procedure {@code parts} yields, or {@code null} when not mapped. */
  @Nullable QueryClass procedure(List<String> parts) {
    ImmutableList<Procedure> candidates = procedures.get(parts.get(parts.size() - 1));
    if (candidates == null) {
      return null;
    }
    List<String> q = parts.subList(0, parts.size() - 1);
    QueryClass worst = null;
    QueryClass any = QueryClass.NONE;
    for (Procedure p : candidates) {
      any = any.worst(p.classification);
      if (suffixMatch(q, p.qualifier)) {
        worst = worst == null ? p.classification : worst.worst(p.classification);
      }
    }
    return worst == null ? any : worst;
  }

  /** Whether {@code token} (lower-cased) is the simple name of a mapped table or procedure. */
  boolean isMappedName(String token) {
    return tokens.contains(token);
  }

  /**
   * Whether {@code s[from, to)}, lower-cased, could be a mapped name: false only when its length
   * or its first character rules that out. A span with a character beyond ASCII (whose lower case
   * may have another length) is always a candidate.
   */
  boolean mayBeMappedName(String s, int from, int to, boolean ascii) {
    if (!ascii) {
      return true;
    }
    if ((lengths & (1L << Math.min(to - from, 63))) == 0) {
      return false;
    }
    char c = s.charAt(from);
    if (c >= 'A' && c <= 'Z') {
      c = (char) (c + ('a' - 'A'));
    }
    return c >= 64 ? (firstHigh & (1L << (c - 64))) != 0 : (firstLow & (1L << c)) != 0;
  }

  /** Every mapped simple name. */
  ImmutableSet<String> names() {
    return tokens;
  }

  private static boolean suffixMatch(List<String> given, List<String> mapped) {
    int n = Math.min(given.size(), mapped.size());
    for (int i = 1; i <= n; i++) {
      if (!given.get(given.size() - i).equals(mapped.get(mapped.size() - i))) {
        return false;
      }
    }
    return true;
  }

  private static Table union(List<Table> ts) {
    Map<String, Integer> roles = new LinkedHashMap<>();
    List<String> labels = new ArrayList<>();
    for (Table t : ts) {
      for (Map.Entry<String, Integer> e : t.roles.entrySet()) {
        if (!roles.containsKey(e.getKey())) {
          labels.add(t.labels.get(t.roles.keySet().asList().indexOf(e.getKey())));
        }
        roles.merge(e.getKey(), e.getValue(), (a, b) -> a | b);
      }
    }
    return new Table(ts.get(0).name, ImmutableList.<String>of(), ImmutableMap.copyOf(roles),
        ImmutableList.copyOf(labels));
  }
}
