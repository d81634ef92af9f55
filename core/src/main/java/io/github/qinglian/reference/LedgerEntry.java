package io.github.qinglian.reference;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import io.github.qinglian.Decision;
import io.github.qinglian.Verdict;
import io.github.qinglian.model.Appointment;
import io.github.qinglian.model.Visit;
import io.github.qinglian.model.VisitRecord;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One line of the visit ledger: an appointment, a check-in, a check-out or a record (有记录) of
 * one visit, with the decision the check gave it. Immutable and thread-safe.
 *
 * <p>{@code at} is when the event happened: the approval (or, while pending, the request) of an
 * appointment, the check-in, the check-out, the writing of the record. Only check-ins count as
 * visits in the monthly counts. {@link #of} derives an entry from a checked {@link Visit}.
 *
 * <pre>{@code
 * Verdict v = qinglian.visits().check(visit);
 * if (v.decision() != Decision.BLOCK) {
 *   ledger.append(LedgerEntry.of(LedgerEntry.Type.CHECK_IN, visit, v));
 * }
 * }</pre>
 */
public final class LedgerEntry {
  /** What happened. */
  public enum Type {
    /** An appointment was requested or approved (有预约, 有流程). */
    APPOINTMENT,
    /** The representative checked in: this is what counts as a visit. */
    CHECK_IN,
    /** The representative checked out. */
    CHECK_OUT,
    /** The record was written (有记录). */
    RECORD
  }

  private final Type type;
  private final String visitId;
  private final Instant at;
  private final String representativeId;
  private final @Nullable String companyId;
  private final @Nullable String locationId;
  private final ImmutableList<String> hostIds;
  private final @Nullable Decision decision;
  private final ImmutableList<String> ruleIds;
  private final @Nullable String appointmentId;
  private final @Nullable Instant start;
  private final @Nullable Instant end;
  private final ImmutableList<String> approvers;
  private final @Nullable String topic;
  private final ImmutableList<String> attendeeIds;

  private LedgerEntry(Builder b) {
    this.type = b.type;
    this.visitId = b.visitId;
    this.at = b.at;
    this.representativeId = b.representativeId;
    this.companyId = b.companyId;
    this.locationId = b.locationId;
    this.hostIds = b.hostIds;
    this.decision = b.decision;
    this.ruleIds = b.ruleIds;
    this.appointmentId = b.appointmentId;
    this.start = b.start;
    this.end = b.end;
    this.approvers = b.approvers;
    this.topic = b.topic;
    this.attendeeIds = b.attendeeIds;
  }

  /**
   * Starts an entry of {@code type} for visit {@code visitId} by {@code representativeId},
   * happening at {@code at}.
   *
   * @throws IllegalArgumentException if an id is blank
   */
  public static Builder newBuilder(
      Type type, String visitId, Instant at, String representativeId) {
    return new Builder(type, visitId, at, representativeId);
  }

  /**
   * The entry of {@code type} for {@code visit}, as checked with {@code verdict} (or {@code null}
   * when it was not checked): an APPOINTMENT carries the appointment's time, place, hosts and
   * approvers and happens at its approval (or request); a CHECK_IN and a CHECK_OUT carry the
   * visit's place and hosts; a RECORD carries the record's topic and attendees.
   *
   * @throws IllegalArgumentException if the visit lacks what the entry needs: an id, a
   *     representative, and the instant of the event
   */
  public static LedgerEntry of(Type type, Visit visit, @Nullable Verdict verdict) {
    checkNotNull(type, "type");
    checkNotNull(visit, "visit");
    checkArgument(!blank(visit.id()), "a ledger entry needs the visit's id");
    checkArgument(!blank(visit.representativeId()), "visit %s has no representativeId",
        visit.id());
    Appointment a = visit.appointment();
    VisitRecord r = visit.record();
    Instant at;
    switch (type) {
      case APPOINTMENT:
        checkArgument(a != null, "visit %s has no appointment", visit.id());
        at = a.approvedAt() != null ? a.approvedAt() : a.requestedAt();
        break;
      case CHECK_IN:
        at = visit.checkIn();
        break;
      case CHECK_OUT:
        at = visit.checkOut();
        break;
      default:
        checkArgument(r != null, "visit %s has no record", visit.id());
        at = r.recordedAt();
        break;
    }
    checkArgument(at != null, "visit %s has no instant for its %s entry", visit.id(), type);
    Builder b = newBuilder(type, visit.id(), at, visit.representativeId())
        .companyId(visit.companyId());
    if (type == Type.APPOINTMENT) {
      b.locationId(a.locationId())
          .hostIds(a.hostIds())
          .appointmentId(a.id())
          .start(a.start())
          .end(a.end())
          .approvers(a.approvers());
    } else {
      b.locationId(visit.locationId()).hostIds(visit.hostIds());
    }
    if (type == Type.RECORD) {
      b.topic(r.topic()).attendeeIds(r.attendeeIds());
    }
    if (verdict != null) {
      b.decision(verdict.decision()).ruleIds(verdict.ruleIds());
    }
    return b.build();
  }

  private static boolean blank(@Nullable String s) {
    return s == null || s.trim().isEmpty();
  }

  /** What happened. */
  public Type type() {
    return type;
  }

  /** The visit it belongs to. */
  public String visitId() {
    return visitId;
  }

  /** When it happened. */
  public Instant at() {
    return at;
  }

  /** The representative. */
  public String representativeId() {
    return representativeId;
  }

  /** The company the representative came for, if known. */
  public @Nullable String companyId() {
    return companyId;
  }

  /** Where, if known. */
  public @Nullable String locationId() {
    return locationId;
  }

  /** The hosts. */
  public ImmutableList<String> hostIds() {
    return hostIds;
  }

  /** The decision of the check at this stage, or {@code null} when not checked. */
  public @Nullable Decision decision() {
    return decision;
  }

  /** The rules that fired at this stage. */
  public ImmutableList<String> ruleIds() {
    return ruleIds;
  }

  /** The appointment's id (APPOINTMENT). */
  public @Nullable String appointmentId() {
    return appointmentId;
  }

  /** The appointment's start (APPOINTMENT). */
  public @Nullable Instant start() {
    return start;
  }

  /** The appointment's end (APPOINTMENT). */
  public @Nullable Instant end() {
    return end;
  }

  /** The appointment's approvers (APPOINTMENT). */
  public ImmutableList<String> approvers() {
    return approvers;
  }

  /** The record's topic (RECORD). */
  public @Nullable String topic() {
    return topic;
  }

  /** The record's attendees (RECORD). */
  public ImmutableList<String> attendeeIds() {
    return attendeeIds;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof LedgerEntry)) {
      return false;
    }
    LedgerEntry e = (LedgerEntry) o;
    return type == e.type
        && visitId.equals(e.visitId)
        && at.equals(e.at)
        && representativeId.equals(e.representativeId)
        && Objects.equals(companyId, e.companyId)
        && Objects.equals(locationId, e.locationId)
        && hostIds.equals(e.hostIds)
        && decision == e.decision
        && ruleIds.equals(e.ruleIds)
        && Objects.equals(appointmentId, e.appointmentId)
        && Objects.equals(start, e.start)
        && Objects.equals(end, e.end)
        && approvers.equals(e.approvers)
        && Objects.equals(topic, e.topic)
        && attendeeIds.equals(e.attendeeIds);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, visitId, at, representativeId, locationId);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("LedgerEntry")
        .omitNullValues()
        .add("type", type)
        .add("visitId", visitId)
        .add("at", at)
        .add("representativeId", representativeId)
        .add("companyId", companyId)
        .add("locationId", locationId)
        .add("hostIds", hostIds.isEmpty() ? null : hostIds)
        .add("decision", decision)
        .add("ruleIds", ruleIds.isEmpty() ? null : ruleIds)
        .toString();
  }

  /** Builds a {@link LedgerEntry}. Not thread-safe. */
  public static final class Builder {
    private final Type type;
    private final String visitId;
    private final Instant at;
    private final String representativeId;
    private @Nullable String companyId;
    private @Nullable String locationId;
    private ImmutableList<String> hostIds = ImmutableList.of();
    private @Nullable Decision decision;
    private ImmutableList<String> ruleIds = ImmutableList.of();
    private @Nullable String appointmentId;
    private @Nullable Instant start;
    private @Nullable Instant end;
    private ImmutableList<String> approvers = ImmutableList.of();
    private @Nullable String topic;
    private ImmutableList<String> attendeeIds = ImmutableList.of();

    private Builder(Type type, String visitId, Instant at, String representativeId) {
      this.type = checkNotNull(type, "type");
      this.visitId = checkNotNull(visitId, "visitId");
      this.at = checkNotNull(at, "at");
      this.representativeId = checkNotNull(representativeId, "representativeId");
      checkArgument(!blank(visitId), "visitId is blank");
      checkArgument(!blank(representativeId), "representativeId is blank");
    }

    /** Sets the company. */
    public Builder companyId(@Nullable String companyId) {
      this.companyId = companyId;
      return this;
    }

    /** Sets the location. */
    public Builder locationId(@Nullable String locationId) {
      this.locationId = locationId;
      return this;
    }

    /** Sets the hosts. */
    public Builder hostIds(Iterable<String> hostIds) {
      this.hostIds = ImmutableList.copyOf(hostIds);
      return this;
    }

    /** Sets the check's decision. */
    public Builder decision(@Nullable Decision decision) {
      this.decision = decision;
      return this;
    }

    /** Sets the rules that fired. */
    public Builder ruleIds(Iterable<String> ruleIds) {
      this.ruleIds = ImmutableList.copyOf(ruleIds);
      return this;
    }

    /** Sets the appointment's id. */
    public Builder appointmentId(@Nullable String appointmentId) {
      this.appointmentId = appointmentId;
      return this;
    }

    /** Sets the appointment's start. */
    public Builder start(@Nullable Instant start) {
      this.start = start;
      return this;
    }

    /** Sets the appointment's end. */
    public Builder end(@Nullable Instant end) {
      this.end = end;
      return this;
    }

    /** Sets the approvers. */
    public Builder approvers(Iterable<String> approvers) {
      this.approvers = ImmutableList.copyOf(approvers);
      return this;
    }

    /** Sets the record's topic. */
    public Builder topic(@Nullable String topic) {
      this.topic = topic;
      return this;
    }

    /** Sets the record's attendees. */
    public Builder attendeeIds(Iterable<String> attendeeIds) {
      this.attendeeIds = ImmutableList.copyOf(attendeeIds);
      return this;
    }

    /** Returns the entry. */
    public LedgerEntry build() {
      return new LedgerEntry(this);
    }
  }
}
