package io.github.qinglian.checkers.tongfang;

import com.google.common.collect.ImmutableList;
import io.github.qinglian.Verdict;
import io.github.qinglian.jdbc.SqlFingerprint;
import io.github.qinglian.model.QueryClass;
import org.jspecify.annotations.Nullable;

/**
 * What the guard concluded about one SQL text or report request: the class (the first of
 * UNRESOLVED, PRESCRIBER_STATS, DEPARTMENT_STATS, DRUG_TOTALS, NONE among its statements), the
 * class of each statement, the evidence (tables, columns, clause, measure), the output columns
 * that show prescribers, and the fingerprint the audit records. Immutable and thread-safe; cached.
 */
final class Classification {
  final QueryClass cls;
  final ImmutableList<QueryClass> statements;
  /** The names of {@link #statements}, as verdicts carry them. */
  final ImmutableList<String> statementNames;
  final ImmutableList<String> tables;
  final ImmutableList<String> columns;
  final String clause;
  final @Nullable String measure;
  final ImmutableList<Integer> maskColumns;
  final ImmutableList<String> maskNames;
  final @Nullable String reason;
  /** The statement text, for the fingerprint; {@code null} when the fingerprint was given. */
  private final @Nullable String sql;
  // what the audit and alerts record instead of the SQL; made on first use (racy but
  // idempotent, as String.hashCode), since ordinary business is never audited
  private @Nullable String fingerprint;
  final @Nullable String dialect;
  /** The verdict of a NONE statement under the snapshot this was classified for. */
  final @Nullable Verdict none;

  Classification(QueryClass cls, ImmutableList<QueryClass> statements,
      ImmutableList<String> tables, ImmutableList<String> columns, String clause,
      @Nullable String measure, ImmutableList<Integer> maskColumns,
      ImmutableList<String> maskNames, @Nullable String reason, String fingerprint,
      @Nullable String dialect, String policyVersion) {
    this(cls, statements, tables, columns, clause, measure, maskColumns, maskNames, reason,
        null, dialect, policyVersion, null);
    this.fingerprint = fingerprint;
  }

  /**
   * A classification of {@code sql}, whose fingerprint is {@link SqlFingerprint#of} it;
   * {@code sharedNone}, when given, is the verdict of a single NONE statement.
   */
  Classification(QueryClass cls, ImmutableList<QueryClass> statements,
      ImmutableList<String> tables, ImmutableList<String> columns, String clause,
      @Nullable String measure, ImmutableList<Integer> maskColumns,
      ImmutableList<String> maskNames, @Nullable String reason, @Nullable String sql,
      @Nullable String dialect, String policyVersion, @Nullable Verdict sharedNone) {
    this.cls = cls;
    this.statements = statements;
    this.statementNames = names(statements);
    this.tables = tables;
    this.columns = columns;
    this.clause = clause;
    this.measure = measure;
    this.maskColumns = maskColumns;
    this.maskNames = maskNames;
    this.reason = reason;
    this.sql = sql;
    this.dialect = dialect;
    this.none = cls != QueryClass.NONE ? null
        : sharedNone != null && statements.size() == 1 ? sharedNone
        : noneVerdict(statementNames, policyVersion);
  }

  /**
   * The statement with its literals replaced ({@link SqlFingerprint}): what the audit and alerts
   * record, never the SQL itself, which may quote a patient's id.
   */
  String fingerprint() {
    String f = fingerprint;
    if (f == null) {
      f = SqlFingerprint.of(sql);
      fingerprint = f;
    }
    return f;
  }

  /** The verdict of statements that are all NONE: allowed, nothing to audit. */
  static Verdict noneVerdict(ImmutableList<String> statementNames, String policyVersion) {
    return Verdict.newBuilder(policyVersion).classification(QueryClass.NONE.name())
        .statementClassifications(statementNames).build();
  }

  static ImmutableList<String> names(ImmutableList<QueryClass> statements) {
    ImmutableList.Builder<String> b = ImmutableList.builder();
    for (QueryClass c : statements) {
      b.add(c.name());
    }
    return b.build();
  }

  /** The same conclusion: what a fresh analysis must agree with. */
  boolean sameAs(Classification o) {
    return cls == o.cls && statements.equals(o.statements) && tables.equals(o.tables)
        && columns.equals(o.columns) && clause.equals(o.clause)
        && java.util.Objects.equals(measure, o.measure) && maskColumns.equals(o.maskColumns)
        && maskNames.equals(o.maskNames);
  }

  @Override
  public String toString() {
    return cls + (statements.size() > 1 ? " " + statements : "") + " tables=" + tables
        + " columns=" + columns + " clause=" + clause + (measure == null ? "" : " measure="
        + measure) + (reason == null ? "" : " reason=" + reason) + " mask=" + maskColumns;
  }
}
