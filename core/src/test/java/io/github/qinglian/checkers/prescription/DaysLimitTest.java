package io.github.qinglian.checkers.prescription;

import static io.github.qinglian.checkers.prescription.Rx.assertDecision;
import static io.github.qinglian.checkers.prescription.Rx.check;
import static io.github.qinglian.checkers.prescription.Rx.controlled;
import static io.github.qinglian.checkers.prescription.Rx.days;
import static io.github.qinglian.checkers.prescription.Rx.item;
import static io.github.qinglian.checkers.prescription.Rx.none;
import static io.github.qinglian.checkers.prescription.Rx.onlyRules;
import static io.github.qinglian.checkers.prescription.Rx.plain;
import static io.github.qinglian.checkers.prescription.Rx.rx;
import static io.github.qinglian.checkers.prescription.Rx.single;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.qinglian.Decision;
import io.github.qinglian.Finding;
import io.github.qinglian.Verdict;
import io.github.qinglian.model.Condition;
import io.github.qinglian.model.ControlClass;
import io.github.qinglian.model.DrugForm;
import io.github.qinglian.model.Patient;
import io.github.qinglian.model.Setting;
import io.github.qinglian.testing.Fixtures;
import io.github.qinglian.testing.TestEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * RX.DAYS.LIMIT: outpatient 7, emergency 3, inpatient and internet as outpatient; up to
 * {@code extendedDays} (30) with a justification; up to {@code longTermDays} (84) for a long-term
 * prescription of a chronic-disease patient.
 */
class DaysLimitTest {
  private static final String DAYS = "RX.DAYS.LIMIT";

  private static TestEngine engine() {
    return Rx.engine(plain("ORAL"), plain("ORAL2"),
        controlled("TOXIC", ControlClass.TOXIC, DrugForm.ORAL),
        controlled("N", ControlClass.NARCOTIC, DrugForm.CONTROLLED_RELEASE),
        controlled("P1", ControlClass.PSYCHOTROPIC_1, DrugForm.ORAL),
        controlled("P2", ControlClass.PSYCHOTROPIC_2, DrugForm.ORAL));
  }

  private static Patient chronic() {
    return Fixtures.patient().condition(Condition.CHRONIC_DISEASE).build();
  }

  @ParameterizedTest(name = "{0}: {1} days → limit {2}")
  @CsvSource({
      "OUTPATIENT, 6, ", "OUTPATIENT, 7, ", "OUTPATIENT, 8, 7",
      "EMERGENCY, 2, ", "EMERGENCY, 3, ", "EMERGENCY, 4, 3",
      "INPATIENT, 7, ", "INPATIENT, 8, 7",
      "INTERNET, 7, ", "INTERNET, 8, 7"})
  void standardSupplyIsSevenDaysAndThreeInEmergency(Setting setting, int daysSupply,
      Integer limit) {
    Verdict v = check(engine(), rx(setting, item("ORAL2"), days("ORAL", daysSupply)).build());
    if (limit == null) {
      assertThat(v.findings()).as("%s", v).isEmpty();
      return;
    }
    Finding f = single(v, DAYS);
    assertThat(f.item()).isEqualTo(1);
    assertThat(f.evidence())
        .containsEntry("drugCode", "ORAL")
        .containsEntry("setting", setting.name())
        .containsEntry("daysSupply", daysSupply)
        .containsEntry("limit", limit)
        .containsEntry("basis", "STANDARD");
    onlyRules(v, DAYS);
    assertDecision(v, Decision.BLOCK);
  }

  @ParameterizedTest(name = "{0} with a justification: {1} days → over {2}")
  @CsvSource({
      "OUTPATIENT, 30, false", "OUTPATIENT, 31, true",
      "EMERGENCY, 30, false", "EMERGENCY, 31, true",
      "INPATIENT, 30, false", "INPATIENT, 31, true",
      "INTERNET, 30, false", "INTERNET, 31, true"})
  void justificationExtendsTheSupplyToThirtyDaysInEverySetting(Setting setting, int daysSupply,
      boolean over) {
    Verdict v = check(engine(), rx(setting, days("ORAL", daysSupply))
        .justification("老年慢性病").build());
    if (over) {
      assertThat(single(v, DAYS).evidence()).containsEntry("limit", 30)
          .containsEntry("basis", "JUSTIFIED");
    } else {
      none(v, DAYS);
    }
  }

  @Test
  void blankJustificationDoesNotExtendTheSupply() {
    Verdict v = check(engine(), rx(days("ORAL", 8)).justification(" ").build());
    assertThat(single(v, DAYS).evidence()).containsEntry("limit", 7);
  }

  @ParameterizedTest(name = "{0} long-term chronic: {1} days → over {2}")
  @CsvSource({
      "OUTPATIENT, 84, false", "OUTPATIENT, 85, true",
      "INTERNET, 84, false", "INTERNET, 85, true",
      "EMERGENCY, 84, false", "EMERGENCY, 85, true"})
  void longTermPrescriptionForAChronicDiseaseRunsToEightyFourDays(Setting setting,
      int daysSupply, boolean over) {
    Verdict v = check(engine(), rx(setting, days("ORAL", daysSupply)).longTerm(true)
        .patient(chronic()).build());
    if (over) {
      assertThat(single(v, DAYS).evidence()).containsEntry("limit", 84)
          .containsEntry("basis", "LONG_TERM");
    } else {
      none(v, DAYS);
    }
  }

  @Test
  void longTermWithJustificationStillStopsAtEightyFourDays() {
    Verdict v = check(engine(), rx(days("ORAL", 85)).longTerm(true).patient(chronic())
        .justification("高血压稳定期").build());
    assertThat(single(v, DAYS).evidence()).containsEntry("limit", 84);
  }

  @Test
  void longTermWithoutChronicDiseaseDoesNotExtendTheSupply() {
    Verdict v = check(engine(), rx(days("ORAL", 8)).longTerm(true).build());
    assertThat(single(v, DAYS).evidence()).containsEntry("limit", 7)
        .containsEntry("basis", "STANDARD");
  }

  @Test
  void chronicDiseaseWithoutLongTermDoesNotExtendTheSupply() {
    Verdict v = check(engine(), rx(days("ORAL", 8)).patient(chronic()).build());
    assertThat(single(v, DAYS).evidence()).containsEntry("limit", 7);
  }

  @Test
  void longTermWithoutChronicDiseaseButWithJustificationGetsThirtyDays() {
    Verdict v = check(engine(), rx(days("ORAL", 31)).longTerm(true).justification("出差").build());
    assertThat(single(v, DAYS).evidence()).containsEntry("limit", 30);
  }

  @ParameterizedTest
  @CsvSource({"N", "P1", "P2"})
  void narcoticsAndPsychotropicsAreLeftToTheirOwnRules(String code) {
    // 7 days in emergency is over the general 3 days; only the drug's own rule may speak.
    Verdict v = check(engine(), rx(Setting.EMERGENCY, days(code, 7)).build());
    none(v, DAYS);
  }

  @Test
  void toxicDrugsAreHeldToTheGeneralLimit() {
    Verdict v = check(engine(), rx(days("TOXIC", 8)).build());
    assertThat(single(v, DAYS).evidence()).containsEntry("drugCode", "TOXIC");
  }

  @Test
  void eachLineOverTheLimitIsItsOwnFinding() {
    Verdict v = check(engine(), rx(days("ORAL", 8), item("ORAL2"), days("ORAL2", 9)).build());
    assertThat(v.findings(DAYS)).extracting(Finding::item).containsExactly(0, 2);
  }

  @ParameterizedTest(name = "{0} = {1}: {3} days in {2} → limit {1}")
  @CsvSource({
      "outpatientDays, 5, OUTPATIENT, 6",
      "outpatientDays, 5, INTERNET, 6",
      "outpatientDays, 5, INPATIENT, 6",
      "emergencyDays, 2, EMERGENCY, 3"})
  void policyParameterMovesTheStandardLimit(String param, int value, Setting setting, int days) {
    TestEngine engine = engine().policy(Rx.param(DAYS, param, value));
    Verdict over = check(engine, rx(setting, days("ORAL", days)).build());
    assertThat(single(over, DAYS).evidence()).containsEntry("limit", value);
    none(check(engine, rx(setting, days("ORAL", days - 1)).build()), DAYS);
  }

  @Test
  void policyExtendedDaysMovesTheJustifiedLimit() {
    TestEngine engine = engine().policy(Rx.param(DAYS, "extendedDays", 60));
    none(check(engine, rx(days("ORAL", 60)).justification("特殊情况").build()), DAYS);
    assertThat(single(check(engine, rx(days("ORAL", 61)).justification("特殊情况").build()), DAYS)
        .evidence()).containsEntry("limit", 60);
  }

  @Test
  void policyLongTermDaysMovesTheLongTermLimit() {
    TestEngine engine = engine().policy(Rx.param(DAYS, "longTermDays", 56));
    none(check(engine, rx(days("ORAL", 56)).longTerm(true).patient(chronic()).build()), DAYS);
    assertThat(single(check(engine, rx(days("ORAL", 57)).longTerm(true).patient(chronic())
        .build()), DAYS).evidence()).containsEntry("limit", 56);
  }

  @ParameterizedTest
  @EnumSource(value = Decision.class, names = {"REVIEW", "WARN"})
  void policySeverityForDaysLimitIsApplied(Decision severity) {
    Verdict v = check(engine().policy(Rx.severity(DAYS, severity)), rx(days("ORAL", 8)).build());
    single(v, DAYS, severity);
    assertDecision(v, severity);
  }

  @Test
  void disablingDaysLimitRemovesTheFinding() {
    Verdict v = check(engine().policy(Rx.disabled(DAYS)), rx(days("ORAL", 90)).build());
    assertThat(v.findings()).isEmpty();
  }
}
