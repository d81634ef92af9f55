package io.github.qinglian;

import io.github.qinglian.model.Prescription;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Checks prescriptions against every RX rule of the catalog. Obtain one from
 * {@link Qinglian#prescriptions()}.
 *
 * <p>Thread-safe, lock-free on the read path, and never throws: a {@code null} or malformed
 * prescription gets an {@code INPUT.INVALID} finding naming the field, and an internal failure
 * becomes an {@code ENGINE.ERROR} finding whose severity the policy's fail mode sets (WARN by
 * default). A clean prescription gets the snapshot's shared ALLOW verdict, allocating nothing.
 *
 * <pre>{@code
 * Verdict v = checker.check(prescription);
 * switch (v.decision()) {
 *   case BLOCK:  refuse(v.findings()); break;
 *   case REVIEW: pharmacistQueue.add(prescription, v); break;
 *   case WARN:   record(v); // and proceed
 *   default:     proceed();
 * }
 * }</pre>
 */
public interface PrescriptionChecker {
  /** Checks {@code prescription} at the engine clock's current instant. */
  Verdict check(@Nullable Prescription prescription);

  /**
   * Checks {@code prescription} as of {@code at} (the evaluation instant for deadlines such as
   * the emergency-override paperwork).
   */
  Verdict check(@Nullable Prescription prescription, Instant at);
}
