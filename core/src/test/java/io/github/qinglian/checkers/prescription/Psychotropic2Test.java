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
import io.github.qinglian.model.ControlClass;
import io.github.qinglian.model.DrugForm;
import io.github.qinglian.model.Setting;
import io.github.qinglian.testing.TestEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** RX.PSYCHOTROPIC2.QUANTITY: a class-2 psychotropic for at most {@code maxDays} (7) days. */
class Psychotropic2Test {
  private static final String P2 = "RX.PSYCHOTROPIC2.QUANTITY";

  private static TestEngine engine() {
    return Rx.engine(controlled("P2", ControlClass.PSYCHOTROPIC_2, DrugForm.ORAL), plain("ORAL"));
  }

  @ParameterizedTest(name = "{0}: {1} days → over {2}")
  @CsvSource({
      "OUTPATIENT, 6, false", "OUTPATIENT, 7, false", "OUTPATIENT, 8, true",
      "EMERGENCY, 7, false", "EMERGENCY, 8, true",
      "INPATIENT, 7, false", "INPATIENT, 8, true"})
  void classTwoPsychotropicUpToSevenDaysIsAllowedAndEightBlocks(
      Setting setting, int daysSupply, boolean over) {
    Verdict v = check(engine(), rx(setting, item("ORAL"), days("P2", daysSupply)).build());
    if (!over) {
      assertThat(v.findings()).as("%s", v).isEmpty();
      return;
    }
    Finding f = single(v, P2);
    assertThat(f.item()).isEqualTo(1);
    assertThat(f.evidence()).containsEntry("drugCode", "P2")
        .containsEntry("daysSupply", daysSupply)
        .containsEntry("maxDays", 7)
        .containsEntry("justified", false);
    onlyRules(v, P2);
    assertDecision(v, Decision.BLOCK);
  }

  @Test
  void emergencyClassTwoPsychotropicIsNotHeldToTheThreeDayEmergencySupply() {
    Verdict v = check(engine(), rx(Setting.EMERGENCY, days("P2", 5)).build());
    assertThat(v.findings()).as("%s", v).isEmpty();
  }

  @Test
  void justificationTurnsTheFindingIntoWarn() {
    Verdict v = check(engine(), rx(days("P2", 30)).justification("慢性失眠，病情稳定").build());
    Finding f = single(v, P2, Decision.WARN);
    assertThat(f.evidence()).containsEntry("justified", true).containsEntry("daysSupply", 30);
    assertDecision(v, Decision.WARN);
  }

  @Test
  void justificationWithinTheLimitAddsNothing() {
    Verdict v = check(engine(), rx(days("P2", 7)).justification("慢性失眠").build());
    assertThat(v.findings()).isEmpty();
  }

  @Test
  void blankJustificationIsNoJustification() {
    Verdict v = check(engine(), rx(days("P2", 8)).justification("   ").build());
    single(v, P2, Decision.BLOCK);
  }

  @ParameterizedTest(name = "maxDays 14: {0} days → over {1}")
  @CsvSource({"14, false", "15, true"})
  void policyMaxDaysMovesTheLimit(int daysSupply, boolean over) {
    Verdict v = check(engine().policy(Rx.param(P2, "maxDays", 14)),
        rx(days("P2", daysSupply)).build());
    if (over) {
      assertThat(single(v, P2).evidence()).containsEntry("maxDays", 14);
    } else {
      none(v, P2);
    }
  }

  @Test
  void policyMaxDaysCanTightenTheLimit() {
    Verdict v = check(engine().policy(Rx.param(P2, "maxDays", 3)), rx(days("P2", 4)).build());
    assertThat(single(v, P2).evidence()).containsEntry("maxDays", 3);
  }

  @ParameterizedTest(name = "policy {0}: unjustified {0}, justified {1}")
  @CsvSource({"BLOCK, WARN", "REVIEW, WARN", "WARN, WARN", "ALLOW, ALLOW"})
  void policySeverityAppliesAndJustificationNeverRaisesIt(Decision policy, Decision justified) {
    TestEngine engine = engine().policy(Rx.severity(P2, policy));
    single(check(engine, rx(days("P2", 8)).build()), P2, policy);
    single(check(engine, rx(days("P2", 8)).justification("特殊情况").build()), P2, justified);
  }

  @ParameterizedTest
  @EnumSource(value = ControlClass.class, names = {"NARCOTIC", "PSYCHOTROPIC_1", "TOXIC"})
  void otherControlClassesAreNotClassTwoPsychotropics(ControlClass control) {
    TestEngine engine = Rx.engine(controlled("X", control, DrugForm.ORAL));
    none(check(engine, rx(Setting.INPATIENT, days("X", 8)).build()), P2);
  }

  @Test
  void disablingTheRuleRemovesTheFinding() {
    Verdict v = check(engine().policy(Rx.disabled(P2)), rx(days("P2", 30)).build());
    assertThat(v.findings()).isEmpty();
  }
}
