package io.github.qinglian.checkers.prescription;

import static io.github.qinglian.checkers.prescription.Rx.ISSUED;
import static io.github.qinglian.checkers.prescription.Rx.antibiotic;
import static io.github.qinglian.checkers.prescription.Rx.antitumor;
import static io.github.qinglian.checkers.prescription.Rx.assertDecision;
import static io.github.qinglian.checkers.prescription.Rx.check;
import static io.github.qinglian.checkers.prescription.Rx.controlled;
import static io.github.qinglian.checkers.prescription.Rx.item;
import static io.github.qinglian.checkers.prescription.Rx.none;
import static io.github.qinglian.checkers.prescription.Rx.onlyRules;
import static io.github.qinglian.checkers.prescription.Rx.physician;
import static io.github.qinglian.checkers.prescription.Rx.plain;
import static io.github.qinglian.checkers.prescription.Rx.single;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.qinglian.ConfigProblem;
import io.github.qinglian.Decision;
import io.github.qinglian.Finding;
import io.github.qinglian.Qinglian;
import io.github.qinglian.Verdict;
import io.github.qinglian.model.AntibioticTier;
import io.github.qinglian.model.AntitumorTier;
import io.github.qinglian.model.ControlClass;
import io.github.qinglian.model.Drug;
import io.github.qinglian.model.DrugForm;
import io.github.qinglian.model.EmergencyOverride;
import io.github.qinglian.model.Employment;
import io.github.qinglian.model.Institution;
import io.github.qinglian.model.InstitutionLevel;
import io.github.qinglian.model.Patient;
import io.github.qinglian.model.Practitioner;
import io.github.qinglian.model.Prescription;
import io.github.qinglian.model.PrescriptionItem;
import io.github.qinglian.model.PrescribingStatus;
import io.github.qinglian.model.Profession;
import io.github.qinglian.model.Setting;
import io.github.qinglian.model.Title;
import io.github.qinglian.policy.FailMode;
import io.github.qinglian.policy.Policy;
import io.github.qinglian.reference.DrugCatalog;
import io.github.qinglian.reference.InMemoryPractitionerDirectory;
import io.github.qinglian.reference.ReferenceData;
import io.github.qinglian.rule.Rule;
import io.github.qinglian.rule.RuleCatalog;
import io.github.qinglian.testing.Fixtures;
import io.github.qinglian.testing.TestEngine;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The readings of rules.md that settle the edge cases (unknown references, who prescribes,
 * emergency override, statutory limits), and the shape of a verdict.
 */
class ReadingsTest {
  private static final String INVALID = "INPUT.INVALID";
  private static final String NO_PRIVILEGE = "RX.PRESCRIBER.NO_PRIVILEGE";
  private static final String COSIGN = "RX.PRESCRIBER.COSIGN";
  private static final String ABX_TIER = "RX.ANTIBIOTIC.TIER";
  private static final String AT_TIER = "RX.ANTITUMOR.TIER";
  private static final String QUALIFICATION = "RX.CONTROLLED.QUALIFICATION";
  private static final String SELF = "RX.CONTROLLED.SELF";
  private static final String AUTHOR = "A1";
  private static final String COSIGNER = "C1";

  private static TestEngine engine(Practitioner... staff) {
    return TestEngine.newBuilder()
        .practitioner(staff)
        .drug(plain("ORAL"), plain("ORAL2"),
            antibiotic("ABX-R", AntibioticTier.RESTRICTED),
            antibiotic("ABX-S", AntibioticTier.SPECIAL),
            antitumor("AT-G", AntitumorTier.GENERAL),
            antitumor("AT-R", AntitumorTier.RESTRICTED),
            controlled("N-ORAL", ControlClass.NARCOTIC, DrugForm.ORAL),
            controlled("P2", ControlClass.PSYCHOTROPIC_2, DrugForm.ORAL));
  }

  private static Prescription.Builder by(String prescriberId, String cosignerId,
      PrescriptionItem... items) {
    return Fixtures.prescription(prescriberId, items).cosignerId(cosignerId);
  }

  private static Practitioner.Builder assistant(String id) {
    return Practitioner.newBuilder(id, Profession.ASSISTANT_PHYSICIAN)
        .title(Title.JUNIOR).registeredHere(true).prescribing(PrescribingStatus.GRANTED)
        .antibioticPrivilege(AntibioticTier.UNRESTRICTED);
  }

  private static Practitioner.Builder probationer(String id) {
    return physician(id).employment(Employment.PROBATION);
  }

  // ------------------------------------------------------------------------------ unknown references

  @Test
  void unknownPrescriberIsNoPrivilegeAndNeverInputInvalid() {
    Verdict v = check(engine(), by("GHOST", null, item("ABX-R"), item("ORAL")).build());
    assertThat(single(v, NO_PRIVILEGE).evidence()).containsEntry("prescriberId", "GHOST");
    none(v, INVALID);
  }

  @Test
  void unknownCosignerIsCosignAndNeverInputInvalid() {
    Verdict v = check(engine(assistant(AUTHOR).build()), by(AUTHOR, "GHOST", item("ORAL")).build());
    assertThat(single(v, COSIGN).evidence()).containsEntry("cosignerId", "GHOST");
    none(v, INVALID);
    none(v, NO_PRIVILEGE);
  }

  @Test
  void unknownDrugCodeIsInputInvalidAndEveryRuleNeedingTheDrugIsSkippedForIt() {
    // Were its drug known, line 2 would break the days limit and the cost threshold, and be the
    // sixth drug.
    PrescriptionItem unknown = Fixtures.item("NOPE").daysSupply(90)
        .quantity(new BigDecimal("100000")).build();
    Prescription p = by("D1", null, item("ORAL"), item("ORAL2"), unknown, item("ABX-R"),
        item("AT-G"), item("P2")).build();
    Verdict v = check(engine(physician("D1").build()), p);
    Finding f = Rx.invalid(v, "/subject/items/2/drugCode");
    assertThat(f.item()).isEqualTo(2);
    assertThat(f.severity()).isEqualTo(Decision.REVIEW);
    onlyRules(v, INVALID);
    assertDecision(v, Decision.REVIEW);
  }

  // ------------------------------------------------------------------------------ who prescribes

  @Test
  void coSignedPrescriptionUsesTheCosignersAntibioticTierEvenWhenLower() {
    Practitioner author = probationer(AUTHOR).build(); // senior, SPECIAL
    Practitioner cosigner = physician(COSIGNER).title(Title.INTERMEDIATE).build(); // RESTRICTED
    Verdict v = check(engine(author, cosigner),
        by(AUTHOR, COSIGNER, item("ABX-S")).setting(Setting.INPATIENT).consultationId("HZ-1")
            .build());
    assertThat(single(v, ABX_TIER).evidence()).containsEntry("tierHolderId", COSIGNER)
        .containsEntry("prescriberTier", "RESTRICTED");
    onlyRules(v, ABX_TIER);
  }

  @Test
  void coSignedPrescriptionUsesTheCosignersAntibioticTierWhenHigher() {
    Practitioner author = assistant(AUTHOR).build(); // UNRESTRICTED at most
    Verdict v = check(engine(author, physician(COSIGNER).build()),
        by(AUTHOR, COSIGNER, item("ABX-R")).build());
    assertThat(v.findings()).as("%s", v).isEmpty();
  }

  @Test
  void invalidCosignerLeavesThePrescribersOwnPrivileges() {
    Practitioner author = assistant(AUTHOR).build();
    Practitioner notHere = physician(COSIGNER).registeredHere(false).build();
    Verdict v = check(engine(author, notHere), by(AUTHOR, COSIGNER, item("ABX-R")).build());
    single(v, COSIGN);
    assertThat(single(v, ABX_TIER).evidence()).containsEntry("tierHolderId", AUTHOR)
        .containsEntry("prescriberTier", "UNRESTRICTED");
  }

  @Test
  void missingCosignerLeavesThePrescribersOwnPrivileges() {
    Verdict v = check(engine(assistant(AUTHOR).build()), by(AUTHOR, null, item("ABX-R")).build());
    single(v, NO_PRIVILEGE);
    assertThat(single(v, ABX_TIER).evidence()).containsEntry("tierHolderId", AUTHOR);
  }

  @Test
  void cosignerNamedWithoutNeedDoesNotLendPrivileges() {
    Practitioner author = physician(AUTHOR).title(Title.JUNIOR).build();
    Verdict v = check(engine(author, physician(COSIGNER).build()),
        by(AUTHOR, COSIGNER, item("ABX-R")).build());
    assertThat(single(v, ABX_TIER).evidence()).containsEntry("tierHolderId", AUTHOR);
  }

  @Test
  void coSignedPrescriptionUsesTheCosignersAntitumorTier() {
    Practitioner author = probationer(AUTHOR).build(); // RESTRICTED
    Practitioner intermediate = physician(COSIGNER).title(Title.INTERMEDIATE).build(); // GENERAL
    Verdict low = check(engine(author, intermediate), by(AUTHOR, COSIGNER, item("AT-R")).build());
    assertThat(single(low, AT_TIER).evidence()).containsEntry("tierHolderId", COSIGNER)
        .containsEntry("prescriberTier", "GENERAL");
    Verdict high = check(engine(assistant(AUTHOR).build(), physician(COSIGNER).build()),
        by(AUTHOR, COSIGNER, item("AT-R")).build());
    assertThat(high.findings()).as("%s", high).isEmpty();
  }

  @Test
  void coSignedPrescriptionUsesTheCosignersNarcoticQualification() {
    Practitioner qualifiedAuthor = probationer(AUTHOR).build();
    Practitioner unqualified = physician(COSIGNER).narcoticPrivilege(false).build();
    Verdict v = check(engine(qualifiedAuthor, unqualified),
        by(AUTHOR, COSIGNER, item("N-ORAL")).build());
    assertThat(single(v, QUALIFICATION).evidence())
        .containsEntry("qualificationHolderId", COSIGNER);

    Practitioner unqualifiedAuthor = assistant(AUTHOR).narcoticPrivilege(false).build();
    Verdict ok = check(engine(unqualifiedAuthor, physician(COSIGNER).build()),
        by(AUTHOR, COSIGNER, item("N-ORAL")).build());
    assertThat(ok.findings()).as("%s", ok).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({AUTHOR, COSIGNER})
  void selfComparesThePatientWithBothPrescriberAndCosigner(String patientStaffId) {
    Patient staff = Fixtures.patient().practitionerId(patientStaffId).build();
    Verdict v = check(engine(assistant(AUTHOR).narcoticPrivilege(true).build(),
            physician(COSIGNER).build()),
        by(AUTHOR, COSIGNER, item("N-ORAL")).patient(staff).build());
    assertThat(single(v, SELF).evidence()).containsEntry("patientPractitionerId", patientStaffId);
    onlyRules(v, SELF);
  }

  @Test
  void internetPracticeIsAlwaysThePrescribersOwn() {
    Practitioner offline = probationer(AUTHOR).internetPractice(false).build();
    Verdict v = check(engine(offline, physician(COSIGNER).build()),
        by(AUTHOR, COSIGNER, item("ORAL")).setting(Setting.INTERNET).build());
    assertThat(single(v, "RX.INTERNET.PRESCRIBER").evidence()).containsEntry("prescriberId", AUTHOR);

    Practitioner online = probationer(AUTHOR).build();
    Practitioner offlineCosigner = physician(COSIGNER).internetPractice(false)
        .independentPracticeYears(1).build();
    Verdict ok = check(engine(online, offlineCosigner),
        by(AUTHOR, COSIGNER, item("ORAL")).setting(Setting.INTERNET).build());
    assertThat(ok.findings()).as("%s", ok).isEmpty();
  }

  /** Authors who need a co-signature × co-signers: at most one of NO_PRIVILEGE and COSIGN. */
  static Stream<Arguments> authorsAndCosigners() {
    List<Practitioner> authors = List.of(
        assistant(AUTHOR).build(),
        probationer(AUTHOR).build(),
        probationer(AUTHOR).prescribing(PrescribingStatus.NONE).build(),
        physician(AUTHOR).employment(Employment.VISITING).prescribing(PrescribingStatus.NONE)
            .build());
    Stream.Builder<Arguments> out = Stream.builder();
    for (Practitioner a : authors) {
      String who = a.profession() + "/" + a.employment() + "/" + a.prescribing();
      out.add(Arguments.of(who, a, null, null, NO_PRIVILEGE));
      out.add(Arguments.of(who, a, "GHOST", null, COSIGN));
      out.add(Arguments.of(who, a, COSIGNER, physician(COSIGNER)
          .employment(Employment.VISITING).build(), COSIGN));
      out.add(Arguments.of(who, a, COSIGNER, physician(COSIGNER).build(), null));
    }
    return out.build();
  }

  @ParameterizedTest(name = "{0} co-signed by {2} → {4}")
  @MethodSource("authorsAndCosigners")
  void noPrivilegeAndCosignNeverFireTogether(String who, Practitioner author, String cosignerId,
      Practitioner cosigner, String expected) {
    TestEngine engine = cosigner == null ? engine(author) : engine(author, cosigner);
    Verdict v = check(engine, by(AUTHOR, cosignerId, item("ORAL")).build());
    List<String> fired = v.findings().stream().map(Finding::ruleId)
        .filter(id -> id.equals(NO_PRIVILEGE) || id.equals(COSIGN)).collect(Collectors.toList());
    if (expected == null) {
      assertThat(fired).isEmpty();
    } else {
      assertThat(fired).containsExactly(expected);
    }
  }

  // ------------------------------------------------------------------------------ emergency override

  private static EmergencyOverride override() {
    return EmergencyOverride.of("抢救", ISSUED, ISSUED.plus(Duration.ofHours(2)));
  }

  @Test
  void overrideLiftsTheAntibioticTierAndConsultationButNothingElseForAnInpatient() {
    Practitioner junior = physician(AUTHOR).title(Title.JUNIOR).narcoticPrivilege(false).build();
    Prescription p = by(AUTHOR, null, item("ABX-S"), item("AT-G"),
        Fixtures.item("N-ORAL").daysSupply(2).build(), Fixtures.item("P2").daysSupply(8).build())
        .setting(Setting.INPATIENT).emergencyOverride(override()).build();
    Verdict v = check(engine(junior), p);
    single(v, ABX_TIER, Decision.WARN);
    none(v, "RX.ANTIBIOTIC.SPECIAL_CONSULT");
    single(v, AT_TIER, Decision.BLOCK);
    single(v, QUALIFICATION, Decision.BLOCK);
    single(v, "RX.CONTROLLED.QUANTITY", Decision.BLOCK);
    single(v, "RX.PSYCHOTROPIC2.QUANTITY", Decision.BLOCK);
    assertDecision(v, Decision.BLOCK);
  }

  @ParameterizedTest
  @EnumSource(value = Setting.class, names = {"OUTPATIENT", "EMERGENCY", "INTERNET"})
  void overrideDoesNotLiftSpecialOutpatient(Setting setting) {
    Practitioner intermediate = physician(AUTHOR).title(Title.INTERMEDIATE).build();
    Verdict v = check(engine(intermediate), by(AUTHOR, null, item("ABX-S")).setting(setting)
        .emergencyOverride(override()).build());
    single(v, ABX_TIER, Decision.WARN);
    single(v, "RX.ANTIBIOTIC.SPECIAL_OUTPATIENT", Decision.BLOCK);
    assertDecision(v, Decision.BLOCK);
  }

  @Test
  void overrideDoesNotLiftSelf() {
    Patient self = Fixtures.patient().practitionerId(AUTHOR).build();
    Verdict v = check(engine(physician(AUTHOR).build()), by(AUTHOR, null, item("N-ORAL"))
        .patient(self).emergencyOverride(override()).build());
    single(v, SELF, Decision.BLOCK);
  }

  // ------------------------------------------------------------------------------ statutory limits

  @ParameterizedTest(name = "{0}.{1} = {2} → warning {3}")
  @CsvSource({
      "RX.ITEMS.MAX, maxItems, 6, true, 5, 处方管理办法 第六条",
      "RX.ITEMS.MAX, maxItems, 3, false, , ",
      "RX.DAYS.LIMIT, outpatientDays, 8, true, 7, 处方管理办法 第十九条",
      "RX.DAYS.LIMIT, emergencyDays, 4, true, 3, 处方管理办法 第十九条",
      "RX.DAYS.LIMIT, emergencyDays, 2, false, , ",
      "RX.DAYS.LIMIT, extendedDays, 60, false, , ",
      "RX.INTERNET.PRESCRIBER, minYears, 2, true, 3, 互联网诊疗管理办法（试行） 第二十五条",
      "RX.INTERNET.PRESCRIBER, minYears, 5, false, , ",
      "RX.INTERNET.CHILD_GUARDIAN, maxAgeYears, 5, true, 6, 互联网诊疗管理办法（试行） 第十九条",
      "RX.INTERNET.CHILD_GUARDIAN, maxAgeYears, 8, false, , ",
      "RX.ANTIBIOTIC.OVERRIDE_OVERDUE, windowHours, 48, true, 24, 抗菌药物临床应用管理办法 第二十八条",
      "RX.ANTIBIOTIC.OVERRIDE_OVERDUE, windowHours, 12, false, , ",
      "RX.VALIDITY.EXPIRED, maxDays, 5, true, 3, 处方管理办法 第十八条",
      "RX.CONTROLLED.QUANTITY, otherDays, 4, true, 3, 处方管理办法 第二十三条",
      "RX.PSYCHOTROPIC2.QUANTITY, maxDays, 14, true, 7, 处方管理办法 第二十三条"})
  void policyThatLoosensAStatutoryLimitLoadsWithAWarningNamingItsLegalValueAndSource(
      String ruleId, String param, int value, boolean warns, String legal, String source) {
    Policy p = Rx.param(ruleId, param, value);
    List<ConfigProblem> warnings = p.warnings();
    if (!warns) {
      assertThat(warnings).isEmpty();
      return;
    }
    assertThat(warnings).hasSize(1);
    ConfigProblem w = warnings.get(0);
    assertThat(w.pointer()).isEqualTo("/rules/" + ruleId + "/params/" + param);
    assertThat(w.reason()).contains(legal).contains(source).contains(String.valueOf(value));
    assertThat(p.intParam(RuleCatalog.byId(ruleId), param))
        .isEqualTo(value);
  }

  @Test
  void loosenedStatutoryLimitIsStillApplied() {
    Policy six = Rx.param("RX.ITEMS.MAX", "maxItems", 6);
    TestEngine engine = TestEngine.newBuilder().practitioner(physician("D1").build())
        .drug(plain("W1"), plain("W2"), plain("W3"), plain("W4"), plain("W5"), plain("W6"),
            plain("W7"))
        .policy(six);
    Prescription.Builder b = Fixtures.prescription("D1");
    for (int i = 1; i <= 6; i++) {
      b.addItem(item("W" + i));
    }
    none(check(engine, b.build()), "RX.ITEMS.MAX");
    b.addItem(item("W7"));
    single(check(engine, b.build()), "RX.ITEMS.MAX");
  }

  // ------------------------------------------------------------------------------ the verdict

  @ParameterizedTest
  @EnumSource(Setting.class)
  void cleanPrescriptionGetsTheSnapshotsSharedAllowVerdict(Setting setting) {
    Qinglian q = engine(physician("D1").build()).build();
    Verdict v = q.prescriptions().check(by("D1", null, item("ORAL")).setting(setting).build());
    assertThat(v).isSameAs(q.snapshot().allowVerdict());
    assertThat(v.decision()).isEqualTo(Decision.ALLOW);
    assertThat(v.findings()).isEmpty();
  }

  @Test
  void afterAReloadACleanPrescriptionGetsTheNewSnapshotsAllowVerdict() {
    Qinglian q = engine(physician("D1").build()).build();
    Verdict before = q.prescriptions().check(by("D1", null, item("ORAL")).build());
    q.reload(Policy.newBuilder().version("2026-12").build());
    Verdict after = q.prescriptions().check(by("D1", null, item("ORAL")).build());
    assertThat(after).isSameAs(q.snapshot().allowVerdict()).isNotSameAs(before);
    assertThat(after.policyVersion()).isEqualTo("2026-12");
  }

  @Test
  void findingsAreOrderedBySeverityThenRuleIdThenItem() {
    Practitioner restricted = physician("D1").title(Title.JUNIOR)
        .prescribing(PrescribingStatus.RESTRICTED).build();
    TestEngine engine = engine(restricted).drug(
        Fixtures.drug("OUT").inFormulary(false).build(),
        Fixtures.drug("KEY").keyMonitored(true).build());
    Prescription p = by("D1", null,
        item("OUT"),                                      // 0: NOT_LISTED (REVIEW)
        Fixtures.item("ORAL").daysSupply(9).build(),      // 1: DAYS.LIMIT (BLOCK)
        item("KEY"),                                      // 2: KEY_MONITORED (REVIEW)
        item("ABX-R"),                                    // 3: ANTIBIOTIC.TIER (BLOCK)
        Fixtures.item("ORAL2").daysSupply(8).build(),     // 4: DAYS.LIMIT (BLOCK)
        item("OUT"))                                      // 5: NOT_LISTED (REVIEW)
        .build();
    Verdict v = check(engine, p);
    List<String> order = v.findings().stream()
        .map(f -> f.severity() + " " + f.ruleId() + " " + f.item())
        .collect(Collectors.toList());
    assertThat(order).containsExactly(
        "BLOCK RX.ANTIBIOTIC.TIER 3",
        "BLOCK RX.DAYS.LIMIT 1",
        "BLOCK RX.DAYS.LIMIT 4",
        "REVIEW RX.FORMULARY.NOT_LISTED 0",
        "REVIEW RX.FORMULARY.NOT_LISTED 5",
        "REVIEW RX.KEY_MONITORED 2",
        "REVIEW RX.PRESCRIBER.RESTRICTED -1");
    assertThat(v.findings()).isSortedAccordingTo(Finding.ORDER);
    for (Finding f : v.findings()) {
      Rx.assertWellFormed(f);
    }
    assertDecision(v, Decision.BLOCK);
  }

  @Test
  void decisionIsTheMostSevereFinding() {
    Practitioner junior = physician("D1").title(Title.JUNIOR).build();
    TestEngine engine = engine(junior).drug(Fixtures.drug("KEY").keyMonitored(true).build());
    // WARN (tier under an override) and REVIEW (key-monitored): REVIEW
    Verdict v = check(engine, by("D1", null, item("ABX-R"), item("KEY"))
        .emergencyOverride(override()).build());
    assertThat(v.findings()).extracting(Finding::severity)
        .containsExactly(Decision.REVIEW, Decision.WARN);
    assertDecision(v, Decision.REVIEW);
    // WARN alone: WARN
    Verdict warn = check(engine, by("D1", null, item("ABX-R")).emergencyOverride(override())
        .build());
    assertDecision(warn, Decision.WARN);
  }

  @Test
  void reloadingThePolicyMovesTheLimitForTheNextCheck() {
    TestEngine engine = TestEngine.newBuilder().practitioner(physician("D1").build())
        .drug(plain("W1"), plain("W2"), plain("W3"), plain("W4"));
    Qinglian q = engine.build();
    Prescription four = by("D1", null, item("W1"), item("W2"), item("W3"), item("W4")).build();
    none(check(q, four), "RX.ITEMS.MAX");
    q.reload(Rx.param("RX.ITEMS.MAX", "maxItems", 3));
    assertThat(single(check(q, four), "RX.ITEMS.MAX").evidence()).containsEntry("maxItems", 3);
  }

  @ParameterizedTest
  @EnumSource(value = Decision.class, names = {"WARN", "BLOCK"})
  void internalFailureIsEngineErrorAtThePolicysClinicalFailModeAndNeverThrows(Decision mode) {
    DrugCatalog broken = new DrugCatalog() {
      @Override
      public Drug find(String code) {
        throw new IllegalStateException("catalog unavailable");
      }

      @Override
      public int size() {
        return 0;
      }
    };
    Qinglian q = Qinglian.newBuilder()
        .institution(Institution.of("H1", InstitutionLevel.TERTIARY))
        .policy(Policy.newBuilder().failMode(FailMode.of(mode, Decision.BLOCK)).build())
        .reference(ReferenceData.newBuilder()
            .practitioners(InMemoryPractitionerDirectory.of(List.of(physician("D1").build())))
            .drugs(broken).build())
        .build();
    Verdict v = q.prescriptions().check(by("D1", null, item("ORAL")).build());
    Finding f = single(v, "ENGINE.ERROR", mode);
    assertThat(f.evidence()).containsEntry("failMode", mode.name());
    onlyRules(v, "ENGINE.ERROR");
    assertDecision(v, mode);
  }

  @Test
  void prescriptionRuleCatalogIsTheOneTheseTestsCover() {
    // Guards against a new RX rule that no test here names.
    List<String> rxRules = RuleCatalog.all().stream()
        .map(Rule::id)
        .filter(id -> id.startsWith("RX."))
        .collect(Collectors.toList());
    assertThat(rxRules).containsExactlyInAnyOrder(
        "RX.PRESCRIBER.NO_PRIVILEGE", "RX.PRESCRIBER.COSIGN", "RX.PRESCRIBER.SUSPENDED",
        "RX.PRESCRIBER.RESTRICTED", "RX.ANTIBIOTIC.TIER", "RX.ANTIBIOTIC.SPECIAL_OUTPATIENT",
        "RX.ANTIBIOTIC.SPECIAL_CONSULT", "RX.ANTIBIOTIC.OVERRIDE_OVERDUE", "RX.ANTITUMOR.TIER",
        "RX.CONTROLLED.QUALIFICATION", "RX.CONTROLLED.SELF", "RX.CONTROLLED.QUANTITY",
        "RX.CONTROLLED.SPECIAL_DRUG", "RX.PSYCHOTROPIC2.QUANTITY", "RX.ITEMS.MAX",
        "RX.ITEMS.HERBAL_MIXED", "RX.DAYS.LIMIT", "RX.VALIDITY.EXPIRED",
        "RX.INTERNET.FIRST_VISIT", "RX.INTERNET.CONTROLLED", "RX.INTERNET.PRESCRIBER",
        "RX.INTERNET.CHILD_GUARDIAN", "RX.FORMULARY.NOT_LISTED", "RX.KEY_MONITORED",
        "RX.COST.LARGE");
  }
}
