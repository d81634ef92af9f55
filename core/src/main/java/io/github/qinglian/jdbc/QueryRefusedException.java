package io.github.qinglian.jdbc;

import com.google.common.collect.ImmutableList;
import io.github.qinglian.Decision;
import io.github.qinglian.Verdict;
import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The 统方 guard refused a statement before it reached the database. SQLState {@code 42501}
 * (insufficient privilege), vendor code 0. The message is API, in exactly this form:
 *
 * <pre>
 * Qinglian refused the statement: decision=BLOCK rules=TF.PRESCRIBER_STATS,TF.PURPOSE classification=PRESCRIBER_STATS
 * </pre>
 *
 * <p>{@code decision} is {@code BLOCK}, or {@code REVIEW} when the guard does not let REVIEW
 * pass; {@code rules} lists, comma-separated in verdict order, the rule ids of the findings at
 * REVIEW or above; {@code classification} is the verdict's class, or {@code -} when it has
 * none (a checker failure: {@code rules=ENGINE.ERROR}). The message never quotes the SQL, which may
 * hold a patient's id. A masked column read through a getter that cannot return a pseudonym is
 * refused with the same state and the message {@code Qinglian refused the read: column N is
 * masked (MASK_PRESCRIBER); read it with getString or getObject}.
 */
public final class QueryRefusedException extends SQLException {
  private static final long serialVersionUID = 1L;

  /** The SQLState of every refusal. */
  public static final String SQL_STATE = "42501";

  private final Decision decision;
  private final String[] ruleIds;
  private final @Nullable String classification;
  private final transient @Nullable Verdict verdict;

  QueryRefusedException(Decision decision, List<String> ruleIds, Verdict verdict) {
    super(message(decision, ruleIds, verdict.classification()), SQL_STATE, 0);
    this.decision = decision;
    this.ruleIds = ruleIds.toArray(new String[0]);
    this.classification = verdict.classification();
    this.verdict = verdict;
  }

  /**
   * The refusal of a read of masked column {@code column} (an index or a label) through a getter
   * that cannot carry a pseudonym.
   */
  public static QueryRefusedException maskedRead(String column) {
    return new QueryRefusedException("Qinglian refused the read: column " + column
        + " is masked (MASK_PRESCRIBER); read it with getString or getObject");
  }

  private QueryRefusedException(String message) {
    super(message, SQL_STATE, 0);
    this.decision = Decision.BLOCK;
    this.ruleIds = new String[0];
    this.classification = null;
    this.verdict = null;
  }

  static String message(Decision decision, List<String> ruleIds, @Nullable String classification) {
    StringBuilder sb = new StringBuilder("Qinglian refused the statement: decision=")
        .append(decision.name()).append(" rules=");
    for (int i = 0; i < ruleIds.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(ruleIds.get(i));
    }
    if (ruleIds.isEmpty()) {
      sb.append('-');
    }
    return sb.append(" classification=").append(classification == null ? "-" : classification)
        .toString();
  }

  /** The decision that refused: BLOCK, or REVIEW where REVIEW does not pass. */
  public Decision decision() {
    return decision;
  }

  /** The rule ids behind the refusal (findings at REVIEW or above), in verdict order. */
  public ImmutableList<String> ruleIds() {
    return ImmutableList.copyOf(ruleIds);
  }

  /** The statement's class, or {@code null} when the checker gave none. */
  public @Nullable String classification() {
    return classification;
  }

  /**
   * The whole verdict; {@code null} for a refused read of a masked column, and after Java
   * deserialization.
   */
  public @Nullable Verdict verdict() {
    return verdict;
  }
}
