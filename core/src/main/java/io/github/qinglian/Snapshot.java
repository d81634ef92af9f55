package io.github.qinglian;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.qinglian.model.Institution;
import io.github.qinglian.policy.Policy;
import io.github.qinglian.reference.ReferenceData;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Everything one check reads, fixed: the policy, the reference data and the institution. Built
 * once, never changed; {@link Qinglian#reload} swaps in a new one atomically, so a check sees one
 * snapshot from start to end. Immutable and thread-safe.
 */
public final class Snapshot {
  private static final AtomicLong SEQUENCE = new AtomicLong();

  private final long id;
  private final Institution institution;
  private final Policy policy;
  private final ReferenceData reference;
  private final Verdict allow;

  private Snapshot(Institution institution, Policy policy, ReferenceData reference) {
    this.id = SEQUENCE.incrementAndGet();
    this.institution = checkNotNull(institution, "institution");
    this.policy = checkNotNull(policy, "policy");
    this.reference = checkNotNull(reference, "reference");
    this.allow = Verdict.allow(policy.version());
  }

  /** Returns a snapshot of {@code policy} and {@code reference} for {@code institution}. */
  public static Snapshot of(Institution institution, Policy policy, ReferenceData reference) {
    return new Snapshot(institution, policy, reference);
  }

  /** A number that identifies this snapshot within the running JVM, increasing with each. */
  public long id() {
    return id;
  }

  /** The institution. */
  public Institution institution() {
    return institution;
  }

  /** The policy. */
  public Policy policy() {
    return policy;
  }

  /** The reference data. */
  public ReferenceData reference() {
    return reference;
  }

  /** The shared verdict for a subject with no findings under this snapshot. */
  public Verdict allowVerdict() {
    return allow;
  }

  @Override
  public String toString() {
    return "Snapshot{#" + id + ", " + institution + ", policy " + policy.version() + "}";
  }
}
