package io.github.qinglian;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The answer to one check: the decision and the findings behind it.
 *
 * <p>Immutable and thread-safe. The decision is the most severe finding's severity, or
 * {@link Decision#ALLOW} when there are none; findings are ordered by {@link Finding#ORDER}.
 * A verdict names no subject: checkers may return one shared instance for every clean subject,
 * so compare decisions and findings, not identities. Never {@code null}.
 *
 * <pre>{@code
 * Verdict v = checker.check(prescription);
 * if (v.decision() == Decision.BLOCK) {
 *   throw new PrescriptionRefused(v.findings());
 * }
 * }</pre>
 */
public final class Verdict {
  private final Decision decision;
  private final ImmutableList<Finding> findings;
  private final ImmutableSet<String> obligations;
  private final @Nullable String classification;
  private final ImmutableList<String> statementClassifications;
  private final String policyVersion;
  private @Nullable ImmutableSet<String> ruleIds;

  private Verdict(
      ImmutableList<Finding> findings,
      ImmutableSet<String> obligations,
      @Nullable String classification,
      ImmutableList<String> statementClassifications,
      String policyVersion) {
    Decision d = Decision.ALLOW;
    for (int i = 0; i < findings.size(); i++) {
      d = d.max(findings.get(i).severity());
    }
    this.decision = d;
    this.findings = findings;
    this.obligations = obligations;
    this.classification = classification;
    this.statementClassifications = statementClassifications;
    this.policyVersion = checkNotNull(policyVersion, "policyVersion");
  }

  /** A verdict with no findings: {@link Decision#ALLOW}. */
  public static Verdict allow(String policyVersion) {
    return new Verdict(ImmutableList.<Finding>of(), ImmutableSet.<String>of(), null,
        ImmutableList.<String>of(), policyVersion);
  }

  /** A verdict over {@code findings}, in any order; they are sorted by {@link Finding#ORDER}. */
  public static Verdict of(Iterable<Finding> findings, String policyVersion) {
    return newBuilder(policyVersion).addAll(findings).build();
  }

  /** Starts a verdict under the policy version {@code policyVersion}. */
  public static Builder newBuilder(String policyVersion) {
    return new Builder(policyVersion);
  }

  /** The most severe finding's severity, or ALLOW. */
  public Decision decision() {
    return decision;
  }

  /** The findings, most severe first. */
  public ImmutableList<Finding> findings() {
    return findings;
  }

  /** What the caller must do if it proceeds (for example {@code MASK_PRESCRIBER}). */
  public ImmutableSet<String> obligations() {
    return obligations;
  }

  /** The statement's class, for the query guard; {@code null} for other kinds. */
  public @Nullable String classification() {
    return classification;
  }

  /**
   * The class of each statement, in order, for the query guard (a string may hold several
   * statements; {@link #classification()} is the first of UNRESOLVED, PRESCRIBER_STATS,
   * DEPARTMENT_STATS, DRUG_TOTALS, NONE among them); empty for other kinds.
   */
  public ImmutableList<String> statementClassifications() {
    return statementClassifications;
  }

  /** The version of the policy this verdict was decided under. */
  public String policyVersion() {
    return policyVersion;
  }

  /** Whether a finding of {@code ruleId} is present. */
  public boolean has(String ruleId) {
    for (int i = 0; i < findings.size(); i++) {
      if (findings.get(i).ruleId().equals(ruleId)) {
        return true;
      }
    }
    return false;
  }

  /** The findings of {@code ruleId}, in verdict order. */
  public ImmutableList<Finding> findings(String ruleId) {
    ImmutableList.Builder<Finding> out = ImmutableList.builder();
    for (Finding f : findings) {
      if (f.ruleId().equals(ruleId)) {
        out.add(f);
      }
    }
    return out.build();
  }

  /** The distinct rule ids of the findings, in verdict order. */
  public ImmutableSet<String> ruleIds() {
    ImmutableSet<String> ids = ruleIds;
    if (ids == null) { // made once, on first use (racy but idempotent, as String.hashCode)
      if (findings.isEmpty()) {
        ids = ImmutableSet.of();
      } else {
        ImmutableSet.Builder<String> out = ImmutableSet.builderWithExpectedSize(findings.size());
        for (Finding f : findings) {
          out.add(f.ruleId());
        }
        ids = out.build();
      }
      ruleIds = ids;
    }
    return ids;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Verdict)) {
      return false;
    }
    Verdict v = (Verdict) o;
    return decision == v.decision
        && findings.equals(v.findings)
        && obligations.equals(v.obligations)
        && policyVersion.equals(v.policyVersion)
        && statementClassifications.equals(v.statementClassifications)
        && (classification == null
            ? v.classification == null
            : classification.equals(v.classification));
  }

  @Override
  public int hashCode() {
    return (decision.hashCode() * 31 + findings.hashCode()) * 31 + policyVersion.hashCode();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(decision.name());
    for (Finding f : findings) {
      sb.append("\n  ").append(f);
    }
    return sb.toString();
  }

  /** Builds a {@link Verdict}. Not thread-safe; use once. */
  public static final class Builder {
    private final String policyVersion;
    private final List<Finding> findings = new ArrayList<>();
    private final ImmutableSet.Builder<String> obligations = ImmutableSet.builder();
    private @Nullable String classification;
    private ImmutableList<String> statementClassifications = ImmutableList.of();

    private Builder(String policyVersion) {
      this.policyVersion = checkNotNull(policyVersion, "policyVersion");
    }

    /** Adds a finding. */
    public Builder add(Finding finding) {
      findings.add(checkNotNull(finding, "finding"));
      return this;
    }

    /** Adds findings. */
    public Builder addAll(Iterable<Finding> more) {
      for (Finding f : more) {
        add(f);
      }
      return this;
    }

    /** Adds an obligation such as {@code MASK_PRESCRIBER}. */
    public Builder obligation(String obligation) {
      obligations.add(checkNotNull(obligation, "obligation"));
      return this;
    }

    /** Sets the query classification. */
    public Builder classification(@Nullable String classification) {
      this.classification = classification;
      return this;
    }

    /** Sets the class of each statement, in order. */
    public Builder statementClassifications(Iterable<String> classes) {
      this.statementClassifications = ImmutableList.copyOf(classes);
      return this;
    }

    /** Returns the verdict, its findings sorted by {@link Finding#ORDER}. */
    public Verdict build() {
      Collections.sort(findings, Finding.ORDER);
      return new Verdict(
          ImmutableList.copyOf(findings), obligations.build(), classification,
          statementClassifications, policyVersion);
    }
  }
}
