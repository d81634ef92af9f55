package io.github.qinglian;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import io.github.qinglian.audit.AlertSink;
import io.github.qinglian.audit.AuditSink;
import io.github.qinglian.audit.Slf4jAlertSink;
import io.github.qinglian.audit.Slf4jAuditSink;
import io.github.qinglian.checkers.prescription.PrescriptionRules;
import io.github.qinglian.checkers.procurement.FormularyRules;
import io.github.qinglian.checkers.procurement.PurchaseRules;
import io.github.qinglian.checkers.tongfang.TongfangRules;
import io.github.qinglian.checkers.visit.VisitRules;
import io.github.qinglian.model.Institution;
import io.github.qinglian.policy.Policy;
import io.github.qinglian.reference.ReferenceData;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine: holds the live {@link Snapshot} of policy and reference data and hands out the
 * checkers that read it. Thread-safe. Checks read the snapshot with one volatile read and no
 * lock; {@link #reload} builds the new snapshot first and swaps it in atomically, so a check sees
 * the old snapshot or the new one, never a mixture, and a rejected reload leaves the old one live.
 * A policy's warnings (loosened statutory limits) are logged at WARN when it is installed.
 *
 * <pre>{@code
 * Qinglian qinglian = Qinglian.newBuilder()
 *     .institution(Institution.of("H1", InstitutionLevel.TERTIARY))
 *     .policy(policy)
 *     .reference(reference)
 *     .build();
 * Verdict v = qinglian.prescriptions().check(prescription);
 * Verdict w = qinglian.visits().check(visit);
 * }</pre>
 */
public final class Qinglian {
  private final AtomicReference<Snapshot> live;
  private final Clock clock;
  private final PrescriptionChecker prescriptions;
  private final PurchaseChecker purchases;
  private final FormularyChecker formulary;
  private final VisitChecker visits;
  private final QueryChecker queries;

  private static final Logger LOG = LoggerFactory.getLogger(Qinglian.class);

  private Qinglian(Builder b) {
    logWarnings(b.policy);
    this.live = new AtomicReference<>(Snapshot.of(b.institution, b.policy, b.reference));
    this.clock = b.clock;
    this.prescriptions = new PrescriptionRules(this::snapshot, clock);
    this.purchases = new PurchaseRules(this::snapshot, clock);
    this.formulary = new FormularyRules(this::snapshot, clock);
    this.visits = new VisitRules(this::snapshot, clock, b.alertSink);
    this.queries = new TongfangRules(this::snapshot, clock, b.auditSink, b.alertSink);
  }

  /** Starts an engine. */
  public static Builder newBuilder() {
    return new Builder();
  }

  /** The live snapshot. */
  public Snapshot snapshot() {
    return live.get();
  }

  /** The clock checks take their time from. */
  public Clock clock() {
    return clock;
  }

  /** The prescription checker, reading the live snapshot at each check. */
  public PrescriptionChecker prescriptions() {
    return prescriptions;
  }

  /** The purchase-order checker, reading the live snapshot at each check. */
  public PurchaseChecker purchases() {
    return purchases;
  }

  /** The supply-catalogue change checker, reading the live snapshot at each check. */
  public FormularyChecker formulary() {
    return formulary;
  }

  /**
   * The representative-visit checker (三定三有), reading the live snapshot at each check and
   * raising alerts through the builder's {@link Builder#alertSink alert sink}.
   */
  public VisitChecker visits() {
    return visits;
  }

  /**
   * The 统方 guard, reading the live snapshot at each check, auditing to the builder's audit sink
   * and alerting to its alert sink.
   */
  public QueryChecker queries() {
    return queries;
  }

  /**
   * Replaces the policy and reference data. Both are already validated objects; the new snapshot
   * is built completely before it is published.
   *
   * @return the new live snapshot
   */
  public Snapshot reload(Policy policy, ReferenceData reference) {
    checkNotNull(policy, "policy");
    checkNotNull(reference, "reference");
    logWarnings(policy);
    return live.updateAndGet(old -> Snapshot.of(old.institution(), policy, reference));
  }

  /**
   * Replaces the policy, keeping the reference data; a concurrent {@link #reload(ReferenceData)}
   * is never lost.
   */
  public Snapshot reload(Policy policy) {
    checkNotNull(policy, "policy");
    logWarnings(policy);
    return live.updateAndGet(old -> Snapshot.of(old.institution(), policy, old.reference()));
  }

  /**
   * Replaces the reference data, keeping the policy; a concurrent {@link #reload(Policy)} is
   * never lost.
   */
  public Snapshot reload(ReferenceData reference) {
    checkNotNull(reference, "reference");
    return live.updateAndGet(old -> Snapshot.of(old.institution(), old.policy(), reference));
  }

  /** Configuration time only: a loosened statutory limit deserves a line in the log. */
  private static void logWarnings(Policy policy) {
    for (ConfigProblem w : policy.warnings()) {
      LOG.warn("policy {}: {}", policy.version(), w);
    }
  }

  @Override
  public String toString() {
    return "Qinglian{" + snapshot() + "}";
  }

  /** Builds a {@link Qinglian}. Each setting may be given once. Not thread-safe. */
  public static final class Builder {
    private @Nullable Institution institution;
    private Policy policy = Policy.defaults();
    private ReferenceData reference = ReferenceData.empty();
    private Clock clock = Clock.systemUTC();
    private AlertSink alertSink = Slf4jAlertSink.instance();
    private boolean policySet;
    private boolean referenceSet;
    private boolean clockSet;
    private AuditSink auditSink = Slf4jAuditSink.instance();
    private boolean auditSinkSet;
    private boolean alertSinkSet;

    private Builder() {}

    /** Sets the institution (required). */
    public Builder institution(Institution institution) {
      checkState(this.institution == null, "institution was already set to %s", this.institution);
      this.institution = checkNotNull(institution, "institution");
      return this;
    }

    /** Sets the policy (default: {@link Policy#defaults()}). */
    public Builder policy(Policy policy) {
      checkState(!policySet, "policy was already set to %s", this.policy);
      this.policy = checkNotNull(policy, "policy");
      policySet = true;
      return this;
    }

    /** Sets the reference data (default: empty). */
    public Builder reference(ReferenceData reference) {
      checkState(!referenceSet, "reference data was already set to %s", this.reference);
      this.reference = checkNotNull(reference, "reference");
      referenceSet = true;
      return this;
    }

    /** Sets the clock (default: the system clock). Tests pass a fixed clock. */
    public Builder clock(Clock clock) {
      checkState(!clockSet, "clock was already set to %s", this.clock);
      this.clock = checkNotNull(clock, "clock");
      clockSet = true;
      return this;
    }

    /**
     * Sets where the 统方 guard's audit events go (default: {@link Slf4jAuditSink}, one JSON line
     * per event).
     */
    public Builder auditSink(AuditSink auditSink) {
      checkState(!auditSinkSet, "audit sink was already set to %s", this.auditSink);
      this.auditSink = checkNotNull(auditSink, "auditSink");
      auditSinkSet = true;
      return this;
    }

    /**
     * Sets where alerts go (a representative in a clinical area, an unfiled representative, a
     * blocked or unresolved 统方 statement): the hospital's pager, dashboard or queue. Default:
     * {@link Slf4jAlertSink#instance()}. A sink that throws is logged and ignored; it never
     * changes a verdict.
     */
    public Builder alertSink(AlertSink alertSink) {
      checkState(!alertSinkSet, "alert sink was already set to %s", this.alertSink);
      this.alertSink = checkNotNull(alertSink, "alertSink");
      alertSinkSet = true;
      return this;
    }

    /**
     * Returns the engine.
     *
     * @throws IllegalStateException if no institution was set
     */
    public Qinglian build() {
      checkState(institution != null, "an institution is required: institution(Institution.of(...))");
      return new Qinglian(this);
    }
  }
}
