package io.github.qinglian;

import io.github.qinglian.model.Visit;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Checks pharmaceutical representatives' visits against every VISIT rule of the catalog (三定三有:
 * fixed times, places and hosts; appointment, approval process and record; filing, blacklist,
 * purpose and monthly frequency), at the visit's stage: APPOINTMENT, CHECK_IN or CLOSE. Obtain
 * one from {@link Qinglian#visits()}.
 *
 * <p>Thread-safe, lock-free on the read path, and never throws: a {@code null} or malformed visit
 * gets an {@code INPUT.INVALID} finding naming the field (REVIEW by default), and an internal
 * failure becomes an {@code ENGINE.ERROR} finding whose severity the policy's fail mode sets. A
 * visit at a clinical location (always BLOCK, whatever the policy) or by an unfiled representative
 * also raises an {@link io.github.qinglian.audit.Alert} through the engine's
 * {@link io.github.qinglian.audit.AlertSink}; a sink that throws does not change the verdict. A
 * clean visit gets the snapshot's shared ALLOW verdict.
 *
 * <pre>{@code
 * Verdict v = qinglian.visits().check(visit);
 * if (v.decision() == Decision.BLOCK) {
 *   receptionDesk.refuse(visit, v.findings());
 * } else {
 *   ledger.append(LedgerEntry.of(LedgerEntry.Type.CHECK_IN, visit, v));
 * }
 * }</pre>
 */
public interface VisitChecker {
  /** Checks {@code visit} at the engine clock's current instant. */
  Verdict check(@Nullable Visit visit);

  /**
   * Checks {@code visit} as of {@code at}, the evaluation instant (the deadline of the record is
   * judged against it).
   */
  Verdict check(@Nullable Visit visit, Instant at);
}
