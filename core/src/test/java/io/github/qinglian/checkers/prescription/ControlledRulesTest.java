package io.github.qinglian.checkers.prescription;

import static io.github.qinglian.checkers.prescription.Rx.DOC;
import static io.github.qinglian.checkers.prescription.Rx.assertDecision;
import static io.github.qinglian.checkers.prescription.Rx.check;
import static io.github.qinglian.checkers.prescription.Rx.controlled;
import static io.github.qinglian.checkers.prescription.Rx.item;
import static io.github.qinglian.checkers.prescription.Rx.none;
import static io.github.qinglian.checkers.prescription.Rx.onlyRules;
import static io.github.qinglian.checkers.prescription.Rx.physician;
import static io.github.qinglian.checkers.prescription.Rx.plain;
import static io.github.qinglian.checkers.prescription.Rx.rx;
import static io.github.qinglian.checkers.prescription.Rx.single;
import static io.github.qinglian.checkers.prescription.Rx.special;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.qinglian.Decision;
import io.github.qinglian.Finding;
import io.github.qinglian.Verdict;
import io.github.qinglian.model.Condition;
import io.github.qinglian.model.ControlClass;
import io.github.qinglian.model.DrugForm;
import io.github.qinglian.model.InstitutionLevel;
import io.github.qinglian.model.Patient;
import io.github.qinglian.model.PrescriptionItem;
import io.github.qinglian.model.Setting;
import io.github.qinglian.model.SpecialRule;
import io.github.qinglian.testing.Fixtures;
import io.github.qinglian.testing.TestEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * 麻醉药品 and 第一类精神药品: RX.CONTROLLED.QUALIFICATION, RX.CONTROLLED.SELF,
 * RX.CONTROLLED.QUANTITY and RX.CONTROLLED.SPECIAL_DRUG.
 */
class ControlledRulesTest {
  private static final String QUALIFICATION = "RX.CONTROLLED.QUALIFICATION";
  private static final String SELF = "RX.CONTROLLED.SELF";
  private static final String QUANTITY = "RX.CONTROLLED.QUANTITY";
  private static final String SPECIAL_DRUG = "RX.CONTROLLED.SPECIAL_DRUG";

  private static final String MPH = "MPH";

  private static TestEngine engine() {
    return Rx.engine(
        controlled("N-INJ", ControlClass.NARCOTIC, DrugForm.INJECTION),
        controlled("N-CR", ControlClass.NARCOTIC, DrugForm.CONTROLLED_RELEASE),
        controlled("N-ORAL", ControlClass.NARCOTIC, DrugForm.ORAL),
        controlled("N-EXTERNAL", ControlClass.NARCOTIC, DrugForm.EXTERNAL),
        controlled("P1-ORAL", ControlClass.PSYCHOTROPIC_1, DrugForm.ORAL),
        controlled("P1-INJ", ControlClass.PSYCHOTROPIC_1, DrugForm.INJECTION),
        controlled("P2-ORAL", ControlClass.PSYCHOTROPIC_2, DrugForm.ORAL),
        controlled("TOXIC", ControlClass.TOXIC, DrugForm.ORAL),
        controlled("RADIOACTIVE", ControlClass.RADIOACTIVE, DrugForm.INJECTION),
        special(MPH, SpecialRule.METHYLPHENIDATE, ControlClass.PSYCHOTROPIC_1, DrugForm.ORAL),
        special("MPH-CR", SpecialRule.METHYLPHENIDATE, ControlClass.PSYCHOTROPIC_1,
            DrugForm.CONTROLLED_RELEASE),
        special("PETHIDINE", SpecialRule.PETHIDINE, ControlClass.NARCOTIC, DrugForm.INJECTION),
        special("DHE", SpecialRule.DIHYDROETORPHINE, ControlClass.NARCOTIC, DrugForm.OTHER),
        plain("ORAL"));
  }

  private static TestEngine engine(String... narcoticLessPrescriber) {
    TestEngine e = engine();
    for (String id : narcoticLessPrescriber) {
      e.practitioner(physician(id).narcoticPrivilege(false).build());
    }
    return e;
  }

  private static PrescriptionItem line(String code, int daysSupply, int doses) {
    return Fixtures.item(code).daysSupply(daysSupply).doses(doses).build();
  }

  // ------------------------------------------------------------------------------ QUALIFICATION

  @ParameterizedTest
  @CsvSource({
      "N-ORAL, NARCOTIC, OUTPATIENT",
      "N-ORAL, NARCOTIC, EMERGENCY",
      "N-ORAL, NARCOTIC, INPATIENT",
      "P1-ORAL, PSYCHOTROPIC_1, OUTPATIENT",
      "P1-ORAL, PSYCHOTROPIC_1, INPATIENT"})
  void narcoticOrClassOnePsychotropicWithoutTheQualificationBlocks(
      String code, ControlClass control, Setting setting) {
    Verdict v = check(engine("NQ"),
        Fixtures.prescription("NQ", item("ORAL"), item(code)).setting(setting).build());
    Finding f = single(v, QUALIFICATION);
    assertThat(f.item()).isEqualTo(1);
    assertThat(f.evidence()).containsEntry("drugCode", code)
        .containsEntry("control", control.name())
        .containsEntry("qualificationHolderId", "NQ");
    onlyRules(v, QUALIFICATION);
    assertDecision(v, Decision.BLOCK);
  }

  @ParameterizedTest
  @CsvSource({"P2-ORAL", "TOXIC", "RADIOACTIVE", "ORAL"})
  void otherDrugsNeedNoNarcoticQualification(String code) {
    Verdict v = check(engine("NQ"), Fixtures.prescription("NQ", item(code)).build());
    assertThat(v.findings()).as("%s", v).isEmpty();
  }

  @Test
  void narcoticByAQualifiedPrescriberIsAllowed() {
    assertThat(check(engine(), rx(item("N-ORAL"), item("P1-ORAL")).build()).findings()).isEmpty();
  }

  @Test
  void policySeverityForQualificationIsAppliedAndDisablingRemovesIt() {
    Verdict reviewed = check(engine("NQ").policy(Rx.severity(QUALIFICATION, Decision.REVIEW)),
        Fixtures.prescription("NQ", item("N-ORAL")).build());
    single(reviewed, QUALIFICATION, Decision.REVIEW);
    Verdict off = check(engine("NQ").policy(Rx.disabled(QUALIFICATION)),
        Fixtures.prescription("NQ", item("N-ORAL")).build());
    assertThat(off.findings()).isEmpty();
  }

  // ------------------------------------------------------------------------------ SELF

  @ParameterizedTest
  @CsvSource({"N-ORAL, NARCOTIC", "P1-ORAL, PSYCHOTROPIC_1"})
  void narcoticOrClassOnePsychotropicForThePrescriberThemselvesBlocks(
      String code, ControlClass control) {
    Patient self = Fixtures.patient().practitionerId(DOC).build();
    Verdict v = check(engine(), rx(item(code)).patient(self).build());
    Finding f = single(v, SELF);
    assertThat(f.evidence()).containsEntry("drugCode", code)
        .containsEntry("control", control.name())
        .containsEntry("patientPractitionerId", DOC);
    onlyRules(v, SELF);
  }

  @Test
  void narcoticForAnotherMemberOfStaffIsNotSelf() {
    Patient colleague = Fixtures.patient().practitionerId("D2").build();
    assertThat(check(engine(), rx(item("N-ORAL")).patient(colleague).build()).findings())
        .isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"P2-ORAL", "TOXIC", "ORAL"})
  void otherDrugsForThePrescriberThemselvesAreNotSelf(String code) {
    Patient self = Fixtures.patient().practitionerId(DOC).build();
    assertThat(check(engine(), rx(item(code)).patient(self).build()).findings()).isEmpty();
  }

  @Test
  void disablingSelfRemovesTheFinding() {
    Patient self = Fixtures.patient().practitionerId(DOC).build();
    Verdict v = check(engine().policy(Rx.disabled(SELF)), rx(item("N-ORAL")).patient(self).build());
    assertThat(v.findings()).isEmpty();
  }

  // ------------------------------------------------------------------------------ QUANTITY

  /**
   * Each row: setting, patient condition (blank for none), drug, daysSupply, doses, the limit when
   * the line is over it (blank when within), the basis, and which field is counted.
   */
  @ParameterizedTest(name = "{0} {1} {2} days={3} doses={4} → limit {5}")
  @CsvSource({
      // ordinary outpatient and emergency: injection 1 dose, counted in doses
      "OUTPATIENT, , N-INJ, 5, 1, , ORDINARY, doses",
      "OUTPATIENT, , N-INJ, 1, 2, 1, ORDINARY, doses",
      "EMERGENCY,  , N-INJ, 5, 1, , ORDINARY, doses",
      "EMERGENCY,  , N-INJ, 1, 2, 1, ORDINARY, doses",
      "OUTPATIENT, , P1-INJ, 1, 2, 1, ORDINARY, doses",
      // ordinary controlled-release: 7 days
      "OUTPATIENT, , N-CR, 6, 20, , ORDINARY, daysSupply",
      "OUTPATIENT, , N-CR, 7, 20, , ORDINARY, daysSupply",
      "OUTPATIENT, , N-CR, 8, 1, 7, ORDINARY, daysSupply",
      "EMERGENCY,  , N-CR, 7, 20, , ORDINARY, daysSupply",
      "EMERGENCY,  , N-CR, 8, 1, 7, ORDINARY, daysSupply",
      // ordinary other forms: 3 days
      "OUTPATIENT, , N-ORAL, 2, 9, , ORDINARY, daysSupply",
      "OUTPATIENT, , N-ORAL, 3, 9, , ORDINARY, daysSupply",
      "OUTPATIENT, , N-ORAL, 4, 1, 3, ORDINARY, daysSupply",
      "EMERGENCY,  , N-ORAL, 3, 9, , ORDINARY, daysSupply",
      "EMERGENCY,  , N-ORAL, 4, 1, 3, ORDINARY, daysSupply",
      "OUTPATIENT, , N-EXTERNAL, 3, 9, , ORDINARY, daysSupply",
      "OUTPATIENT, , N-EXTERNAL, 4, 1, 3, ORDINARY, daysSupply",
      "OUTPATIENT, , P1-ORAL, 3, 9, , ORDINARY, daysSupply",
      "OUTPATIENT, , P1-ORAL, 4, 1, 3, ORDINARY, daysSupply",
      // cancer pain and chronic severe pain: injection 3 days (in days), CR 15, other 7
      "OUTPATIENT, CANCER_PAIN, N-INJ, 3, 12, , PAIN, daysSupply",
      "OUTPATIENT, CANCER_PAIN, N-INJ, 4, 1, 3, PAIN, daysSupply",
      "EMERGENCY,  CHRONIC_SEVERE_PAIN, N-INJ, 3, 12, , PAIN, daysSupply",
      "EMERGENCY,  CHRONIC_SEVERE_PAIN, N-INJ, 4, 1, 3, PAIN, daysSupply",
      "OUTPATIENT, CANCER_PAIN, N-CR, 15, 30, , PAIN, daysSupply",
      "OUTPATIENT, CANCER_PAIN, N-CR, 16, 1, 15, PAIN, daysSupply",
      "OUTPATIENT, CHRONIC_SEVERE_PAIN, N-CR, 15, 30, , PAIN, daysSupply",
      "OUTPATIENT, CHRONIC_SEVERE_PAIN, N-CR, 16, 1, 15, PAIN, daysSupply",
      "OUTPATIENT, CANCER_PAIN, N-ORAL, 7, 14, , PAIN, daysSupply",
      "OUTPATIENT, CANCER_PAIN, N-ORAL, 8, 1, 7, PAIN, daysSupply",
      "EMERGENCY,  CHRONIC_SEVERE_PAIN, N-ORAL, 7, 14, , PAIN, daysSupply",
      "EMERGENCY,  CHRONIC_SEVERE_PAIN, N-ORAL, 8, 1, 7, PAIN, daysSupply",
      // inpatient: always 1 day, counted in days, pain or not
      "INPATIENT, , N-ORAL, 1, 3, , INPATIENT, daysSupply",
      "INPATIENT, , N-ORAL, 2, 1, 1, INPATIENT, daysSupply",
      "INPATIENT, , N-INJ, 1, 4, , INPATIENT, daysSupply",
      "INPATIENT, , N-INJ, 2, 1, 1, INPATIENT, daysSupply",
      "INPATIENT, , N-CR, 2, 1, 1, INPATIENT, daysSupply",
      "INPATIENT, CANCER_PAIN, N-CR, 2, 1, 1, INPATIENT, daysSupply",
      "INPATIENT, CHRONIC_SEVERE_PAIN, N-INJ, 2, 1, 1, INPATIENT, daysSupply"})
  void controlledQuantityLimits(Setting setting, Condition condition, String code, int daysSupply,
      int doses, Integer limit, String basis, String counted) {
    Patient patient = condition == null ? Fixtures.patient().build()
        : Fixtures.patient().condition(condition).build();
    Verdict v = check(engine(), rx(setting, item("ORAL"), line(code, daysSupply, doses))
        .patient(patient).build());
    if (limit == null) {
      assertThat(v.findings()).as("%s", v).isEmpty();
      return;
    }
    Finding f = single(v, QUANTITY);
    assertThat(f.item()).isEqualTo(1);
    assertThat(f.evidence())
        .containsEntry("drugCode", code)
        .containsEntry("setting", setting.name())
        .containsEntry("basis", basis)
        .containsEntry("limit", limit)
        .containsEntry(counted, counted.equals("doses") ? doses : daysSupply);
    onlyRules(v, QUANTITY);
    assertDecision(v, Decision.BLOCK);
  }

  /** ADHD and methylphenidate: (setting, age, ADHD, drug, daysSupply, limit or blank, basis). */
  @ParameterizedTest(name = "{0} age {1} ADHD {2} {3} days={4} → limit {5}")
  @CsvSource({
      "OUTPATIENT, 17, true, MPH, 15, , ",
      "OUTPATIENT, 17, true, MPH, 16, 15, ADHD_CHILD",
      "EMERGENCY,  17, true, MPH, 15, , ",
      "EMERGENCY,  17, true, MPH, 16, 15, ADHD_CHILD",
      "OUTPATIENT, 6, true, MPH-CR, 15, , ",
      "OUTPATIENT, 18, true, MPH, 3, , ",
      "OUTPATIENT, 18, true, MPH, 4, 3, ORDINARY",
      "OUTPATIENT, 18, true, MPH, 15, 3, ORDINARY",
      "OUTPATIENT, 18, true, MPH-CR, 8, 7, ORDINARY",
      "OUTPATIENT, 17, false, MPH, 4, 3, ORDINARY",
      "INPATIENT,  17, true, MPH, 1, , ",
      "INPATIENT,  17, true, MPH, 2, 1, INPATIENT",
      "OUTPATIENT, 10, true, P1-ORAL, 4, 3, ORDINARY"})
  void methylphenidateForAChildUnderEighteenWithAdhdMayRunFifteenDays(Setting setting, int age,
      boolean adhd, String code, int daysSupply, Integer limit, String basis) {
    Patient.Builder p = Fixtures.patient().ageYears(age);
    if (adhd) {
      p.condition(Condition.ADHD);
    }
    Verdict v = check(engine(), rx(setting, line(code, daysSupply, 1)).patient(p.build()).build());
    if (limit == null) {
      assertThat(v.findings()).as("%s", v).isEmpty();
      return;
    }
    assertThat(single(v, QUANTITY).evidence())
        .containsEntry("limit", limit)
        .containsEntry("basis", basis)
        .containsEntry("daysSupply", daysSupply);
  }

  @Test
  void controlledQuantityIsNotEvaluatedOnInternetPrescriptions() {
    Verdict v = check(engine(), rx(Setting.INTERNET, line("N-ORAL", 10, 10)).build());
    none(v, QUANTITY);
    single(v, "RX.INTERNET.CONTROLLED");
  }

  @Test
  void justificationDoesNotLiftTheControlledLimits() {
    Verdict v = check(engine(), rx(line("N-ORAL", 4, 1)).justification("慢性病").build());
    assertThat(single(v, QUANTITY).evidence()).containsEntry("limit", 3);
  }

  @Test
  void controlledDrugsAreNotJudgedByTheGeneralDaysLimit() {
    Verdict v = check(engine(), rx(Setting.EMERGENCY, line("N-CR", 7, 1)).build());
    assertThat(v.findings()).as("%s", v).isEmpty();
  }

  @Test
  void narcoticInjectionWithoutDosesIsInputInvalid() {
    PrescriptionItem noDoses = Fixtures.item("N-INJ").doses(null).build();
    Verdict v = check(engine(), rx(noDoses).build());
    Rx.invalid(v, "/subject/items/0/doses");
    none(v, QUANTITY);
  }

  @ParameterizedTest(name = "{0} = {1}: {2} days of {3} → limit {4}")
  @CsvSource({
      "otherDays, 2, N-ORAL, 3, 2",
      "controlledReleaseDays, 5, N-CR, 6, 5",
      "painOtherDays, 5, N-ORAL, 6, 5",
      "inpatientDays, 2, N-ORAL, 3, 2",
      "methylphenidateDays, 10, MPH, 11, 10"})
  void policyParameterMovesTheControlledLimit(String param, int value, String code, int days,
      int limit) {
    Setting setting = param.equals("inpatientDays") ? Setting.INPATIENT : Setting.OUTPATIENT;
    Patient.Builder p = Fixtures.patient();
    if (param.startsWith("pain")) {
      p.condition(Condition.CANCER_PAIN);
    }
    if (code.equals(MPH)) {
      p.ageYears(9).condition(Condition.ADHD);
    }
    TestEngine engine = engine().policy(Rx.param(QUANTITY, param, value));
    Verdict over = check(engine, rx(setting, line(code, days, 1)).patient(p.build()).build());
    assertThat(single(over, QUANTITY).evidence()).containsEntry("limit", limit);
    Verdict at = check(engine, rx(setting, line(code, days - 1, 1)).patient(p.build()).build());
    none(at, QUANTITY);
  }

  @Test
  void policyInjectionDosesMovesTheInjectionLimit() {
    TestEngine engine = engine().policy(Rx.param(QUANTITY, "injectionDoses", 2));
    none(check(engine, rx(line("N-INJ", 1, 2)).build()), QUANTITY);
    assertThat(single(check(engine, rx(line("N-INJ", 1, 3)).build()), QUANTITY).evidence())
        .containsEntry("limit", 2).containsEntry("doses", 3);
  }

  @Test
  void policySeverityForQuantityIsAppliedAndDisablingRemovesIt() {
    Verdict warned = check(engine().policy(Rx.severity(QUANTITY, Decision.WARN)),
        rx(line("N-ORAL", 4, 1)).build());
    single(warned, QUANTITY, Decision.WARN);
    assertDecision(warned, Decision.WARN);
    Verdict off = check(engine().policy(Rx.disabled(QUANTITY)), rx(line("N-ORAL", 4, 1)).build());
    assertThat(off.findings()).isEmpty();
  }

  // ------------------------------------------------------------------------------ SPECIAL_DRUG

  /** (drug, setting, level, onSite, doses, the reason when it fires or blank). */
  @ParameterizedTest(name = "{0} {1} at {2} onSite={3} doses={4} → {5}")
  @CsvSource({
      "PETHIDINE, OUTPATIENT, TERTIARY, true, 1, ",
      "PETHIDINE, OUTPATIENT, TERTIARY, false, 1, OUTSIDE_INSTITUTION",
      "PETHIDINE, OUTPATIENT, PRIMARY, true, 1, ",
      "PETHIDINE, EMERGENCY, TERTIARY, false, 1, ",
      "PETHIDINE, INPATIENT, TERTIARY, false, 1, ",
      "PETHIDINE, INPATIENT, PRIMARY, false, 1, ",
      "PETHIDINE, INPATIENT, TERTIARY, false, 2, DOSES",
      "PETHIDINE, INTERNET, TERTIARY, true, 1, OUTSIDE_INSTITUTION",
      "PETHIDINE, INTERNET, TERTIARY, false, 1, OUTSIDE_INSTITUTION",
      "DHE, INPATIENT, TERTIARY, false, 1, ",
      "DHE, INPATIENT, SECONDARY, false, 1, ",
      "DHE, INPATIENT, PRIMARY, false, 1, PRIMARY_INSTITUTION",
      "DHE, EMERGENCY, PRIMARY, false, 1, PRIMARY_INSTITUTION",
      "DHE, EMERGENCY, SECONDARY, false, 1, ",
      "DHE, INPATIENT, SECONDARY, false, 2, DOSES",
      "DHE, OUTPATIENT, SECONDARY, true, 1, ",
      "DHE, OUTPATIENT, SECONDARY, false, 1, OUTSIDE_INSTITUTION",
      "DHE, INTERNET, TERTIARY, true, 1, OUTSIDE_INSTITUTION"})
  void pethidineAndDihydroetorphineAreOneDoseAndInsideTheInstitution(String code, Setting setting,
      InstitutionLevel level, boolean onSite, int doses, String reason) {
    PrescriptionItem line = Fixtures.item(code).doses(doses).onSite(onSite).build();
    Verdict v = check(engine().level(level), rx(setting, item("ORAL"), line).build());
    if (reason == null) {
      none(v, SPECIAL_DRUG);
      return;
    }
    Finding f = single(v, SPECIAL_DRUG);
    assertThat(f.item()).isEqualTo(1);
    assertThat(f.evidence())
        .containsEntry("drugCode", code)
        .containsEntry("reason", reason)
        .containsEntry("specialRule", code.equals("DHE") ? "DIHYDROETORPHINE" : "PETHIDINE")
        .containsEntry("doses", doses)
        .containsEntry("setting", setting.name())
        .containsEntry("institutionLevel", level.name());
  }

  @Test
  void pethidineOnSiteForOneDoseInOutpatientCareIsClean() {
    PrescriptionItem line = Fixtures.item("PETHIDINE").doses(1).onSite(true).build();
    assertThat(check(engine(), rx(line).build()).findings()).isEmpty();
  }

  @Test
  void specialDrugWithoutDosesIsInputInvalid() {
    PrescriptionItem line = Fixtures.item("DHE").doses(null).build();
    Verdict v = check(engine(), rx(Setting.INPATIENT, line).build());
    Rx.invalid(v, "/subject/items/0/doses");
  }

  @Test
  void disablingSpecialDrugRemovesTheFinding() {
    PrescriptionItem line = Fixtures.item("PETHIDINE").doses(1).onSite(false).build();
    Verdict v = check(engine().policy(Rx.disabled(SPECIAL_DRUG)), rx(line).build());
    assertThat(v.findings()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = Decision.class, names = {"REVIEW", "WARN"})
  void policySeverityForSpecialDrugIsApplied(Decision severity) {
    PrescriptionItem line = Fixtures.item("PETHIDINE").doses(1).onSite(false).build();
    Verdict v = check(engine().policy(Rx.severity(SPECIAL_DRUG, severity)), rx(line).build());
    single(v, SPECIAL_DRUG, severity);
  }
}
