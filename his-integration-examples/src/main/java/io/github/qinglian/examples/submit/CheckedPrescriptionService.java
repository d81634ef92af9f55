package io.github.qinglian.examples.submit;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.qinglian.Decision;
import io.github.qinglian.Finding;
import io.github.qinglian.LocalizedText;
import io.github.qinglian.PrescriptionChecker;
import io.github.qinglian.Verdict;
import io.github.qinglian.examples.submit.SubmitResult.Status;
import io.github.qinglian.model.Prescription;
import io.github.qinglian.policy.FailMode;
import java.util.Collections;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HIS's {@link PrescriptionService}, with Qinglian's prescription check in front of it. The
 * verdict's decision decides what happens:
 *
 * <table>
 *   <caption>What each decision does</caption>
 *   <tr><th>decision</th><th>stored?</th><th>result</th></tr>
 *   <tr><td>ALLOW</td><td>yes, by the wrapped service</td><td>{@code ACCEPTED}</td></tr>
 *   <tr><td>WARN</td><td>yes; the warning goes to the integrity log</td>
 *       <td>{@code ACCEPTED_WITH_WARNING}</td></tr>
 *   <tr><td>REVIEW</td><td>held in the {@link PharmacistQueue}; stored when approved</td>
 *       <td>{@code PENDING_REVIEW}</td></tr>
 *   <tr><td>BLOCK</td><td>never</td><td>{@code REFUSED}, with every finding's rule id and
 *       message</td></tr>
 * </table>
 *
 * <p>WARN, REVIEW and BLOCK are recorded in the {@link IntegrityLog} before anything else
 * happens. When the wrapped service itself refuses (a duplicate prescription number), its result
 * is returned as it is.
 *
 * <p><b>A broken check never stops a prescription by surprise.</b> Qinglian's own checker never
 * throws: an internal failure comes back as an {@code ENGINE.ERROR} finding whose severity is the
 * policy's clinical fail mode, WARN by default, and this service handles it like any other WARN
 * (stored, logged). A hospital that sets {@code failMode.clinical} to REVIEW or BLOCK gets that
 * handling instead. This class still guards the call, because the checker it is given may be
 * another implementation (a sidecar client, a vendor's adapter) or fail to link against an old
 * library on the HIS's class path: an exception, a linkage error or a {@code null} verdict from
 * the checker is turned into the same {@code ENGINE.ERROR} finding at {@code onCheckerFailure}
 * and handled the same way. Exceptions from the wrapped service (the HIS's own code) pass
 * through unchanged.
 *
 * <p>Thread-safe if its collaborators are (the ones in this package are).
 *
 * <pre>{@code
 * PrescriptionService checked =
 *     new CheckedPrescriptionService(his, qinglian.prescriptions(), queue, log);
 * SubmitResult r = checked.submit(rx);
 * }</pre>
 */
public final class CheckedPrescriptionService implements PrescriptionService {
  private static final Logger LOG = LoggerFactory.getLogger(CheckedPrescriptionService.class);

  /** The rule id of an internal failure, from Qinglian's catalog. */
  static final String ENGINE_ERROR = "ENGINE.ERROR";

  /** The policy version named by a verdict made here because the checker failed. */
  static final String UNKNOWN_POLICY = "unknown";

  private final PrescriptionService delegate;
  private final PrescriptionChecker checker;
  private final PharmacistQueue queue;
  private final IntegrityLog log;
  private final Decision onCheckerFailure;

  /**
   * Wraps {@code delegate}, checking with {@code checker}; a checker that fails outright counts
   * as {@code ENGINE.ERROR} at the default clinical fail mode (WARN).
   */
  public CheckedPrescriptionService(
      PrescriptionService delegate,
      PrescriptionChecker checker,
      PharmacistQueue queue,
      IntegrityLog log) {
    this(delegate, checker, queue, log, FailMode.defaults().clinical());
  }

  /**
   * Wraps {@code delegate}, checking with {@code checker}; a checker that fails outright counts
   * as {@code ENGINE.ERROR} at {@code onCheckerFailure} (pass the policy's
   * {@code failMode().clinical()} to keep the two in step).
   */
  public CheckedPrescriptionService(
      PrescriptionService delegate,
      PrescriptionChecker checker,
      PharmacistQueue queue,
      IntegrityLog log,
      Decision onCheckerFailure) {
    this.delegate = checkNotNull(delegate, "delegate");
    this.checker = checkNotNull(checker, "checker");
    this.queue = checkNotNull(queue, "queue");
    this.log = checkNotNull(log, "log");
    this.onCheckerFailure = checkNotNull(onCheckerFailure, "onCheckerFailure");
  }

  @Override
  public SubmitResult submit(Prescription rx) {
    String id = InMemoryPrescriptionStore.idOf(rx);
    Verdict verdict = check(rx);
    switch (verdict.decision()) {
      case BLOCK:
        log.checked(rx, verdict);
        return SubmitResult.of(Status.REFUSED, id, verdict);
      case REVIEW:
        log.checked(rx, verdict);
        queue.enqueue(rx, verdict);
        return SubmitResult.of(Status.PENDING_REVIEW, id, verdict);
      case WARN:
        log.checked(rx, verdict);
        return proceed(rx, id, verdict, Status.ACCEPTED_WITH_WARNING);
      case ALLOW:
        return proceed(rx, id, verdict, Status.ACCEPTED);
      default:
        throw new AssertionError(verdict.decision());
    }
  }

  private SubmitResult proceed(Prescription rx, String id, Verdict verdict, Status status) {
    SubmitResult stored = delegate.submit(rx);
    return stored.status() == Status.ACCEPTED ? SubmitResult.of(status, id, verdict) : stored;
  }

  private Verdict check(Prescription rx) {
    @Nullable Verdict v;
    Throwable failure = null;
    try {
      v = checker.check(rx);
    } catch (RuntimeException | LinkageError e) {
      v = null;
      failure = e;
    }
    if (v != null) {
      return v;
    }
    String what = failure == null ? "NullVerdict" : failure.getClass().getSimpleName();
    // The message may quote the prescription; log the type only.
    LOG.warn("prescription check failed ({}); handled as {} under the fail mode", what,
        onCheckerFailure);
    return Verdict.of(
        Collections.singletonList(
            Finding.newBuilder(ENGINE_ERROR, onCheckerFailure)
                .message(LocalizedText.of(
                    "处方检查内部错误（" + what + "），按失效模式处理为 " + onCheckerFailure,
                    "the prescription check failed internally (" + what
                        + "); handled as " + onCheckerFailure + " under the fail mode"))
                .evidence("error", what)
                .evidence("failMode", onCheckerFailure.name())
                .build()),
        UNKNOWN_POLICY);
  }

  @Override
  public String toString() {
    return "CheckedPrescriptionService{" + delegate + "}";
  }
}
