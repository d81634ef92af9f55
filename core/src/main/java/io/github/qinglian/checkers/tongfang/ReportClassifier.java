package io.github.qinglian.checkers.tongfang;

import com.google.common.collect.ImmutableList;
import io.github.qinglian.model.ColumnRole;
import io.github.qinglian.model.QueryClass;
import io.github.qinglian.model.ReportRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Classifies a report builder's request (measures, dimensions, filters by column role) by the
 * same readings as SQL. Its output columns are the dimensions, in order, then the measures.
 * Stateless and thread-safe.
 */
final class ReportClassifier {
  /** The measures a report may ask for. */
  static final ImmutableList<String> MEASURES = ImmutableList.of("QUANTITY", "AMOUNT", "COUNT");

  /** A field of the request that is not valid: its pointer, the reason and the value. */
  interface Problems {
    void invalid(String pointer, String reason, @Nullable Object value);
  }

  private ReportClassifier() {}

  static Classification classify(ReportRequest r, Problems problems, String policyVersion) {
    int dims = 0;
    ImmutableList.Builder<Integer> mask = ImmutableList.builder();
    ImmutableList.Builder<String> maskNames = ImmutableList.builder();
    ImmutableList.Builder<String> columns = ImmutableList.builder();
    for (int i = 0; i < r.dimensions().size(); i++) {
      ColumnRole role = role(r.dimensions().get(i));
      if (role == null) {
        problems.invalid("/subject/report/dimensions/" + i, "must be a column role "
            + java.util.Arrays.toString(ColumnRole.values()), r.dimensions().get(i));
        continue;
      }
      dims |= Roles.bit(role);
      columns.add(role.name());
      if (role == ColumnRole.PRESCRIBER) {
        mask.add(i + 1);
        maskNames.add(role.name());
      }
    }
    int measured = 0;
    for (int i = 0; i < r.measures().size(); i++) {
      String m = r.measures().get(i);
      if (!MEASURES.contains(m)) {
        problems.invalid("/subject/report/measures/" + i, "must be one of " + MEASURES, m);
        continue;
      }
      measured |= m.equals("COUNT") ? 0 : Roles.bit(ColumnRole.valueOf(m));
    }
    boolean measure = !r.measures().isEmpty();
    int filters = 0;
    boolean narrowed = false;
    for (Map.Entry<String, ImmutableList<String>> f : r.filters().entrySet()) {
      ColumnRole role = role(f.getKey());
      if (role == null) {
        problems.invalid("/subject/report/filters/" + f.getKey(), "must be a column role "
            + java.util.Arrays.toString(ColumnRole.values()), f.getKey());
        continue;
      }
      List<String> values = f.getValue();
      filters |= Roles.bit(role);
      if (Roles.has(Roles.bit(role), Roles.ENTITY) && !values.isEmpty()
          && values.size() <= Analyzer.SHORT_LIST) {
        narrowed = true;
      }
    }
    QueryClass cls = QueryClass.NONE;
    String clause = "";
    int breakdown = dims | (filters & (Roles.PRESCRIBER | Roles.DEPARTMENT));
    if (narrowed) {
      cls = QueryClass.NONE;
    } else if (measure) {
      if (Roles.has(breakdown, Roles.PRESCRIBER)) {
        cls = QueryClass.PRESCRIBER_STATS;
        clause = Roles.has(dims, Roles.PRESCRIBER) ? "dimensions" : "filters";
      } else if (Roles.has(breakdown, Roles.DEPARTMENT)) {
        cls = QueryClass.DEPARTMENT_STATS;
        clause = Roles.has(dims, Roles.DEPARTMENT) ? "dimensions" : "filters";
      } else if (!Roles.has(dims, Roles.ENTITY)) {
        cls = QueryClass.DRUG_TOTALS;
        clause = "measures";
      }
    } else {
      int rows = dims | filters;
      if (Roles.has(rows, Roles.PRESCRIBER) && Roles.has(rows, Roles.DRUG)) {
        cls = QueryClass.PRESCRIBER_STATS;
        clause = "dimensions";
      } else if (Roles.has(rows, Roles.DEPARTMENT) && Roles.has(rows, Roles.DRUG)
          && Roles.has(rows, Roles.MEASURE)) {
        cls = QueryClass.DEPARTMENT_STATS;
        clause = "dimensions";
      }
    }
    String fingerprint = "REPORT measures=" + r.measures() + " dimensions=" + r.dimensions()
        + " filters=" + r.filters().keySet();
    return new Classification(cls, ImmutableList.of(cls), ImmutableList.<String>of(),
        columns.build(), clause, measure ? String.join(",", r.measures()) : null,
        mask.build(), maskNames.build(), null, fingerprint, null, policyVersion);
  }

  private static @Nullable ColumnRole role(String name) {
    for (ColumnRole r : ColumnRole.values()) {
      if (r.name().equals(name)) {
        return r;
      }
    }
    return null;
  }
}
