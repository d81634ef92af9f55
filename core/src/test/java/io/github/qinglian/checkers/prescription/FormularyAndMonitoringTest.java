package io.github.qinglian.checkers.prescription;

import static io.github.qinglian.checkers.prescription.Rx.assertDecision;
import static io.github.qinglian.checkers.prescription.Rx.check;
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
import io.github.qinglian.model.Setting;
import io.github.qinglian.testing.Fixtures;
import io.github.qinglian.testing.TestEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** RX.FORMULARY.NOT_LISTED and RX.KEY_MONITORED. */
class FormularyAndMonitoringTest {
  private static final String NOT_LISTED = "RX.FORMULARY.NOT_LISTED";
  private static final String KEY_MONITORED = "RX.KEY_MONITORED";

  private static TestEngine engine() {
    return Rx.engine(plain("ORAL"),
        Fixtures.drug("OUTSIDE").inFormulary(false).build(),
        Fixtures.drug("KEY").keyMonitored(true).build());
  }

  @ParameterizedTest
  @EnumSource(Setting.class)
  void drugOutsideTheFormularyGoesToReviewInEverySetting(Setting setting) {
    Verdict v = check(engine(), rx(setting, item("ORAL"), item("OUTSIDE")).build());
    Finding f = single(v, NOT_LISTED, Decision.REVIEW);
    assertThat(f.item()).isEqualTo(1);
    assertThat(f.evidence()).containsEntry("drugCode", "OUTSIDE");
    onlyRules(v, NOT_LISTED);
    assertDecision(v, Decision.REVIEW);
  }

  @Test
  void justificationDoesNotListADrug() {
    Verdict v = check(engine(), rx(item("OUTSIDE")).justification("患者自备").build());
    single(v, NOT_LISTED, Decision.REVIEW);
  }

  @Test
  void formularyDrugIsAllowed() {
    assertThat(check(engine(), rx(item("ORAL")).build()).findings()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Setting.class)
  void keyMonitoredDrugWithoutJustificationGoesToReviewInEverySetting(Setting setting) {
    Verdict v = check(engine(), rx(setting, item("ORAL"), item("KEY")).build());
    Finding f = single(v, KEY_MONITORED, Decision.REVIEW);
    assertThat(f.item()).isEqualTo(1);
    assertThat(f.evidence()).containsEntry("drugCode", "KEY");
    onlyRules(v, KEY_MONITORED);
  }

  @Test
  void keyMonitoredDrugWithJustificationIsAllowed() {
    Verdict v = check(engine(), rx(item("KEY")).justification("术后营养支持，指征明确").build());
    assertThat(v.findings()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"''", "'   '"})
  void blankJustificationDoesNotCountForAKeyMonitoredDrug(String justification) {
    single(check(engine(), rx(item("KEY")).justification(justification).build()), KEY_MONITORED,
        Decision.REVIEW);
  }

  @Test
  void eachKeyMonitoredLineIsItsOwnFinding() {
    Verdict v = check(engine(), rx(item("KEY"), item("ORAL"), item("KEY")).build());
    assertThat(v.findings(KEY_MONITORED)).extracting(Finding::item).containsExactly(0, 2);
  }

  @ParameterizedTest
  @CsvSource({NOT_LISTED + ", OUTSIDE", KEY_MONITORED + ", KEY"})
  void policySeverityIsAppliedAndDisablingRemovesTheFinding(String ruleId, String code) {
    Verdict blocked = check(engine().policy(Rx.severity(ruleId, Decision.BLOCK)),
        rx(item(code)).build());
    single(blocked, ruleId, Decision.BLOCK);
    assertDecision(blocked, Decision.BLOCK);
    none(check(engine().policy(Rx.disabled(ruleId)), rx(item(code)).build()), ruleId);
  }
}
