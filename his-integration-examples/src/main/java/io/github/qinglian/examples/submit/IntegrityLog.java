package io.github.qinglian.examples.submit;

import io.github.qinglian.audit.Pseudonymizer;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.qinglian.Decision;
import io.github.qinglian.Verdict;
import io.github.qinglian.model.Patient;
import io.github.qinglian.model.Prescription;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The integrity log the 纪检监察室 and 药学部 read: every prescription check that was not a
 * plain ALLOW (WARN, REVIEW, BLOCK), and every pharmacist decision on a held prescription.
 *
 * <p>An entry names the prescription id, the prescriber (the subject of the rules), the decision,
 * the rule ids and the policy version. It never holds the patient's id or name: when a
 * {@link Pseudonymizer} is configured, the patient appears as its keyed pseudonym, and
 * otherwise not at all. A pharmacist's free-text reason for a rejection is not logged either, as
 * it may name the patient; it stays with the prescription in the {@link PharmacistQueue}.
 *
 * <p>Thread-safe. Kept in memory here; a real HIS appends the same lines to its audit table or a
 * write-once file.
 *
 * <pre>{@code
 * IntegrityLog log = new IntegrityLog(clock, Pseudonymizer.withKey(key));
 * log.checked(rx, verdict);
 * for (String line : log.lines()) System.out.println(line);
 * }</pre>
 */
public final class IntegrityLog {
  /** What an entry records. */
  public enum Event {
    /** A check decided WARN, REVIEW or BLOCK. */
    CHECKED,
    /** A pharmacist approved a held prescription. */
    APPROVED,
    /** A pharmacist rejected a held prescription. */
    REJECTED
  }

  private final Clock clock;
  private final @Nullable Pseudonymizer pseudonymizer;
  private final List<Entry> entries = new ArrayList<>();

  /** A log timed by {@code clock} that leaves patients out of its entries altogether. */
  public IntegrityLog(Clock clock) {
    this.clock = checkNotNull(clock, "clock");
    this.pseudonymizer = null;
  }

  /** A log timed by {@code clock} that names patients by their {@code pseudonymizer} pseudonym. */
  public IntegrityLog(Clock clock, Pseudonymizer pseudonymizer) {
    this.clock = checkNotNull(clock, "clock");
    this.pseudonymizer = checkNotNull(pseudonymizer, "pseudonymizer");
  }

  /** Records the check of {@code rx} that gave {@code verdict}. */
  public Entry checked(Prescription rx, Verdict verdict) {
    return append(Event.CHECKED, rx, verdict, null);
  }

  /** Records that {@code pharmacistId} approved {@code review}. */
  public Entry approved(PharmacistQueue.PendingReview review, String pharmacistId) {
    return append(Event.APPROVED, review.prescription(), review.verdict(),
        checkNotNull(pharmacistId, "pharmacistId"));
  }

  /** Records that {@code pharmacistId} rejected {@code review}; the reason is not logged. */
  public Entry rejected(PharmacistQueue.PendingReview review, String pharmacistId) {
    return append(Event.REJECTED, review.prescription(), review.verdict(),
        checkNotNull(pharmacistId, "pharmacistId"));
  }

  private Entry append(Event event, Prescription rx, Verdict verdict, @Nullable String actor) {
    Entry e = new Entry(clock.instant(), clock.getZone(), event, InMemoryPrescriptionStore.idOf(rx),
        rx.prescriberId(), verdict.decision(), verdict.ruleIds(), verdict.policyVersion(),
        patientRef(rx.patient()), actor);
    synchronized (entries) {
      entries.add(e);
    }
    return e;
  }

  private @Nullable String patientRef(@Nullable Patient patient) {
    if (pseudonymizer == null || patient == null || patient.id() == null) {
      return null;
    }
    return pseudonymizer.patient(patient.id());
  }

  /** The entries, oldest first. */
  public ImmutableList<Entry> entries() {
    synchronized (entries) {
      return ImmutableList.copyOf(entries);
    }
  }

  /** The entries as the lines a HIS would append to its audit file, oldest first. */
  public ImmutableList<String> lines() {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (Entry e : entries()) {
      out.add(e.toLine());
    }
    return out.build();
  }

  @Override
  public String toString() {
    return "IntegrityLog{" + entries().size() + " entries}";
  }

  /** One entry. Immutable and thread-safe; holds no patient id. */
  public static final class Entry {
    private static final DateTimeFormatter TIME =
        DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");

    private final Instant at;
    private final ZoneId zone;
    private final Event event;
    private final String prescriptionId;
    private final @Nullable String prescriberId;
    private final Decision decision;
    private final ImmutableSet<String> ruleIds;
    private final String policyVersion;
    private final @Nullable String patientRef;
    private final @Nullable String pharmacistId;

    private Entry(Instant at, ZoneId zone, Event event, String prescriptionId,
        @Nullable String prescriberId, Decision decision, ImmutableSet<String> ruleIds,
        String policyVersion, @Nullable String patientRef, @Nullable String pharmacistId) {
      this.at = at;
      this.zone = zone;
      this.event = event;
      this.prescriptionId = prescriptionId;
      this.prescriberId = prescriberId;
      this.decision = decision;
      this.ruleIds = ruleIds;
      this.policyVersion = policyVersion;
      this.patientRef = patientRef;
      this.pharmacistId = pharmacistId;
    }

    /** When it was recorded. */
    public Instant at() {
      return at;
    }

    /** What it records. */
    public Event event() {
      return event;
    }

    /** The HIS's prescription id. */
    public String prescriptionId() {
      return prescriptionId;
    }

    /** The prescriber's staff id, as submitted. */
    public @Nullable String prescriberId() {
      return prescriberId;
    }

    /** The check's decision (for APPROVED and REJECTED: the decision that held it). */
    public Decision decision() {
      return decision;
    }

    /** The rule ids of the check's findings. */
    public ImmutableSet<String> ruleIds() {
      return ruleIds;
    }

    /** The policy version the check was decided under. */
    public String policyVersion() {
      return policyVersion;
    }

    /** The patient's keyed pseudonym, or {@code null} when no key is configured. */
    public @Nullable String patientRef() {
      return patientRef;
    }

    /** The pharmacist who approved or rejected, or {@code null} for a check. */
    public @Nullable String pharmacistId() {
      return pharmacistId;
    }

    /**
     * The entry as one line: {@code time event rx=… prescriber=… decision=… rules=[…]
     * policy=… [patient=…] [pharmacist=…]}, the time to the millisecond in the clock's zone.
     */
    public String toLine() {
      StringBuilder sb = new StringBuilder(128);
      sb.append(TIME.format(at.atZone(zone)))
          .append(' ').append(event)
          .append(" rx=").append(prescriptionId)
          .append(" prescriber=").append(prescriberId == null ? "-" : prescriberId)
          .append(" decision=").append(decision)
          .append(" rules=").append(ruleIds)
          .append(" policy=").append(policyVersion);
      if (patientRef != null) {
        sb.append(" patient=").append(patientRef);
      }
      if (pharmacistId != null) {
        sb.append(" pharmacist=").append(pharmacistId);
      }
      return sb.toString();
    }

    @Override
    public String toString() {
      return toLine();
    }
  }
}
