package io.github.qinglian;

import io.github.qinglian.model.PurchaseOrder;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Checks purchase orders against the procurement rules ({@code PROC.OFF_PLATFORM},
 * {@code PROC.PRICE}, {@code PROC.PRIVATE}, {@code PROC.SUPPLIER}, {@code PROC.VBP_PRIORITY},
 * {@code PROC.VBP_VOLUME}, {@code PROC.PAYMENT}, {@code PROC.TRACE_CODE}). Obtain one from
 * {@link Qinglian#purchases()}. Check an order when it is created, again at acceptance (验收) and
 * at payment: the deadlines (exception filing, payment) are judged at the evaluation instant.
 *
 * <p>Thread-safe, lock-free on the read path, and never throws: a {@code null} or malformed order
 * gets an {@code INPUT.INVALID} finding (BLOCK by default) naming the field, and an internal
 * failure becomes an {@code ENGINE.ERROR} finding whose severity the policy's clinical fail mode
 * sets (WARN by default). A clean order gets the snapshot's shared ALLOW verdict.
 *
 * <pre>{@code
 * Verdict v = qinglian.purchases().check(order);
 * if (v.decision() == Decision.BLOCK) {
 *   throw new OrderRefused(v.findings());   // ruleId, message().zh(), evidence()
 * }
 * }</pre>
 */
public interface PurchaseChecker {
  /** Checks {@code order} at the engine clock's current instant. */
  Verdict check(@Nullable PurchaseOrder order);

  /**
   * Checks {@code order} as of {@code at}: the instant against which pending filings, unpaid
   * deliveries and VBP schedules are judged.
   */
  Verdict check(@Nullable PurchaseOrder order, Instant at);
}
