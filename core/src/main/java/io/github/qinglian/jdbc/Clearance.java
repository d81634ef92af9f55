package io.github.qinglian.jdbc;

import com.google.common.collect.ImmutableSet;
import io.github.qinglian.Verdict;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * A statement the guard let through: the verdict, the context it was decided for, and, when the
 * verdict carries {@code MASK_PRESCRIBER}, which result columns to mask. Immutable and
 * thread-safe. Obtained from {@link StatementGuard#check}; integrations such as the Druid filter
 * use it to mask the rows they see.
 */
public final class Clearance {
  private final Verdict verdict;
  private final QueryContext context;
  private final @Nullable PseudonymCache pseudonyms;
  private final ImmutableSet<Integer> maskIndexes;
  private final ImmutableSet<String> maskLabels;

  Clearance(
      Verdict verdict,
      QueryContext context,
      @Nullable PseudonymCache pseudonyms,
      ImmutableSet<Integer> maskIndexes,
      ImmutableSet<String> maskLabels) {
    this.verdict = verdict;
    this.context = context;
    this.pseudonyms = pseudonyms;
    this.maskIndexes = maskIndexes;
    this.maskLabels = maskLabels;
  }

  /** The checker's verdict (ALLOW, WARN, or REVIEW where the guard lets REVIEW pass). */
  public Verdict verdict() {
    return verdict;
  }

  /** The context the statement was checked in. */
  public QueryContext context() {
    return context;
  }

  /** Whether result rows must have their PRESCRIBER columns masked. */
  public boolean masks() {
    return pseudonyms != null;
  }

  /**
   * The mask for a result with the columns {@code metaData} describes, or {@code null} when this
   * clearance masks nothing. A column is masked when the verdict's {@code TF.MASK} finding names
   * its 1-based index ({@code maskColumns}) or its label ({@code maskColumnNames}), or when its
   * label is one of the guard's configured PRESCRIBER column names; labels compare
   * case-insensitively.
   *
   * @throws SQLException what the driver's metadata throws, untouched
   */
  public @Nullable ColumnMask columnMask(ResultSetMetaData metaData) throws SQLException {
    PseudonymCache p = pseudonyms;
    if (p == null) {
      return null;
    }
    int n = metaData.getColumnCount();
    boolean[] masked = new boolean[n + 1];
    ImmutableSet.Builder<String> labels = ImmutableSet.builder();
    for (int i = 1; i <= n; i++) {
      String label = metaData.getColumnLabel(i);
      String key = label == null ? null : StatementGuard.key(label);
      if (maskIndexes.contains(i) || (key != null && maskLabels.contains(key))) {
        masked[i] = true;
        if (key != null) {
          labels.add(key);
        }
      }
    }
    return new ColumnMask(masked, labels.build(), p);
  }

  @Override
  public String toString() {
    return "Clearance{" + verdict.decision() + (masks() ? ", masked" : "") + "}";
  }
}
