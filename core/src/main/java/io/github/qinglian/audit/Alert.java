package io.github.qinglian.audit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.qinglian.Decision;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Something a discipline office must hear about at once: a representative found in a clinical
 * area, an unfiled representative, a blocked or unresolved 统方 statement. Immutable and
 * thread-safe. Carries no patient data; {@code details} are short strings (a location id, a
 * client address, a SQL fingerprint), never a patient's name or id.
 *
 * <pre>{@code
 * Alert a = Alert.newBuilder(at, "VISIT", Decision.BLOCK)
 *     .ruleIds(ImmutableList.of("VISIT.LOCATION"))
 *     .subjectId("V-1").actor("R1").where("WARD-3")
 *     .detail("locationKind", "WARD")
 *     .build();
 * }</pre>
 */
public final class Alert {
  private final Instant at;
  private final String source;
  private final Decision decision;
  private final ImmutableList<String> ruleIds;
  private final @Nullable String subjectId;
  private final @Nullable String actor;
  private final @Nullable String where;
  private final ImmutableMap<String, String> details;

  private Alert(Builder b) {
    this.at = b.at;
    this.source = b.source;
    this.decision = b.decision;
    this.ruleIds = b.ruleIds;
    this.subjectId = b.subjectId;
    this.actor = b.actor;
    this.where = b.where;
    this.details = b.details.buildKeepingLast();
  }

  /** Starts an alert raised at {@code at} by {@code source} (a family: VISIT, TONGFANG …). */
  public static Builder newBuilder(Instant at, String source, Decision decision) {
    return new Builder(at, source, decision);
  }

  /** When. */
  public Instant at() {
    return at;
  }

  /** The family that raised it. */
  public String source() {
    return source;
  }

  /** The decision of the check that raised it. */
  public Decision decision() {
    return decision;
  }

  /** The rules behind it. */
  public ImmutableList<String> ruleIds() {
    return ruleIds;
  }

  /** The subject's id (a visit, a query), if any. */
  public @Nullable String subjectId() {
    return subjectId;
  }

  /** Who: a representative id, a user id. */
  public @Nullable String actor() {
    return actor;
  }

  /** Where: a location id, a client address. */
  public @Nullable String where() {
    return where;
  }

  /** Further short facts. */
  public ImmutableMap<String, String> details() {
    return details;
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("Alert")
        .omitNullValues()
        .add("at", at)
        .add("source", source)
        .add("decision", decision)
        .add("ruleIds", ruleIds)
        .add("subjectId", subjectId)
        .add("actor", actor)
        .add("where", where)
        .add("details", details.isEmpty() ? null : details)
        .toString();
  }

  /** Builds an {@link Alert}. Not thread-safe. */
  public static final class Builder {
    private final Instant at;
    private final String source;
    private final Decision decision;
    private ImmutableList<String> ruleIds = ImmutableList.of();
    private @Nullable String subjectId;
    private @Nullable String actor;
    private @Nullable String where;
    private final ImmutableMap.Builder<String, String> details = ImmutableMap.builder();

    private Builder(Instant at, String source, Decision decision) {
      this.at = checkNotNull(at, "at");
      this.source = checkNotNull(source, "source");
      this.decision = checkNotNull(decision, "decision");
      checkArgument(!source.isEmpty(), "source is empty");
    }

    /** Sets the rule ids. */
    public Builder ruleIds(Iterable<String> ids) {
      this.ruleIds = ImmutableList.copyOf(ids);
      return this;
    }

    /** Sets the subject id. */
    public Builder subjectId(@Nullable String id) {
      this.subjectId = id;
      return this;
    }

    /** Sets who. */
    public Builder actor(@Nullable String actor) {
      this.actor = actor;
      return this;
    }

    /** Sets where. */
    public Builder where(@Nullable String where) {
      this.where = where;
      return this;
    }

    /** Adds a detail; a {@code null} value is skipped. */
    public Builder detail(String key, @Nullable String value) {
      if (value != null) {
        details.put(checkNotNull(key, "key"), value);
      }
      return this;
    }

    /** Returns the alert. */
    public Alert build() {
      return new Alert(this);
    }
  }
}
