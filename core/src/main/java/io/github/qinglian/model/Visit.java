package io.github.qinglian.model;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A pharmaceutical representative's visit as the HIS (or an access-control system) submits it for
 * checking at one {@linkplain VisitStage stage}: who comes, for which company and purpose, under
 * which appointment, when they checked in and out, where, received by whom, and the record.
 * Immutable and thread-safe.
 *
 * <p>The builder accepts anything: what is missing or malformed is reported by the checker as
 * {@code INPUT.INVALID} with a JSON pointer ({@code /subject/checkOut}), so the HIS never gets
 * an exception for bad input. A {@code null} host id is kept as a blank entry so later entries
 * keep their indexes.
 *
 * <pre>{@code
 * Visit v = Visit.newBuilder()
 *     .id("V-1").stage(VisitStage.CHECK_IN)
 *     .representativeId("R1").companyId("C1").purpose(VisitPurpose.ACADEMIC_INFO)
 *     .appointment(appointment)
 *     .checkIn(Instant.parse("2026-11-24T06:05:00Z"))
 *     .locationId("RECEPTION-1").hostIds("D010", "PH-2")
 *     .build();
 * }</pre>
 */
public final class Visit {
  private final @Nullable String id;
  private final @Nullable VisitStage stage;
  private final @Nullable String representativeId;
  private final @Nullable String companyId;
  private final @Nullable VisitPurpose purpose;
  private final @Nullable Appointment appointment;
  private final @Nullable Instant checkIn;
  private final @Nullable Instant checkOut;
  private final @Nullable String locationId;
  private final ImmutableList<String> hostIds;
  private final @Nullable VisitRecord record;

  private Visit(Builder b) {
    this.id = b.id;
    this.stage = b.stage;
    this.representativeId = b.representativeId;
    this.companyId = b.companyId;
    this.purpose = b.purpose;
    this.appointment = b.appointment;
    this.checkIn = b.checkIn;
    this.checkOut = b.checkOut;
    this.locationId = b.locationId;
    this.hostIds = b.hostIds;
    this.record = b.record;
  }

  /** Starts a visit; every field is optional here. */
  public static Builder newBuilder() {
    return new Builder();
  }

  /** Returns a builder holding this visit's values. */
  public Builder toBuilder() {
    Builder b =
        new Builder()
            .id(id)
            .stage(stage)
            .representativeId(representativeId)
            .companyId(companyId)
            .purpose(purpose)
            .appointment(appointment)
            .checkIn(checkIn)
            .checkOut(checkOut)
            .locationId(locationId)
            .record(record);
    b.hostIds = hostIds;
    return b;
  }

  /** The HIS's visit id; the ledger keys a visit's entries on it. */
  public @Nullable String id() {
    return id;
  }

  /** The stage being checked. */
  public @Nullable VisitStage stage() {
    return stage;
  }

  /** The representative's registry id. */
  public @Nullable String representativeId() {
    return representativeId;
  }

  /** The company the representative declares they come for. */
  public @Nullable String companyId() {
    return companyId;
  }

  /** Why the representative comes. */
  public @Nullable VisitPurpose purpose() {
    return purpose;
  }

  /** The appointment, or {@code null} when there is none. */
  public @Nullable Appointment appointment() {
    return appointment;
  }

  /** When the representative checked in. */
  public @Nullable Instant checkIn() {
    return checkIn;
  }

  /** When the representative checked out. */
  public @Nullable Instant checkOut() {
    return checkOut;
  }

  /** Where the representative is (or was) received. */
  public @Nullable String locationId() {
    return locationId;
  }

  /** The staff ids of the hosts who receive (or received) the representative. */
  public ImmutableList<String> hostIds() {
    return hostIds;
  }

  /** The record, once written. */
  public @Nullable VisitRecord record() {
    return record;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Visit)) {
      return false;
    }
    Visit v = (Visit) o;
    return Objects.equals(id, v.id)
        && stage == v.stage
        && Objects.equals(representativeId, v.representativeId)
        && Objects.equals(companyId, v.companyId)
        && purpose == v.purpose
        && Objects.equals(appointment, v.appointment)
        && Objects.equals(checkIn, v.checkIn)
        && Objects.equals(checkOut, v.checkOut)
        && Objects.equals(locationId, v.locationId)
        && hostIds.equals(v.hostIds)
        && Objects.equals(record, v.record);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, stage, representativeId, checkIn, locationId);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("Visit")
        .omitNullValues()
        .add("id", id)
        .add("stage", stage)
        .add("representativeId", representativeId)
        .add("companyId", companyId)
        .add("purpose", purpose)
        .add("appointment", appointment)
        .add("checkIn", checkIn)
        .add("checkOut", checkOut)
        .add("locationId", locationId)
        .add("hostIds", hostIds)
        .add("record", record)
        .toString();
  }

  /** Builds a {@link Visit}; never throws on values. Not thread-safe. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable VisitStage stage;
    private @Nullable String representativeId;
    private @Nullable String companyId;
    private @Nullable VisitPurpose purpose;
    private @Nullable Appointment appointment;
    private @Nullable Instant checkIn;
    private @Nullable Instant checkOut;
    private @Nullable String locationId;
    private ImmutableList<String> hostIds = ImmutableList.of();
    private @Nullable VisitRecord record;

    private Builder() {}

    /** Sets the id. */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /** Sets the stage. */
    public Builder stage(@Nullable VisitStage stage) {
      this.stage = stage;
      return this;
    }

    /** Sets the representative. */
    public Builder representativeId(@Nullable String representativeId) {
      this.representativeId = representativeId;
      return this;
    }

    /** Sets the declared company. */
    public Builder companyId(@Nullable String companyId) {
      this.companyId = companyId;
      return this;
    }

    /** Sets the purpose. */
    public Builder purpose(@Nullable VisitPurpose purpose) {
      this.purpose = purpose;
      return this;
    }

    /** Sets the appointment. */
    public Builder appointment(@Nullable Appointment appointment) {
      this.appointment = appointment;
      return this;
    }

    /** Sets the check-in. */
    public Builder checkIn(@Nullable Instant checkIn) {
      this.checkIn = checkIn;
      return this;
    }

    /** Sets the check-out. */
    public Builder checkOut(@Nullable Instant checkOut) {
      this.checkOut = checkOut;
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

    /** Sets the record. */
    public Builder record(@Nullable VisitRecord record) {
      this.record = record;
      return this;
    }

    /** Returns the visit. */
    public Visit build() {
      return new Visit(this);
    }
  }
}
