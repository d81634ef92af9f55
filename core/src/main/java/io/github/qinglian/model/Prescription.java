package io.github.qinglian.model;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A prescription as the HIS submits it. Immutable and thread-safe.
 *
 * <p>The builder accepts anything: what is missing or malformed is reported by the checker as
 * {@code INPUT.INVALID} with a JSON pointer ({@code /subject/items/2/daysSupply}). A {@code null}
 * line becomes {@link PrescriptionItem#missing()} so that later lines keep their indexes.
 *
 * <pre>{@code
 * Prescription rx = Prescription.newBuilder()
 *     .id("RX-1").setting(Setting.OUTPATIENT).issuedAt(Instant.parse("2026-11-24T01:20:00Z"))
 *     .prescriberId("D001")
 *     .patient(Patient.newBuilder().id("P-889").ageYears(42).build())
 *     .addItem(PrescriptionItem.newBuilder().drugCode("J01CA04-CAP-250").quantity(24)
 *         .daysSupply(4).build())
 *     .build();
 * }</pre>
 */
public final class Prescription {
  private final @Nullable String id;
  private final @Nullable Setting setting;
  private final @Nullable Instant issuedAt;
  private final @Nullable Instant dispensedAt;
  private final @Nullable String prescriberId;
  private final @Nullable String cosignerId;
  private final @Nullable Patient patient;
  private final ImmutableList<PrescriptionItem> items;
  private final @Nullable String justification;
  private final boolean longTerm;
  private final @Nullable String consultationId;
  private final @Nullable EmergencyOverride emergencyOverride;

  private Prescription(Builder b) {
    this.id = b.id;
    this.setting = b.setting;
    this.issuedAt = b.issuedAt;
    this.dispensedAt = b.dispensedAt;
    this.prescriberId = b.prescriberId;
    this.cosignerId = b.cosignerId;
    this.patient = b.patient;
    this.items = b.items.build();
    this.justification = b.justification;
    this.longTerm = b.longTerm;
    this.consultationId = b.consultationId;
    this.emergencyOverride = b.emergencyOverride;
  }

  /** Starts a prescription. */
  public static Builder newBuilder() {
    return new Builder();
  }

  /** Returns a builder holding this prescription's values. */
  public Builder toBuilder() {
    Builder b =
        new Builder()
            .id(id)
            .setting(setting)
            .issuedAt(issuedAt)
            .dispensedAt(dispensedAt)
            .prescriberId(prescriberId)
            .cosignerId(cosignerId)
            .patient(patient)
            .justification(justification)
            .longTerm(longTerm)
            .consultationId(consultationId)
            .emergencyOverride(emergencyOverride);
    b.items.addAll(items);
    return b;
  }

  /** The HIS's prescription number. */
  public @Nullable String id() {
    return id;
  }

  /** Outpatient, emergency, inpatient or internet. */
  public @Nullable Setting setting() {
    return setting;
  }

  /** When the prescription was issued. */
  public @Nullable Instant issuedAt() {
    return issuedAt;
  }

  /** When dispensed; present when checking at the pharmacy window. */
  public @Nullable Instant dispensedAt() {
    return dispensedAt;
  }

  /** The prescriber's staff id. */
  public @Nullable String prescriberId() {
    return prescriberId;
  }

  /** The co-signer's staff id, when one signs. */
  public @Nullable String cosignerId() {
    return cosignerId;
  }

  /** The patient. */
  public @Nullable Patient patient() {
    return patient;
  }

  /** The lines, in order. */
  public ImmutableList<PrescriptionItem> items() {
    return items;
  }

  /** The reason noted for extended supply or over-limit use (注明理由). */
  public @Nullable String justification() {
    return justification;
  }

  /** Whether a 长期处方 for a stable chronic condition. */
  public boolean longTerm() {
    return longTerm;
  }

  /** The approval of the special-use antibiotic consultation. */
  public @Nullable String consultationId() {
    return consultationId;
  }

  /** The 越级使用 declaration, if any. */
  public @Nullable EmergencyOverride emergencyOverride() {
    return emergencyOverride;
  }

  /** Whether a non-blank justification is noted. */
  public boolean justified() {
    return justification != null && !justification.trim().isEmpty();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Prescription)) {
      return false;
    }
    Prescription p = (Prescription) o;
    return Objects.equals(id, p.id)
        && setting == p.setting
        && Objects.equals(issuedAt, p.issuedAt)
        && Objects.equals(dispensedAt, p.dispensedAt)
        && Objects.equals(prescriberId, p.prescriberId)
        && Objects.equals(cosignerId, p.cosignerId)
        && Objects.equals(patient, p.patient)
        && items.equals(p.items)
        && Objects.equals(justification, p.justification)
        && longTerm == p.longTerm
        && Objects.equals(consultationId, p.consultationId)
        && Objects.equals(emergencyOverride, p.emergencyOverride);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, setting, issuedAt, prescriberId, items);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("Prescription")
        .omitNullValues()
        .add("id", id)
        .add("setting", setting)
        .add("issuedAt", issuedAt)
        .add("dispensedAt", dispensedAt)
        .add("prescriberId", prescriberId)
        .add("cosignerId", cosignerId)
        .add("patient", patient)
        .add("items", items)
        .add("justified", justified() ? Boolean.TRUE : null)
        .add("longTerm", longTerm ? Boolean.TRUE : null)
        .add("consultationId", consultationId)
        .add("emergencyOverride", emergencyOverride)
        .toString();
  }

  /** Builds a {@link Prescription}; never throws on values, only on misuse. Not thread-safe. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable Setting setting;
    private @Nullable Instant issuedAt;
    private @Nullable Instant dispensedAt;
    private @Nullable String prescriberId;
    private @Nullable String cosignerId;
    private @Nullable Patient patient;
    private final ImmutableList.Builder<PrescriptionItem> items = ImmutableList.builder();
    private @Nullable String justification;
    private boolean longTerm;
    private @Nullable String consultationId;
    private @Nullable EmergencyOverride emergencyOverride;

    private Builder() {}

    /** Sets the id. */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /** Sets the setting. */
    public Builder setting(@Nullable Setting setting) {
      this.setting = setting;
      return this;
    }

    /** Sets the issue instant. */
    public Builder issuedAt(@Nullable Instant issuedAt) {
      this.issuedAt = issuedAt;
      return this;
    }

    /** Sets the dispensing instant. */
    public Builder dispensedAt(@Nullable Instant dispensedAt) {
      this.dispensedAt = dispensedAt;
      return this;
    }

    /** Sets the prescriber's staff id. */
    public Builder prescriberId(@Nullable String prescriberId) {
      this.prescriberId = prescriberId;
      return this;
    }

    /** Sets the co-signer's staff id. */
    public Builder cosignerId(@Nullable String cosignerId) {
      this.cosignerId = cosignerId;
      return this;
    }

    /** Sets the patient. */
    public Builder patient(@Nullable Patient patient) {
      this.patient = patient;
      return this;
    }

    /** Appends a line; {@code null} becomes {@link PrescriptionItem#missing()}. */
    public Builder addItem(@Nullable PrescriptionItem item) {
      items.add(item == null ? PrescriptionItem.missing() : item);
      return this;
    }

    /** Appends lines; {@code null} lines become {@link PrescriptionItem#missing()}. */
    public Builder addItems(Iterable<? extends @Nullable PrescriptionItem> more) {
      for (PrescriptionItem i : more) {
        addItem(i);
      }
      return this;
    }

    /** Sets the justification. */
    public Builder justification(@Nullable String justification) {
      this.justification = justification;
      return this;
    }

    /** Sets whether a long-term prescription. */
    public Builder longTerm(boolean longTerm) {
      this.longTerm = longTerm;
      return this;
    }

    /** Sets the consultation approval. */
    public Builder consultationId(@Nullable String consultationId) {
      this.consultationId = consultationId;
      return this;
    }

    /** Sets the emergency override. */
    public Builder emergencyOverride(@Nullable EmergencyOverride emergencyOverride) {
      this.emergencyOverride = emergencyOverride;
      return this;
    }

    /** Returns the prescription. */
    public Prescription build() {
      return new Prescription(this);
    }
  }
}
