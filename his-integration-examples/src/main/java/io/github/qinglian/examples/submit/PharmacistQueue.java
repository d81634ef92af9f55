package io.github.qinglian.examples.submit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.qinglian.LocalizedText;
import io.github.qinglian.Verdict;
import io.github.qinglian.model.Prescription;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Prescriptions a check decided REVIEW, waiting for a pharmacist (处方审核). They are held here,
 * not stored: {@link #approve} hands one to the HIS's own submit path, which stores it for the
 * pharmacy; {@link #reject} drops it and tells the doctor why. Both are recorded in the
 * {@link IntegrityLog}.
 *
 * <p>Thread-safe. Each held prescription is decided once: of two pharmacists approving the same
 * one, the second gets a {@link NoSuchElementException}. A prescription resubmitted under an id
 * already held (the doctor revised it) replaces the held one.
 *
 * <pre>{@code
 * for (PharmacistQueue.PendingReview r : queue.list()) {
 *   show(r.prescriptionId(), r.verdict().findings());
 * }
 * queue.approve("RX-1", "PH01");
 * }</pre>
 */
public final class PharmacistQueue {
  /** The reason code the doctor sees when a pharmacist rejects a held prescription. */
  public static final String REJECTED = "PHARMACY.REJECTED";

  private final PrescriptionService onApproval;
  private final IntegrityLog log;
  private final Clock clock;
  private final Map<String, PendingReview> pending = new LinkedHashMap<>();

  /**
   * Creates a queue whose approved prescriptions go to {@code onApproval}, the HIS's own
   * (unchecked) submit path, with decisions recorded in {@code log}.
   */
  public PharmacistQueue(PrescriptionService onApproval, IntegrityLog log, Clock clock) {
    this.onApproval = checkNotNull(onApproval, "onApproval");
    this.log = checkNotNull(log, "log");
    this.clock = checkNotNull(clock, "clock");
  }

  /**
   * Holds {@code rx}, which a check decided REVIEW with {@code verdict}, replacing any held
   * prescription of the same id.
   */
  public PendingReview enqueue(Prescription rx, Verdict verdict) {
    PendingReview r = new PendingReview(rx, checkNotNull(verdict, "verdict"), clock.instant());
    synchronized (pending) {
      pending.remove(r.prescriptionId()); // a revision goes to the back of the queue
      pending.put(r.prescriptionId(), r);
    }
    return r;
  }

  /** The held prescriptions, oldest first. */
  public ImmutableList<PendingReview> list() {
    synchronized (pending) {
      return ImmutableList.copyOf(pending.values());
    }
  }

  /** The held prescription {@code prescriptionId}, if held. */
  public Optional<PendingReview> find(String prescriptionId) {
    synchronized (pending) {
      return Optional.ofNullable(pending.get(checkNotNull(prescriptionId, "prescriptionId")));
    }
  }

  /** How many prescriptions are held. */
  public int size() {
    synchronized (pending) {
      return pending.size();
    }
  }

  /**
   * {@code pharmacistId} approves the held prescription {@code prescriptionId}: it leaves the
   * queue and goes to the HIS's own submit path, whose result is returned (ACCEPTED once stored).
   *
   * @throws NoSuchElementException if no prescription of that id is held (never held, or already
   *     decided)
   */
  public SubmitResult approve(String prescriptionId, String pharmacistId) {
    checkArgument(!pharmacistId.isEmpty(), "pharmacistId is empty");
    PendingReview r = take(prescriptionId);
    log.approved(r, pharmacistId);
    return onApproval.submit(r.prescription());
  }

  /**
   * {@code pharmacistId} rejects the held prescription {@code prescriptionId} for
   * {@code reason}: it leaves the queue, is never stored, and the returned REFUSED result carries
   * the pharmacist's reason ({@value #REJECTED}) for the doctor. The reason is not written to the
   * integrity log.
   *
   * @throws NoSuchElementException if no prescription of that id is held
   */
  public SubmitResult reject(String prescriptionId, String pharmacistId, String reason) {
    checkArgument(!pharmacistId.isEmpty(), "pharmacistId is empty");
    checkNotNull(reason, "reason");
    PendingReview r = take(prescriptionId);
    log.rejected(r, pharmacistId);
    return SubmitResult.refused(r.prescriptionId(), REJECTED,
        LocalizedText.of("药师审核不通过：" + reason, "rejected by the pharmacist: " + reason));
  }

  private PendingReview take(String prescriptionId) {
    synchronized (pending) {
      PendingReview r = pending.remove(checkNotNull(prescriptionId, "prescriptionId"));
      if (r == null) {
        throw new NoSuchElementException("no prescription " + prescriptionId
            + " is waiting for review; it was never held or is already decided");
      }
      return r;
    }
  }

  @Override
  public String toString() {
    return "PharmacistQueue{" + size() + " held}";
  }

  /** A prescription waiting for a pharmacist, with the verdict that held it. Immutable. */
  public static final class PendingReview {
    private final Prescription prescription;
    private final Verdict verdict;
    private final Instant heldAt;

    private PendingReview(Prescription prescription, Verdict verdict, Instant heldAt) {
      InMemoryPrescriptionStore.idOf(prescription);
      this.prescription = prescription;
      this.verdict = verdict;
      this.heldAt = heldAt;
    }

    /** The prescription's id. */
    public String prescriptionId() {
      return InMemoryPrescriptionStore.idOf(prescription);
    }

    /** The prescription, as submitted. */
    public Prescription prescription() {
      return prescription;
    }

    /** The verdict that held it: what the pharmacist is asked to look at. */
    public Verdict verdict() {
      return verdict;
    }

    /** When it was held. */
    public Instant heldAt() {
      return heldAt;
    }

    /** Describes the review by prescription id and rule ids, without the patient. */
    @Override
    public String toString() {
      return "PendingReview{" + prescriptionId() + " " + verdict.ruleIds() + " held at " + heldAt
          + "}";
    }
  }
}
