package io.github.qinglian.audit;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import io.github.qinglian.Decision;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One decision worth a discipline office's record: a statement the 统方 guard classified other
 * than NONE, allowed or not. Immutable and thread-safe. Carries the SQL only as a fingerprint
 * (literals replaced by {@code ?}), never a patient identifier.
 *
 * <pre>{@code
 * AuditEvent e = AuditEvent.newBuilder(at, "TONGFANG", Decision.BLOCK)
 *     .userId("u-7").clientAddress("10.2.3.4").classification("PRESCRIBER_STATS")
 *     .ruleIds(ImmutableList.of("TF.PRESCRIBER_STATS"))
 *     .fingerprint("SELECT ysdm, SUM(je) FROM mz_cfmx GROUP BY ysdm")
 *     .build();
 * }</pre>
 */
public final class AuditEvent {
  private final Instant at;
  private final String source;
  private final Decision decision;
  private final @Nullable String subjectId;
  private final @Nullable String userId;
  private final @Nullable String clientAddress;
  private final @Nullable String classification;
  private final ImmutableList<String> ruleIds;
  private final @Nullable String fingerprint;
  private final @Nullable String purpose;
  private final @Nullable String approvalId;
  private final String policyVersion;

  private AuditEvent(Builder b) {
    this.at = b.at;
    this.source = b.source;
    this.decision = b.decision;
    this.subjectId = b.subjectId;
    this.userId = b.userId;
    this.clientAddress = b.clientAddress;
    this.classification = b.classification;
    this.ruleIds = b.ruleIds;
    this.fingerprint = b.fingerprint;
    this.purpose = b.purpose;
    this.approvalId = b.approvalId;
    this.policyVersion = b.policyVersion;
  }

  /** Starts an event at {@code at} from {@code source} (a family: TONGFANG …). */
  public static Builder newBuilder(Instant at, String source, Decision decision) {
    return new Builder(at, source, decision);
  }

  /** When. */
  public Instant at() {
    return at;
  }

  /** The family. */
  public String source() {
    return source;
  }

  /** The decision. */
  public Decision decision() {
    return decision;
  }

  /** The request's id, if any. */
  public @Nullable String subjectId() {
    return subjectId;
  }

  /** The HIS user. */
  public @Nullable String userId() {
    return userId;
  }

  /** The client address. */
  public @Nullable String clientAddress() {
    return clientAddress;
  }

  /** The statement's class. */
  public @Nullable String classification() {
    return classification;
  }

  /** The rules that fired. */
  public ImmutableList<String> ruleIds() {
    return ruleIds;
  }

  /** The SQL with literals replaced, or a report request's shape. */
  public @Nullable String fingerprint() {
    return fingerprint;
  }

  /** The stated purpose. */
  public @Nullable String purpose() {
    return purpose;
  }

  /** The approval relied on. */
  public @Nullable String approvalId() {
    return approvalId;
  }

  /** The policy version decided under. */
  public String policyVersion() {
    return policyVersion;
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("AuditEvent").omitNullValues().add("at", at)
        .add("source", source).add("decision", decision).add("subjectId", subjectId)
        .add("userId", userId).add("clientAddress", clientAddress)
        .add("classification", classification).add("ruleIds", ruleIds)
        .add("fingerprint", fingerprint).add("purpose", purpose).add("approvalId", approvalId)
        .add("policyVersion", policyVersion).toString();
  }

  /** Builds an {@link AuditEvent}. Not thread-safe. */
  public static final class Builder {
    private final Instant at;
    private final String source;
    private final Decision decision;
    private @Nullable String subjectId;
    private @Nullable String userId;
    private @Nullable String clientAddress;
    private @Nullable String classification;
    private ImmutableList<String> ruleIds = ImmutableList.of();
    private @Nullable String fingerprint;
    private @Nullable String purpose;
    private @Nullable String approvalId;
    private String policyVersion = "default";

    private Builder(Instant at, String source, Decision decision) {
      this.at = checkNotNull(at, "at");
      this.source = checkNotNull(source, "source");
      this.decision = checkNotNull(decision, "decision");
    }

    /** Sets the subject id. */
    public Builder subjectId(@Nullable String v) {
      this.subjectId = v;
      return this;
    }

    /** Sets the user id. */
    public Builder userId(@Nullable String v) {
      this.userId = v;
      return this;
    }

    /** Sets the client address. */
    public Builder clientAddress(@Nullable String v) {
      this.clientAddress = v;
      return this;
    }

    /** Sets the classification. */
    public Builder classification(@Nullable String v) {
      this.classification = v;
      return this;
    }

    /** Sets the rule ids. */
    public Builder ruleIds(Iterable<String> ids) {
      this.ruleIds = ImmutableList.copyOf(ids);
      return this;
    }

    /** Sets the fingerprint. */
    public Builder fingerprint(@Nullable String v) {
      this.fingerprint = v;
      return this;
    }

    /** Sets the purpose. */
    public Builder purpose(@Nullable String v) {
      this.purpose = v;
      return this;
    }

    /** Sets the approval. */
    public Builder approvalId(@Nullable String v) {
      this.approvalId = v;
      return this;
    }

    /** Sets the policy version. */
    public Builder policyVersion(String v) {
      this.policyVersion = checkNotNull(v);
      return this;
    }

    /** Returns the event. */
    public AuditEvent build() {
      return new AuditEvent(this);
    }
  }
}
