package io.github.qinglian.checkers.prescription;

import static io.github.qinglian.checkers.prescription.Rx.DOC;
import static io.github.qinglian.checkers.prescription.Rx.ISSUED;
import static io.github.qinglian.checkers.prescription.Rx.antibiotic;
import static io.github.qinglian.checkers.prescription.Rx.assertDecision;
import static io.github.qinglian.checkers.prescription.Rx.check;
import static io.github.qinglian.checkers.prescription.Rx.item;
import static io.github.qinglian.checkers.prescription.Rx.none;
import static io.github.qinglian.checkers.prescription.Rx.onlyRules;
import static io.github.qinglian.checkers.prescription.Rx.physician;
import static io.github.qinglian.checkers.prescription.Rx.plain;
import static io.github.qinglian.checkers.prescription.Rx.rx;
import static io.github.qinglian.checkers.prescription.Rx.single;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.qinglian.Decision;
import io.github.qinglian.Finding;
import io.github.qinglian.Verdict;
import io.github.qinglian.model.AntibioticTier;
import io.github.qinglian.model.EmergencyOverride;
import io.github.qinglian.model.InstitutionLevel;
import io.github.qinglian.model.Practitioner;
import io.github.qinglian.model.PrescribingStatus;
import io.github.qinglian.model.Profession;
import io.github.qinglian.model.Setting;
import io.github.qinglian.model.Title;
import io.github.qinglian.testing.TestEngine;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * RX.ANTIBIOTIC.TIER, RX.ANTIBIOTIC.SPECIAL_OUTPATIENT and RX.ANTIBIOTIC.SPECIAL_CONSULT, with and
 * without an emergency override (越级使用).
 */
class AntibioticRulesTest {
  private static final String TIER = "RX.ANTIBIOTIC.TIER";
  private static final String SPECIAL_OUTPATIENT = "RX.ANTIBIOTIC.SPECIAL_OUTPATIENT";
  private static final String SPECIAL_CONSULT = "RX.ANTIBIOTIC.SPECIAL_CONSULT";

  /** An override declared at issue, its paperwork done an hour later: valid and on time. */
  private static EmergencyOverride onTimeOverride() {
    return EmergencyOverride.of("抢救", ISSUED, ISSUED.plus(Duration.ofHours(1)));
  }

  private static TestEngine engineWith(Practitioner prescriber, InstitutionLevel level) {
    return TestEngine.newBuilder()
        .practitioner(prescriber)
        .drug(antibiotic("ABX-U", AntibioticTier.UNRESTRICTED),
            antibiotic("ABX-R", AntibioticTier.RESTRICTED),
            antibiotic("ABX-S", AntibioticTier.SPECIAL),
            plain("ORAL"))
        .level(level);
  }

  private static String code(AntibioticTier tier) {
    switch (tier) {
      case UNRESTRICTED:
        return "ABX-U";
      case RESTRICTED:
        return "ABX-R";
      case SPECIAL:
        return "ABX-S";
      default:
        throw new IllegalArgumentException(tier.name());
    }
  }

  // ------------------------------------------------------------------------------ TIER

  /**
   * The effective tier is the lower of the granted privilege and what the title allows: (who,
   * prescriber, level, the highest tier allowed or null for none).
   */
  static Stream<Arguments> effectiveTiers() {
    return Stream.of(
        Arguments.of("senior, granted special", physician(DOC).build(),
            InstitutionLevel.TERTIARY, AntibioticTier.SPECIAL),
        Arguments.of("senior, granted restricted", physician(DOC)
            .antibioticPrivilege(AntibioticTier.RESTRICTED).build(),
            InstitutionLevel.TERTIARY, AntibioticTier.RESTRICTED),
        Arguments.of("senior, granted unrestricted", physician(DOC)
            .antibioticPrivilege(AntibioticTier.UNRESTRICTED).build(),
            InstitutionLevel.TERTIARY, AntibioticTier.UNRESTRICTED),
        Arguments.of("senior, granted none", physician(DOC)
            .antibioticPrivilege(AntibioticTier.NONE).build(),
            InstitutionLevel.TERTIARY, null),
        Arguments.of("intermediate, granted special", physician(DOC).title(Title.INTERMEDIATE)
            .build(), InstitutionLevel.TERTIARY, AntibioticTier.RESTRICTED),
        Arguments.of("junior, granted special", physician(DOC).title(Title.JUNIOR).build(),
            InstitutionLevel.TERTIARY, AntibioticTier.UNRESTRICTED),
        Arguments.of("no title, granted special", physician(DOC).title(Title.NONE).build(),
            InstitutionLevel.TERTIARY, AntibioticTier.UNRESTRICTED),
        Arguments.of("senior assistant physician at a primary institution, granted special",
            Practitioner.newBuilder(DOC, Profession.ASSISTANT_PHYSICIAN).title(Title.SENIOR)
                .registeredHere(true).prescribing(PrescribingStatus.GRANTED)
                .antibioticPrivilege(AntibioticTier.SPECIAL).build(),
            InstitutionLevel.PRIMARY, AntibioticTier.UNRESTRICTED),
        Arguments.of("senior rural doctor at a primary institution, granted special",
            Practitioner.newBuilder(DOC, Profession.RURAL_DOCTOR).title(Title.SENIOR)
                .registeredHere(true).prescribing(PrescribingStatus.GRANTED)
                .antibioticPrivilege(AntibioticTier.SPECIAL).build(),
            InstitutionLevel.PRIMARY, AntibioticTier.UNRESTRICTED));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("effectiveTiers")
  void antibioticAtOrBelowTheEffectiveTierIsAllowedAndAboveItBlocks(
      String who, Practitioner prescriber, InstitutionLevel level, AntibioticTier allowed) {
    TestEngine engine = engineWith(prescriber, level);
    for (AntibioticTier tier : new AntibioticTier[] {
        AntibioticTier.UNRESTRICTED, AntibioticTier.RESTRICTED, AntibioticTier.SPECIAL}) {
      // Inpatient with a consultation, so that only the tier can speak.
      Verdict v = check(engine, rx(Setting.INPATIENT, item(code(tier)))
          .consultationId("HZ-1").build());
      boolean above = allowed == null || tier.compareTo(allowed) > 0;
      if (above) {
        Finding f = single(v, TIER);
        assertThat(f.evidence())
            .containsEntry("drugCode", code(tier))
            .containsEntry("drugTier", tier.name())
            .containsEntry("prescriberTier",
                allowed == null ? AntibioticTier.NONE.name() : allowed.name())
            .containsEntry("tierHolderId", DOC);
        assertThat(f.evidence()).doesNotContainKey("emergencyOverride");
        assertDecision(v, Decision.BLOCK);
      } else {
        assertThat(v.findings()).as("%s for %s", v, tier).isEmpty();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Setting.class)
  void tierAppliesInEverySetting(Setting setting) {
    TestEngine engine = engineWith(physician(DOC).title(Title.JUNIOR).build(),
        InstitutionLevel.TERTIARY);
    Verdict v = check(engine, rx(setting, item("ABX-R")).build());
    assertThat(single(v, TIER).evidence()).containsEntry("prescriberTier", "UNRESTRICTED");
    onlyRules(v, TIER);
    Verdict ok = check(engine, rx(setting, item("ABX-U")).build());
    assertThat(ok.findings()).isEmpty();
  }

  @Test
  void tierFindingNamesTheLineOfTheAntibiotic() {
    TestEngine engine = engineWith(physician(DOC).title(Title.INTERMEDIATE).build(),
        InstitutionLevel.TERTIARY);
    Verdict v = check(engine, rx(Setting.INPATIENT, item("ORAL"), item("ABX-R"), item("ABX-S"))
        .consultationId("HZ-1").build());
    Finding f = single(v, TIER);
    assertThat(f.item()).isEqualTo(2);
    assertThat(f.evidence()).containsEntry("item", 2).containsEntry("drugCode", "ABX-S");
  }

  @Test
  void emergencyOverrideTurnsTierIntoWarnWithTheOverrideInEvidence() {
    TestEngine engine = engineWith(physician(DOC).title(Title.JUNIOR).build(),
        InstitutionLevel.TERTIARY);
    Verdict v = check(engine, rx(Setting.INPATIENT, item("ABX-R"))
        .emergencyOverride(onTimeOverride()).build());
    Finding f = single(v, TIER, Decision.WARN);
    assertThat(f.evidence()).containsEntry("emergencyOverride", true)
        .containsEntry("drugTier", "RESTRICTED")
        .containsEntry("prescriberTier", "UNRESTRICTED");
    onlyRules(v, TIER);
    assertDecision(v, Decision.WARN);
  }

  @Test
  void emergencyOverrideWithoutTierProblemAddsNoTierFinding() {
    TestEngine engine = engineWith(physician(DOC).build(), InstitutionLevel.TERTIARY);
    Verdict v = check(engine, rx(Setting.INPATIENT, item("ABX-R"))
        .emergencyOverride(onTimeOverride()).build());
    assertThat(v.findings()).isEmpty();
  }

  /** Policy severity for TIER → severity under an override (the lower of WARN and the policy). */
  static Stream<Arguments> overrideSeverities() {
    return Stream.of(
        Arguments.of(Decision.BLOCK, Decision.WARN),
        Arguments.of(Decision.REVIEW, Decision.WARN),
        Arguments.of(Decision.WARN, Decision.WARN),
        Arguments.of(Decision.ALLOW, Decision.ALLOW));
  }

  @ParameterizedTest(name = "policy {0} → {1} under an override")
  @MethodSource("overrideSeverities")
  void overrideGivesWarnOrThePolicySeverityIfLower(Decision policy, Decision expected) {
    TestEngine engine = engineWith(physician(DOC).title(Title.JUNIOR).build(),
        InstitutionLevel.TERTIARY).policy(Rx.severity(TIER, policy));
    Verdict v = check(engine, rx(Setting.INPATIENT, item("ABX-R"))
        .emergencyOverride(onTimeOverride()).build());
    single(v, TIER, expected);
    assertDecision(v, expected);
  }

  @ParameterizedTest
  @EnumSource(value = Decision.class, names = {"REVIEW", "WARN"})
  void policySeverityForTierAppliesWithoutAnOverride(Decision severity) {
    TestEngine engine = engineWith(physician(DOC).title(Title.JUNIOR).build(),
        InstitutionLevel.TERTIARY).policy(Rx.severity(TIER, severity));
    Verdict v = check(engine, rx(item("ABX-R")).build());
    single(v, TIER, severity);
    assertDecision(v, severity);
  }

  @Test
  void disablingTierRemovesTheFindingEvenUnderAnOverride() {
    TestEngine engine = engineWith(physician(DOC).title(Title.JUNIOR).build(),
        InstitutionLevel.TERTIARY).policy(Rx.disabled(TIER));
    assertThat(check(engine, rx(item("ABX-R")).build()).findings()).isEmpty();
    assertThat(check(engine, rx(Setting.INPATIENT, item("ABX-R"))
        .emergencyOverride(onTimeOverride()).build()).findings()).isEmpty();
  }

  @Test
  void overrideWithLatePaperworkStillTurnsTierIntoWarn() {
    TestEngine engine = engineWith(physician(DOC).title(Title.JUNIOR).build(),
        InstitutionLevel.TERTIARY);
    EmergencyOverride late = EmergencyOverride.of("抢救", ISSUED, ISSUED.plus(Duration.ofHours(30)));
    Verdict v = check(engine, rx(Setting.INPATIENT, item("ABX-R")).emergencyOverride(late).build());
    single(v, TIER, Decision.WARN);
    single(v, "RX.ANTIBIOTIC.OVERRIDE_OVERDUE", Decision.REVIEW);
    assertDecision(v, Decision.REVIEW);
  }

  @Test
  void overrideWithoutAnInstantIsInvalidAndDoesNotLiftTheTier() {
    TestEngine engine = engineWith(physician(DOC).title(Title.JUNIOR).build(),
        InstitutionLevel.TERTIARY);
    Verdict v = check(engine, rx(Setting.INPATIENT, item("ABX-R"))
        .emergencyOverride(EmergencyOverride.of("抢救", null, null)).build());
    Rx.invalid(v, "/subject/emergencyOverride/at");
    single(v, TIER, Decision.BLOCK);
  }

  // ------------------------------------------------------------------------------ SPECIAL_OUTPATIENT

  @ParameterizedTest
  @EnumSource(value = Setting.class, names = {"OUTPATIENT", "EMERGENCY", "INTERNET"})
  void specialAntibioticOutsideInpatientCareBlocks(Setting setting) {
    TestEngine engine = engineWith(physician(DOC).build(), InstitutionLevel.TERTIARY);
    Verdict v = check(engine, rx(setting, item("ORAL"), item("ABX-S")).build());
    Finding f = single(v, SPECIAL_OUTPATIENT);
    assertThat(f.item()).isEqualTo(1);
    assertThat(f.evidence()).containsEntry("drugCode", "ABX-S")
        .containsEntry("setting", setting.name());
    onlyRules(v, SPECIAL_OUTPATIENT);
    none(v, SPECIAL_CONSULT);
  }

  @Test
  void specialAntibioticForAnInpatientIsNotSpecialOutpatient() {
    TestEngine engine = engineWith(physician(DOC).build(), InstitutionLevel.TERTIARY);
    Verdict v = check(engine, rx(Setting.INPATIENT, item("ABX-S")).consultationId("HZ-1").build());
    assertThat(v.findings()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = AntibioticTier.class, names = {"UNRESTRICTED", "RESTRICTED"})
  void nonSpecialAntibioticInOutpatientCareIsNotSpecialOutpatient(AntibioticTier tier) {
    TestEngine engine = engineWith(physician(DOC).build(), InstitutionLevel.TERTIARY);
    assertThat(check(engine, rx(item(code(tier))).build()).findings()).isEmpty();
  }

  @Test
  void emergencyOverrideDoesNotLiftSpecialOutpatient() {
    TestEngine engine = engineWith(physician(DOC).build(), InstitutionLevel.TERTIARY);
    Verdict v = check(engine, rx(Setting.EMERGENCY, item("ABX-S"))
        .emergencyOverride(onTimeOverride()).build());
    single(v, SPECIAL_OUTPATIENT, Decision.BLOCK);
    assertDecision(v, Decision.BLOCK);
  }

  @Test
  void disablingSpecialOutpatientRemovesTheFinding() {
    TestEngine engine = engineWith(physician(DOC).build(), InstitutionLevel.TERTIARY)
        .policy(Rx.disabled(SPECIAL_OUTPATIENT));
    assertThat(check(engine, rx(item("ABX-S")).build()).findings()).isEmpty();
  }

  // ------------------------------------------------------------------------------ SPECIAL_CONSULT

  @Test
  void specialAntibioticForAnInpatientWithoutConsultationBlocks() {
    TestEngine engine = engineWith(physician(DOC).build(), InstitutionLevel.TERTIARY);
    Verdict v = check(engine, rx(Setting.INPATIENT, item("ABX-S")).build());
    Finding f = single(v, SPECIAL_CONSULT);
    assertThat(f.item()).isZero();
    assertThat(f.evidence()).containsEntry("drugCode", "ABX-S")
        .containsEntry("setting", "INPATIENT");
    onlyRules(v, SPECIAL_CONSULT);
  }

  @Test
  void blankConsultationIdCountsAsNone() {
    TestEngine engine = engineWith(physician(DOC).build(), InstitutionLevel.TERTIARY);
    Verdict v = check(engine, rx(Setting.INPATIENT, item("ABX-S")).consultationId("  ").build());
    single(v, SPECIAL_CONSULT);
  }

  @Test
  void emergencyOverrideWaivesTheConsultation() {
    TestEngine engine = engineWith(physician(DOC).build(), InstitutionLevel.TERTIARY);
    Verdict v = check(engine, rx(Setting.INPATIENT, item("ABX-S"))
        .emergencyOverride(onTimeOverride()).build());
    assertThat(v.findings()).as("%s", v).isEmpty();
  }

  @Test
  void overrideWaivesConsultationAndWarnsTheTierForAPrescriberBelowSpecial() {
    TestEngine engine = engineWith(physician(DOC).title(Title.INTERMEDIATE).build(),
        InstitutionLevel.TERTIARY);
    Verdict v = check(engine, rx(Setting.INPATIENT, item("ABX-S"))
        .emergencyOverride(onTimeOverride()).build());
    single(v, TIER, Decision.WARN);
    none(v, SPECIAL_CONSULT);
    assertDecision(v, Decision.WARN);
  }

  @Test
  void restrictedAntibioticForAnInpatientNeedsNoConsultation() {
    TestEngine engine = engineWith(physician(DOC).build(), InstitutionLevel.TERTIARY);
    assertThat(check(engine, rx(Setting.INPATIENT, item("ABX-R")).build()).findings()).isEmpty();
  }

  @Test
  void policySeverityForSpecialConsultIsApplied() {
    TestEngine engine = engineWith(physician(DOC).build(), InstitutionLevel.TERTIARY)
        .policy(Rx.severity(SPECIAL_CONSULT, Decision.REVIEW));
    Verdict v = check(engine, rx(Setting.INPATIENT, item("ABX-S")).build());
    single(v, SPECIAL_CONSULT, Decision.REVIEW);
    assertDecision(v, Decision.REVIEW);
  }
}
