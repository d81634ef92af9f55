package io.github.qinglian.checkers.prescription;

import static io.github.qinglian.checkers.prescription.Rx.assertDecision;
import static io.github.qinglian.checkers.prescription.Rx.check;
import static io.github.qinglian.checkers.prescription.Rx.none;
import static io.github.qinglian.checkers.prescription.Rx.onlyRules;
import static io.github.qinglian.checkers.prescription.Rx.priced;
import static io.github.qinglian.checkers.prescription.Rx.rx;
import static io.github.qinglian.checkers.prescription.Rx.single;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.qinglian.Decision;
import io.github.qinglian.Finding;
import io.github.qinglian.Verdict;
import io.github.qinglian.model.Prescription;
import io.github.qinglian.model.PrescriptionItem;
import io.github.qinglian.model.Setting;
import io.github.qinglian.testing.Fixtures;
import io.github.qinglian.testing.TestEngine;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * RX.COST.LARGE: the total of quantity × unit price over the threshold for the setting
 * (outpatient 1000, emergency 1500, internet 500 yuan; inpatient not checked).
 */
class CostLargeTest {
  private static final String COST = "RX.COST.LARGE";

  private static TestEngine engine() {
    return Rx.engine(priced("TEN", "10"), priced("CENT", "0.01"), priced("TINY", "0.0001"),
        priced("DEAR", "100000000"));
  }

  private static PrescriptionItem qty(String code, String quantity) {
    return Fixtures.item(code).quantity(new BigDecimal(quantity)).build();
  }

  private static Prescription ofTen(Setting setting, String tens, String cents) {
    Prescription.Builder b = rx(setting, qty("TEN", tens));
    if (!cents.equals("0")) {
      b.addItem(qty("CENT", cents));
    }
    return b.build();
  }

  @ParameterizedTest(name = "{0}: {1} × 10 + {2} × 0.01 yuan → over {3}")
  @CsvSource({
      "OUTPATIENT, 99, 99, false",
      "OUTPATIENT, 100, 0, false",
      "OUTPATIENT, 100, 1, true",
      "EMERGENCY, 150, 0, false",
      "EMERGENCY, 150, 1, true",
      "EMERGENCY, 100, 1, false",
      "INTERNET, 50, 0, false",
      "INTERNET, 50, 1, true"})
  void totalAtTheThresholdIsAllowedAndAnyAmountOverItGoesToReview(Setting setting, String tens,
      String cents, boolean over) {
    Verdict v = check(engine(), ofTen(setting, tens, cents));
    if (!over) {
      assertThat(v.findings()).as("%s", v).isEmpty();
      return;
    }
    Finding f = single(v, COST, Decision.REVIEW);
    assertThat(f.item()).isEqualTo(Finding.NO_ITEM);
    BigDecimal threshold = new BigDecimal(
        setting == Setting.OUTPATIENT ? "1000" : setting == Setting.EMERGENCY ? "1500" : "500");
    assertThat((BigDecimal) f.evidence().get("thresholdYuan")).isEqualByComparingTo(threshold);
    assertThat((BigDecimal) f.evidence().get("totalYuan"))
        .isEqualByComparingTo(threshold.add(new BigDecimal("0.01")));
    assertThat(f.evidence()).containsEntry("setting", setting.name());
    onlyRules(v, COST);
    assertDecision(v, Decision.REVIEW);
  }

  @Test
  void oneTenThousandthOfAYuanOverTheThresholdIsOver() {
    Verdict v = check(engine(), rx(qty("TEN", "100"), qty("TINY", "1")).build());
    assertThat((BigDecimal) single(v, COST).evidence().get("totalYuan"))
        .isEqualByComparingTo("1000.0001");
  }

  @Test
  void inpatientPrescriptionsAreNotCheckedForCost() {
    assertThat(check(engine(), rx(Setting.INPATIENT, qty("TEN", "100000")).build()).findings())
        .isEmpty();
  }

  @Test
  void fractionalQuantitiesAreCountedExactly() {
    // up to 4 decimals: 999.999 + 0.001 is exactly 1000; 999.999 + 0.001001 is over
    none(check(engine(), rx(qty("TEN", "99.9999"), qty("CENT", "0.1")).build()), COST);
    single(check(engine(), rx(qty("TEN", "99.9999"), qty("CENT", "0.1001")).build()), COST);
    // more decimals: 999.9999 + 0.0001 is exactly 1000; 100.00001 × 10 = 1000.0001 is over
    none(check(engine(), rx(qty("TEN", "99.99999")).build()), COST);
    none(check(engine(), rx(qty("TEN", "99.99999"), qty("TINY", "1")).build()), COST);
    single(check(engine(), rx(qty("TEN", "99.99999"), qty("TINY", "1.00001")).build()), COST);
    single(check(engine(), rx(qty("TEN", "100.00001")).build()), COST);
  }

  @Test
  void totalTooLargeForLongArithmeticIsStillOver() {
    Verdict v = check(engine(), rx(qty("DEAR", "1000000000")).build());
    assertThat((BigDecimal) single(v, COST).evidence().get("totalYuan"))
        .isEqualByComparingTo("100000000000000000");
  }

  @Test
  void linesOfUnknownDrugsAreLeftOutOfTheTotal() {
    Verdict v = check(engine(), rx(qty("TEN", "50"), qty("NOPE", "1000")).build());
    none(v, COST);
    Rx.invalid(v, "/subject/items/1/drugCode");
  }

  @ParameterizedTest(name = "outpatientYuan 200.5: {0} → over {1}")
  @CsvSource({"200.5, false", "200.5001, true"})
  void policyThresholdMovesTheLimit(String tensTimesTen, boolean over) {
    // 20 × 10 yuan plus the rest in 0.0001-yuan units.
    BigDecimal rest = new BigDecimal(tensTimesTen).subtract(new BigDecimal("200"))
        .movePointRight(4);
    Prescription rx = rx(qty("TEN", "20"), qty("TINY", rest.toPlainString())).build();
    Verdict v = check(engine().policy(Rx.param(COST, "outpatientYuan", new BigDecimal("200.5"))),
        rx);
    if (over) {
      assertThat((BigDecimal) single(v, COST).evidence().get("thresholdYuan"))
          .isEqualByComparingTo("200.5");
    } else {
      none(v, COST);
    }
  }

  @ParameterizedTest
  @CsvSource({"emergencyYuan, EMERGENCY", "internetYuan, INTERNET"})
  void policyThresholdForEachSettingAppliesToThatSettingOnly(String param, Setting setting) {
    TestEngine engine = engine().policy(Rx.param(COST, param, new BigDecimal("100")));
    single(check(engine, rx(setting, qty("TEN", "11")).build()), COST);
    none(check(engine, rx(Setting.OUTPATIENT, qty("TEN", "11")).build()), COST);
  }

  @Test
  void policySeverityForCostIsAppliedAndDisablingRemovesIt() {
    Prescription big = rx(qty("TEN", "200")).build();
    single(check(engine().policy(Rx.severity(COST, Decision.BLOCK)), big), COST, Decision.BLOCK);
    assertThat(check(engine().policy(Rx.disabled(COST)), big).findings()).isEmpty();
  }
}
