package io.github.qinglian.model;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A representative's appointment (有预约): when it was requested and approved, by whom, for which
 * time, place and hosts. Part of a {@link Visit}. Immutable and thread-safe.
 *
 * <p>Like every subject, the builder accepts anything: a missing start or end, an end before the
 * start, or a blank approver is reported by the checker as {@code INPUT.INVALID} naming the field
 * ({@code /subject/appointment/end}). A {@code null} id in a list is kept as a blank entry so
 * that later entries keep their indexes.
 *
 * <pre>{@code
 * Appointment a = Appointment.newBuilder()
 *     .id("AP-1")
 *     .requestedAt(Instant.parse("2026-11-19T02:00:00Z"))
 *     .approvedAt(Instant.parse("2026-11-20T02:00:00Z"))
 *     .approvers("D010", "MED-1")
 *     .start(Instant.parse("2026-11-24T06:00:00Z"))   // 14:00 in Shanghai
 *     .end(Instant.parse("2026-11-24T07:00:00Z"))
 *     .locationId("RECEPTION-1")
 *     .hostIds("D010", "PH-2")
 *     .build();
 * }</pre>
 */
public final class Appointment {
  private final @Nullable String id;
  private final @Nullable Instant requestedAt;
  private final @Nullable Instant approvedAt;
  private final ImmutableList<String> approvers;
  private final @Nullable Instant start;
  private final @Nullable Instant end;
  private final @Nullable String locationId;
  private final ImmutableList<String> hostIds;

  private Appointment(Builder b) {
    this.id = b.id;
    this.requestedAt = b.requestedAt;
    this.approvedAt = b.approvedAt;
    this.approvers = b.approvers;
    this.start = b.start;
    this.end = b.end;
    this.locationId = b.locationId;
    this.hostIds = b.hostIds;
  }

  /** Starts an appointment; every field is optional here. */
  public static Builder newBuilder() {
    return new Builder();
  }

  /** Returns a builder holding this appointment's values. */
  public Builder toBuilder() {
    Builder b =
        new Builder()
            .id(id)
            .requestedAt(requestedAt)
            .approvedAt(approvedAt)
            .start(start)
            .end(end)
            .locationId(locationId);
    b.approvers = approvers;
    b.hostIds = hostIds;
    return b;
  }

  /** The HIS's appointment id. */
  public @Nullable String id() {
    return id;
  }

  /** When the representative asked for it. */
  public @Nullable Instant requestedAt() {
    return requestedAt;
  }

  /** When the approval completed, or {@code null} while pending. */
  public @Nullable Instant approvedAt() {
    return approvedAt;
  }

  /** The staff ids of the approvers, in order; a blank entry stands for a missing one. */
  public ImmutableList<String> approvers() {
    return approvers;
  }

  /** When the appointment starts. */
  public @Nullable Instant start() {
    return start;
  }

  /** When it ends. */
  public @Nullable Instant end() {
    return end;
  }

  /** Where it is to be held. */
  public @Nullable String locationId() {
    return locationId;
  }

  /** The staff ids of the hosts to receive the representative. */
  public ImmutableList<String> hostIds() {
    return hostIds;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Appointment)) {
      return false;
    }
    Appointment a = (Appointment) o;
    return Objects.equals(id, a.id)
        && Objects.equals(requestedAt, a.requestedAt)
        && Objects.equals(approvedAt, a.approvedAt)
        && approvers.equals(a.approvers)
        && Objects.equals(start, a.start)
        && Objects.equals(end, a.end)
        && Objects.equals(locationId, a.locationId)
        && hostIds.equals(a.hostIds);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, approvedAt, start, end, locationId, hostIds);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("Appointment")
        .omitNullValues()
        .add("id", id)
        .add("requestedAt", requestedAt)
        .add("approvedAt", approvedAt)
        .add("approvers", approvers)
        .add("start", start)
        .add("end", end)
        .add("locationId", locationId)
        .add("hostIds", hostIds)
        .toString();
  }

  /** Builds an {@link Appointment}; never throws on values. Not thread-safe. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable Instant requestedAt;
    private @Nullable Instant approvedAt;
    private ImmutableList<String> approvers = ImmutableList.of();
    private @Nullable Instant start;
    private @Nullable Instant end;
    private @Nullable String locationId;
    private ImmutableList<String> hostIds = ImmutableList.of();

    private Builder() {}

    /** Sets the id. */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /** Sets when it was requested. */
    public Builder requestedAt(@Nullable Instant requestedAt) {
      this.requestedAt = requestedAt;
      return this;
    }

    /** Sets when it was approved; {@code null} while pending. */
    public Builder approvedAt(@Nullable Instant approvedAt) {
      this.approvedAt = approvedAt;
      return this;
    }

    /** Sets the approvers; a {@code null} id is kept as a blank entry. */
    public Builder approvers(@Nullable String... ids) {
      return approvers(Arrays.asList(ids));
    }

    /** Sets the approvers; a {@code null} id is kept as a blank entry. */
    public Builder approvers(Iterable<? extends @Nullable String> ids) {
      ImmutableList.Builder<String> b = ImmutableList.builder();
      for (String id : ids) {
        b.add(id == null ? "" : id);
      }
      this.approvers = b.build();
      return this;
    }

    /** Sets the start. */
    public Builder start(@Nullable Instant start) {
      this.start = start;
      return this;
    }

    /** Sets the end. */
    public Builder end(@Nullable Instant end) {
      this.end = end;
      return this;
    }

    /** Sets the location. */
    public Builder locationId(@Nullable String locationId) {
      this.locationId = locationId;
      return this;
    }

    /** Sets the hosts; a {@code null} id is kept as a blank entry. */
    public Builder hostIds(@Nullable String... ids) {
      return hostIds(Arrays.asList(ids));
    }

    /** Sets the hosts; a {@code null} id is kept as a blank entry. */
    public Builder hostIds(Iterable<? extends @Nullable String> ids) {
      ImmutableList.Builder<String> b = ImmutableList.builder();
      for (String id : ids) {
        b.add(id == null ? "" : id);
      }
      this.hostIds = b.build();
      return this;
    }

    /** Returns the appointment. */
    public Appointment build() {
      return new Appointment(this);
    }
  }
}
