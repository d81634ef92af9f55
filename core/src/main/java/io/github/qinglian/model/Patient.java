package io.github.qinglian.model;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The patient facts a prescription's rules need. Immutable and thread-safe.
 *
 * <p>The id is carried so that a vendor's own code can correlate; Qinglian never writes it in
 * clear to a log, an audit line or {@link #toString()}.
 */
public final class Patient {
  private static final Patient UNKNOWN = newBuilder().build();

  private final @Nullable String id;
  private final @Nullable Integer ageYears;
  private final @Nullable String practitionerId;
  private final boolean firstVisit;
  private final boolean guardianPresent;
  private final ImmutableSet<Condition> conditions;

  private Patient(Builder b) {
    this.id = b.id;
    this.ageYears = b.ageYears;
    this.practitionerId = b.practitionerId;
    this.firstVisit = b.firstVisit;
    this.guardianPresent = b.guardianPresent;
    this.conditions = Sets.immutableEnumSet(b.conditions);
  }

  /** Starts a patient; every field is optional. */
  public static Builder newBuilder() {
    return new Builder();
  }

  /** A patient about whom nothing is known. */
  public static Patient unknown() {
    return UNKNOWN;
  }

  /** Returns a builder holding this patient's values. */
  public Builder toBuilder() {
    Builder b =
        new Builder()
            .id(id)
            .ageYears(ageYears)
            .practitionerId(practitionerId)
            .firstVisit(firstVisit)
            .guardianPresent(guardianPresent);
    b.conditions.addAll(conditions);
    return b;
  }

  /** The HIS's patient id; never logged in clear. */
  public @Nullable String id() {
    return id;
  }

  /** Age in whole years, if known. */
  public @Nullable Integer ageYears() {
    return ageYears;
  }

  /** The staff id when the patient is a member of staff. */
  public @Nullable String practitionerId() {
    return practitionerId;
  }

  /** Whether this is a first visit (internet rules). */
  public boolean firstVisit() {
    return firstVisit;
  }

  /** Whether a guardian is present (internet rule for young children). */
  public boolean guardianPresent() {
    return guardianPresent;
  }

  /** Conditions that change a rule's limits. */
  public ImmutableSet<Condition> conditions() {
    return conditions;
  }

  /** Whether {@code condition} is among the conditions. */
  public boolean has(Condition condition) {
    return conditions.contains(condition);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Patient)) {
      return false;
    }
    Patient p = (Patient) o;
    return Objects.equals(id, p.id)
        && Objects.equals(ageYears, p.ageYears)
        && Objects.equals(practitionerId, p.practitionerId)
        && firstVisit == p.firstVisit
        && guardianPresent == p.guardianPresent
        && conditions.equals(p.conditions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, ageYears, practitionerId, firstVisit, guardianPresent, conditions);
  }

  /** Describes the patient without the id. */
  @Override
  public String toString() {
    return "Patient{id=" + (id == null ? "none" : "<hidden>") + ", ageYears=" + ageYears
        + (practitionerId == null ? "" : ", staff") + ", conditions=" + conditions + "}";
  }

  /** Builds a {@link Patient}. Not thread-safe. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable Integer ageYears;
    private @Nullable String practitionerId;
    private boolean firstVisit;
    private boolean guardianPresent;
    private final EnumSet<Condition> conditions = EnumSet.noneOf(Condition.class);

    private Builder() {}

    /** Sets the HIS patient id. */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /** Sets the age in years; a negative age is kept and reported by the checker. */
    public Builder ageYears(@Nullable Integer ageYears) {
      this.ageYears = ageYears;
      return this;
    }

    /** Sets the staff id when the patient is a member of staff. */
    public Builder practitionerId(@Nullable String practitionerId) {
      this.practitionerId = practitionerId;
      return this;
    }

    /** Sets whether a first visit. */
    public Builder firstVisit(boolean firstVisit) {
      this.firstVisit = firstVisit;
      return this;
    }

    /** Sets whether a guardian is present. */
    public Builder guardianPresent(boolean guardianPresent) {
      this.guardianPresent = guardianPresent;
      return this;
    }

    /** Adds a condition; {@code null} is ignored. */
    public Builder condition(@Nullable Condition condition) {
      if (condition != null) {
        conditions.add(condition);
      }
      return this;
    }

    /** Adds conditions; {@code null} elements are ignored. */
    public Builder conditions(Iterable<? extends @Nullable Condition> more) {
      for (Condition c : more) {
        condition(c);
      }
      return this;
    }

    /** Returns the patient. */
    public Patient build() {
      return new Patient(this);
    }
  }
}
