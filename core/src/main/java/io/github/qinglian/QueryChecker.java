package io.github.qinglian;

import io.github.qinglian.model.Dialect;
import io.github.qinglian.model.QueryRequest;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The 统方 guard: classifies a SQL statement or report request (PRESCRIBER_STATS,
 * DEPARTMENT_STATS, DRUG_TOTALS, NONE, UNRESOLVED) and decides with the requester's roles,
 * purpose, approval and history, by the {@code TF.*} rules.
 *
 * <p>Thread-safe and never throws: malformed requests get {@code INPUT.INVALID} (BLOCK by
 * default), internal failures {@code ENGINE.ERROR} at the policy's data-access fail mode (BLOCK by
 * default). The verdict carries the {@link Verdict#classification() classification} and any
 * {@link Verdict#obligations() obligation} such as {@code MASK_PRESCRIBER}.
 *
 * <pre>{@code
 * Verdict v = guard.check(request);
 * if (v.decision() == Decision.BLOCK) throw new SQLException("…", "42501");
 * boolean mask = v.obligations().contains("MASK_PRESCRIBER");
 * }</pre>
 */
public interface QueryChecker {
  /** The obligation to replace prescriber identities in the result with pseudonyms. */
  String MASK_PRESCRIBER = "MASK_PRESCRIBER";

  /** Checks {@code request} at the engine clock's current instant. */
  Verdict check(@Nullable QueryRequest request);

  /** Checks {@code request} as of {@code at}. */
  Verdict check(@Nullable QueryRequest request, Instant at);

  /**
   * Checks {@code request} as of {@code at}, parsing its SQL in {@code dialect} (the JDBC layer
   * knows it from {@code DatabaseMetaData}); {@code null} falls back to the schema mapping's
   * dialect and, when that is absent too, to a dialect chosen from the text. This default ignores
   * {@code dialect}.
   */
  default Verdict check(@Nullable QueryRequest request, @Nullable Dialect dialect, Instant at) {
    return check(request, at);
  }
}
