package io.github.qinglian.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.MoreObjects;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A member of staff as the practitioner directory knows them: profession, title, employment and
 * privileges at this institution. Immutable and thread-safe.
 *
 * <p>Only {@code id} and {@code profession} are required; every other field defaults to the least
 * privilege (title NONE, not registered here, REGULAR, prescribing NONE, no antibiotic, antitumor
 * or narcotic privilege, 0 years, no internet practice), so a record that omits a privilege never
 * grants it.
 *
 * <pre>{@code
 * Practitioner d = Practitioner.newBuilder("D001", Profession.PHYSICIAN)
 *     .title(Title.INTERMEDIATE).registeredHere(true).prescribing(PrescribingStatus.GRANTED)
 *     .antibioticPrivilege(AntibioticTier.RESTRICTED).build();
 * }</pre>
 */
public final class Practitioner {
  private final String id;
  private final @Nullable String name;
  private final @Nullable String departmentId;
  private final Profession profession;
  private final Title title;
  private final boolean registeredHere;
  private final Employment employment;
  private final PrescribingStatus prescribing;
  private final AntibioticTier antibioticPrivilege;
  private final AntitumorTier antitumorPrivilege;
  private final boolean narcoticPrivilege;
  private final int independentPracticeYears;
  private final boolean internetPractice;

  private Practitioner(Builder b) {
    this.id = b.id;
    this.name = b.name;
    this.departmentId = b.departmentId;
    this.profession = b.profession;
    this.title = b.title;
    this.registeredHere = b.registeredHere;
    this.employment = b.employment;
    this.prescribing = b.prescribing;
    this.antibioticPrivilege = b.antibioticPrivilege;
    this.antitumorPrivilege = b.antitumorPrivilege;
    this.narcoticPrivilege = b.narcoticPrivilege;
    this.independentPracticeYears = b.independentPracticeYears;
    this.internetPractice = b.internetPractice;
  }

  /** Starts a practitioner with the given id and profession, every privilege at its least. */
  public static Builder newBuilder(String id, Profession profession) {
    return new Builder(id, profession);
  }

  /** Returns a builder holding this practitioner's values. */
  public Builder toBuilder() {
    return new Builder(id, profession)
        .name(name)
        .departmentId(departmentId)
        .title(title)
        .registeredHere(registeredHere)
        .employment(employment)
        .prescribing(prescribing)
        .antibioticPrivilege(antibioticPrivilege)
        .antitumorPrivilege(antitumorPrivilege)
        .narcoticPrivilege(narcoticPrivilege)
        .independentPracticeYears(independentPracticeYears)
        .internetPractice(internetPractice);
  }

  /** The staff id. */
  public String id() {
    return id;
  }

  /** The name, if the directory carries it. */
  public @Nullable String name() {
    return name;
  }

  /** The department id, if known. */
  public @Nullable String departmentId() {
    return departmentId;
  }

  /** The profession. */
  public Profession profession() {
    return profession;
  }

  /** The professional title. */
  public Title title() {
    return title;
  }

  /** Whether the practitioner's 执业地点 includes this institution. */
  public boolean registeredHere() {
    return registeredHere;
  }

  /** Regular, probation or visiting trainee. */
  public Employment employment() {
    return employment;
  }

  /** The state of the 处方权 here. */
  public PrescribingStatus prescribing() {
    return prescribing;
  }

  /** The antibiotic tier granted after training. */
  public AntibioticTier antibioticPrivilege() {
    return antibioticPrivilege;
  }

  /** The antitumor tier granted. */
  public AntitumorTier antitumorPrivilege() {
    return antitumorPrivilege;
  }

  /** Whether the 麻醉药品和第一类精神药品处方资格 is held. */
  public boolean narcoticPrivilege() {
    return narcoticPrivilege;
  }

  /** Years of independent clinical practice. */
  public int independentPracticeYears() {
    return independentPracticeYears;
  }

  /** Whether registered for 互联网诊疗. */
  public boolean internetPractice() {
    return internetPractice;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Practitioner)) {
      return false;
    }
    Practitioner p = (Practitioner) o;
    return id.equals(p.id)
        && Objects.equals(name, p.name)
        && Objects.equals(departmentId, p.departmentId)
        && profession == p.profession
        && title == p.title
        && registeredHere == p.registeredHere
        && employment == p.employment
        && prescribing == p.prescribing
        && antibioticPrivilege == p.antibioticPrivilege
        && antitumorPrivilege == p.antitumorPrivilege
        && narcoticPrivilege == p.narcoticPrivilege
        && independentPracticeYears == p.independentPracticeYears
        && internetPractice == p.internetPractice;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, profession, title, employment, prescribing, antibioticPrivilege);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("Practitioner")
        .add("id", id)
        .add("profession", profession)
        .add("title", title)
        .add("registeredHere", registeredHere)
        .add("employment", employment)
        .add("prescribing", prescribing)
        .add("antibiotic", antibioticPrivilege)
        .add("antitumor", antitumorPrivilege)
        .add("narcotic", narcoticPrivilege)
        .add("years", independentPracticeYears)
        .add("internet", internetPractice)
        .toString();
  }

  /** Builds a {@link Practitioner}. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private final Profession profession;
    private @Nullable String name;
    private @Nullable String departmentId;
    private Title title = Title.NONE;
    private boolean registeredHere;
    private Employment employment = Employment.REGULAR;
    private PrescribingStatus prescribing = PrescribingStatus.NONE;
    private AntibioticTier antibioticPrivilege = AntibioticTier.NONE;
    private AntitumorTier antitumorPrivilege = AntitumorTier.NONE;
    private boolean narcoticPrivilege;
    private int independentPracticeYears;
    private boolean internetPractice;

    private Builder(String id, Profession profession) {
      this.id = checkNotNull(id, "id");
      this.profession = checkNotNull(profession, "profession");
      checkArgument(!id.trim().isEmpty(), "practitioner id is blank");
    }

    /** Sets the name. */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /** Sets the department id. */
    public Builder departmentId(@Nullable String departmentId) {
      this.departmentId = departmentId;
      return this;
    }

    /** Sets the title. */
    public Builder title(Title title) {
      this.title = checkNotNull(title, "title");
      return this;
    }

    /** Sets whether registered to practise here. */
    public Builder registeredHere(boolean registeredHere) {
      this.registeredHere = registeredHere;
      return this;
    }

    /** Sets the employment. */
    public Builder employment(Employment employment) {
      this.employment = checkNotNull(employment, "employment");
      return this;
    }

    /** Sets the 处方权 status. */
    public Builder prescribing(PrescribingStatus prescribing) {
      this.prescribing = checkNotNull(prescribing, "prescribing");
      return this;
    }

    /** Sets the antibiotic privilege. */
    public Builder antibioticPrivilege(AntibioticTier tier) {
      this.antibioticPrivilege = checkNotNull(tier, "antibioticPrivilege");
      return this;
    }

    /** Sets the antitumor privilege. */
    public Builder antitumorPrivilege(AntitumorTier tier) {
      this.antitumorPrivilege = checkNotNull(tier, "antitumorPrivilege");
      return this;
    }

    /** Sets the narcotic qualification. */
    public Builder narcoticPrivilege(boolean narcoticPrivilege) {
      this.narcoticPrivilege = narcoticPrivilege;
      return this;
    }

    /** Sets the years of independent practice (not negative). */
    public Builder independentPracticeYears(int years) {
      checkArgument(years >= 0, "independentPracticeYears %s is negative", years);
      this.independentPracticeYears = years;
      return this;
    }

    /** Sets whether registered for internet practice. */
    public Builder internetPractice(boolean internetPractice) {
      this.internetPractice = internetPractice;
      return this;
    }

    /** Returns the practitioner. */
    public Practitioner build() {
      return new Practitioner(this);
    }
  }
}
