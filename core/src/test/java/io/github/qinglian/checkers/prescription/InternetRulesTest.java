package io.github.qinglian.checkers.prescription;

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
import static org.assertj.core.api.Assertions.assertThat;

import io.github.qinglian.Decision;
import io.github.qinglian.Finding;
import io.github.qinglian.Verdict;
import io.github.qinglian.model.ControlClass;
import io.github.qinglian.model.DrugForm;
import io.github.qinglian.model.Patient;
import io.github.qinglian.model.Practitioner;
import io.github.qinglian.model.Setting;
import io.github.qinglian.testing.Fixtures;
import io.github.qinglian.testing.TestEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * RX.INTERNET.FIRST_VISIT, RX.INTERNET.CONTROLLED, RX.INTERNET.PRESCRIBER and
 * RX.INTERNET.CHILD_GUARDIAN.
 */
class InternetRulesTest {
  private static final String FIRST_VISIT = "RX.INTERNET.FIRST_VISIT";
  private static final String CONTROLLED = "RX.INTERNET.CONTROLLED";
  private static final String PRESCRIBER = "RX.INTERNET.PRESCRIBER";
  private static final String CHILD = "RX.INTERNET.CHILD_GUARDIAN";

  private static TestEngine engine() {
    return Rx.engine(plain("ORAL"),
        controlled("NARCOTIC", ControlClass.NARCOTIC, DrugForm.ORAL),
        controlled("PSYCHOTROPIC_1", ControlClass.PSYCHOTROPIC_1, DrugForm.ORAL),
        controlled("PSYCHOTROPIC_2", ControlClass.PSYCHOTROPIC_2, DrugForm.ORAL),
        controlled("TOXIC", ControlClass.TOXIC, DrugForm.ORAL),
        controlled("RADIOACTIVE", ControlClass.RADIOACTIVE, DrugForm.INJECTION));
  }

  private static Verdict checkBy(Practitioner prescriber, TestEngine engine, Setting setting) {
    return check(engine.practitioner(prescriber),
        Fixtures.prescription(prescriber.id(), item("ORAL")).setting(setting).build());
  }

  // ------------------------------------------------------------------------------ FIRST_VISIT

  @Test
  void internetPrescriptionAtAFirstVisitBlocks() {
    Patient first = Fixtures.patient().firstVisit(true).build();
    Verdict v = check(engine(), rx(Setting.INTERNET, item("ORAL")).patient(first).build());
    Finding f = single(v, FIRST_VISIT);
    assertThat(f.evidence()).containsEntry("firstVisit", true).containsEntry("setting", "INTERNET");
    onlyRules(v, FIRST_VISIT);
    assertDecision(v, Decision.BLOCK);
  }

  @Test
  void internetPrescriptionAtAFollowUpVisitIsAllowed() {
    assertThat(check(engine(), rx(Setting.INTERNET, item("ORAL")).build()).findings()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = Setting.class, names = {"OUTPATIENT", "EMERGENCY", "INPATIENT"})
  void firstVisitOutsideInternetCareIsAllowed(Setting setting) {
    Patient first = Fixtures.patient().firstVisit(true).build();
    assertThat(check(engine(), rx(setting, item("ORAL")).patient(first).build()).findings())
        .isEmpty();
  }

  // ------------------------------------------------------------------------------ CONTROLLED

  @ParameterizedTest
  @EnumSource(value = ControlClass.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
  void speciallyManagedDrugOnAnInternetPrescriptionBlocks(ControlClass control) {
    Verdict v = check(engine(), rx(Setting.INTERNET, item("ORAL"), item(control.name())).build());
    Finding f = single(v, CONTROLLED);
    assertThat(f.item()).isEqualTo(1);
    assertThat(f.evidence()).containsEntry("drugCode", control.name())
        .containsEntry("control", control.name());
    assertDecision(v, Decision.BLOCK);
  }

  @ParameterizedTest
  @CsvSource({"TOXIC", "RADIOACTIVE", "PSYCHOTROPIC_2"})
  void speciallyManagedDrugOutsideInternetCareIsNotInternetControlled(String code) {
    none(check(engine(), rx(Setting.OUTPATIENT, item(code)).build()), CONTROLLED);
  }

  // ------------------------------------------------------------------------------ PRESCRIBER

  @Test
  void prescriberNotRegisteredForInternetPracticeBlocks() {
    Verdict v = checkBy(physician("NET").internetPractice(false).build(), engine(),
        Setting.INTERNET);
    Finding f = single(v, PRESCRIBER);
    assertThat(f.evidence()).containsEntry("prescriberId", "NET")
        .containsEntry("internetPractice", false)
        .containsEntry("minYears", 3);
    onlyRules(v, PRESCRIBER);
  }

  @ParameterizedTest(name = "{0} years of independent practice → blocked {1}")
  @CsvSource({"0, true", "2, true", "3, false", "4, false"})
  void internetPrescriberNeedsThreeYearsOfIndependentPractice(int years, boolean blocked) {
    Verdict v = checkBy(physician("NET").independentPracticeYears(years).build(), engine(),
        Setting.INTERNET);
    if (blocked) {
      assertThat(single(v, PRESCRIBER).evidence())
          .containsEntry("independentPracticeYears", years)
          .containsEntry("minYears", 3)
          .containsEntry("internetPractice", true);
    } else {
      assertThat(v.findings()).isEmpty();
    }
  }

  @ParameterizedTest(name = "minYears 5: {0} years → blocked {1}")
  @CsvSource({"4, true", "5, false"})
  void policyMinYearsMovesTheLimit(int years, boolean blocked) {
    Verdict v = checkBy(physician("NET").independentPracticeYears(years).build(),
        engine().policy(Rx.param(PRESCRIBER, "minYears", 5)), Setting.INTERNET);
    if (blocked) {
      assertThat(single(v, PRESCRIBER).evidence()).containsEntry("minYears", 5);
    } else {
      none(v, PRESCRIBER);
    }
  }

  @ParameterizedTest
  @EnumSource(value = Setting.class, names = {"OUTPATIENT", "EMERGENCY", "INPATIENT"})
  void internetRegistrationIsNotNeededOutsideInternetCare(Setting setting) {
    Verdict v = checkBy(physician("NET").internetPractice(false).independentPracticeYears(0)
        .build(), engine(), setting);
    assertThat(v.findings()).isEmpty();
  }

  // ------------------------------------------------------------------------------ CHILD_GUARDIAN

  @ParameterizedTest(name = "age {0}, guardian {1} → blocked {2}")
  @CsvSource({
      "0, false, true", "5, false, true", "5, true, false",
      "6, false, false", "17, false, false"})
  void internetPrescriptionForAChildUnderSixNeedsAGuardian(int age, boolean guardian,
      boolean blocked) {
    Patient child = Fixtures.patient().ageYears(age).guardianPresent(guardian).build();
    Verdict v = check(engine(), rx(Setting.INTERNET, item("ORAL")).patient(child).build());
    if (blocked) {
      Finding f = single(v, CHILD);
      assertThat(f.evidence()).containsEntry("ageYears", age).containsEntry("maxAgeYears", 6)
          .containsEntry("guardianPresent", false);
      onlyRules(v, CHILD);
    } else {
      assertThat(v.findings()).as("%s", v).isEmpty();
    }
  }

  @Test
  void youngChildOutsideInternetCareNeedsNoGuardianCheck() {
    Patient child = Fixtures.patient().ageYears(2).build();
    assertThat(check(engine(), rx(Setting.OUTPATIENT, item("ORAL")).patient(child).build())
        .findings()).isEmpty();
  }

  @ParameterizedTest(name = "maxAgeYears 12: age {0} → blocked {1}")
  @CsvSource({"11, true", "12, false"})
  void policyMaxAgeYearsMovesTheLimit(int age, boolean blocked) {
    Patient child = Fixtures.patient().ageYears(age).build();
    Verdict v = check(engine().policy(Rx.param(CHILD, "maxAgeYears", 12)),
        rx(Setting.INTERNET, item("ORAL")).patient(child).build());
    if (blocked) {
      assertThat(single(v, CHILD).evidence()).containsEntry("maxAgeYears", 12);
    } else {
      none(v, CHILD);
    }
  }

  @Test
  void internetPrescriptionWithoutThePatientsAgeIsInputInvalid() {
    Patient unknownAge = Fixtures.patient().ageYears(null).build();
    Verdict v = check(engine(), rx(Setting.INTERNET, item("ORAL")).patient(unknownAge).build());
    Rx.invalid(v, "/subject/patient/ageYears");
    none(v, CHILD);
  }

  // ------------------------------------------------------------------------------ policy

  @ParameterizedTest
  @CsvSource({FIRST_VISIT, CHILD})
  void disablingAnInternetRuleRemovesItsFinding(String ruleId) {
    Patient p = Fixtures.patient().firstVisit(true).ageYears(3).build();
    Verdict v = check(engine().policy(Rx.disabled(ruleId)),
        rx(Setting.INTERNET, item("ORAL")).patient(p).build());
    none(v, ruleId);
    assertThat(v.findings()).hasSize(1);
  }

  @Test
  void policySeverityForAnInternetRuleIsApplied() {
    Verdict v = check(engine().policy(Rx.severity(CONTROLLED, Decision.REVIEW)),
        rx(Setting.INTERNET, item("TOXIC")).build());
    single(v, CONTROLLED, Decision.REVIEW);
    assertDecision(v, Decision.REVIEW);
  }
}
