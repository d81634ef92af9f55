package io.github.qinglian.checkers.prescription;

import static io.github.qinglian.checkers.prescription.Rx.assertDecision;
import static io.github.qinglian.checkers.prescription.Rx.category;
import static io.github.qinglian.checkers.prescription.Rx.check;
import static io.github.qinglian.checkers.prescription.Rx.item;
import static io.github.qinglian.checkers.prescription.Rx.none;
import static io.github.qinglian.checkers.prescription.Rx.onlyRules;
import static io.github.qinglian.checkers.prescription.Rx.single;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.qinglian.Decision;
import io.github.qinglian.Finding;
import io.github.qinglian.Verdict;
import io.github.qinglian.model.Drug;
import io.github.qinglian.model.DrugCategory;
import io.github.qinglian.model.Prescription;
import io.github.qinglian.model.Setting;
import io.github.qinglian.testing.Fixtures;
import io.github.qinglian.testing.TestEngine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** RX.ITEMS.MAX (at most {@code maxItems}, 5, drugs) and RX.ITEMS.HERBAL_MIXED. */
class ItemsRulesTest {
  private static final String MAX = "RX.ITEMS.MAX";
  private static final String HERBAL = "RX.ITEMS.HERBAL_MIXED";

  private static TestEngine engine() {
    List<Drug> drugs = new ArrayList<>();
    for (int i = 1; i <= 8; i++) {
      drugs.add(category("W" + i, DrugCategory.WESTERN));
      drugs.add(category("CP" + i, DrugCategory.CHINESE_PATENT));
      drugs.add(category("H" + i, DrugCategory.HERBAL_PIECES));
    }
    return Rx.engine(drugs.toArray(new Drug[0]));
  }

  private static Prescription rx(Setting setting, String... codes) {
    Prescription.Builder b = Fixtures.prescription(Rx.DOC).setting(setting);
    for (String c : codes) {
      b.addItem(item(c));
    }
    return b.build();
  }

  private static String[] western(int n) {
    String[] codes = new String[n];
    for (int i = 0; i < n; i++) {
      codes[i] = "W" + (i + 1);
    }
    return codes;
  }

  // ------------------------------------------------------------------------------ ITEMS.MAX

  @ParameterizedTest(name = "{0}: {1} drugs → over {2}")
  @CsvSource({
      "OUTPATIENT, 4, false", "OUTPATIENT, 5, false", "OUTPATIENT, 6, true",
      "EMERGENCY, 5, false", "EMERGENCY, 6, true",
      "INTERNET, 5, false", "INTERNET, 6, true"})
  void fiveDrugsAreAllowedAndSixBlockOnOutpatientEmergencyAndInternetPrescriptions(
      Setting setting, int count, boolean over) {
    Verdict v = check(engine(), rx(setting, western(count)));
    if (!over) {
      assertThat(v.findings()).as("%s", v).isEmpty();
      return;
    }
    Finding f = single(v, MAX);
    assertThat(f.item()).isEqualTo(Finding.NO_ITEM);
    assertThat(f.evidence()).containsEntry("count", count).containsEntry("maxItems", 5)
        .containsEntry("setting", setting.name());
    onlyRules(v, MAX);
    assertDecision(v, Decision.BLOCK);
  }

  @Test
  void wardOrdersAreNotHeldToTheFiveDrugLimit() {
    Verdict v = check(engine(), rx(Setting.INPATIENT, western(8)));
    assertThat(v.findings()).as("%s", v).isEmpty();
  }

  @Test
  void chinesePatentDrugsCountTowardTheLimit() {
    Verdict v = check(engine(), rx(Setting.OUTPATIENT, "W1", "W2", "W3", "CP1", "CP2", "CP3"));
    assertThat(single(v, MAX).evidence()).containsEntry("count", 6);
  }

  @Test
  void theSameDrugOnSeveralLinesCountsOnce() {
    Verdict v = check(engine(), rx(Setting.OUTPATIENT, "W1", "W2", "W3", "W4", "W5", "W1", "W2"));
    none(v, MAX);
  }

  @Test
  void herbalPiecesDoNotCountTowardTheLimit() {
    Verdict v = check(engine(), rx(Setting.OUTPATIENT, "H1", "H2", "H3", "H4", "H5", "H6", "H7"));
    assertThat(v.findings()).as("%s", v).isEmpty();
  }

  @Test
  void unknownDrugCodesAreNotCountedButReportedAsInputInvalid() {
    Verdict v = check(engine(), rx(Setting.OUTPATIENT, "W1", "W2", "W3", "W4", "W5", "NOPE"));
    none(v, MAX);
    Rx.invalid(v, "/subject/items/5/drugCode");
  }

  @ParameterizedTest(name = "maxItems 3: {0} drugs → over {1}")
  @CsvSource({"2, false", "3, false", "4, true"})
  void policyMaxItemsMovesTheLimit(int count, boolean over) {
    Verdict v = check(engine().policy(Rx.param(MAX, "maxItems", 3)),
        rx(Setting.OUTPATIENT, western(count)));
    if (over) {
      assertThat(single(v, MAX).evidence()).containsEntry("maxItems", 3).containsEntry("count", 4);
    } else {
      none(v, MAX);
    }
  }

  @Test
  void policySeverityForItemsMaxIsApplied() {
    Verdict v = check(engine().policy(Rx.severity(MAX, Decision.REVIEW)),
        rx(Setting.OUTPATIENT, western(6)));
    single(v, MAX, Decision.REVIEW);
    assertDecision(v, Decision.REVIEW);
  }

  @Test
  void disablingItemsMaxRemovesTheFinding() {
    Verdict v = check(engine().policy(Rx.disabled(MAX)), rx(Setting.OUTPATIENT, western(8)));
    assertThat(v.findings()).isEmpty();
  }

  // ------------------------------------------------------------------------------ HERBAL_MIXED

  @ParameterizedTest
  @EnumSource(Setting.class)
  void herbalPiecesWithAWesternDrugBlockInEverySetting(Setting setting) {
    Verdict v = check(engine(), rx(setting, "H1", "W1"));
    Finding f = single(v, HERBAL);
    assertThat(f.item()).isEqualTo(Finding.NO_ITEM);
    onlyRules(v, HERBAL);
    assertDecision(v, Decision.BLOCK);
  }

  @Test
  void herbalPiecesWithAChinesePatentDrugBlock() {
    single(check(engine(), rx(Setting.OUTPATIENT, "CP1", "H1", "H2")), HERBAL);
  }

  @Test
  void herbalPiecesAloneAreAllowed() {
    assertThat(check(engine(), rx(Setting.OUTPATIENT, "H1", "H2", "H3")).findings()).isEmpty();
  }

  @Test
  void westernWithChinesePatentDrugsIsNotMixingHerbalPieces() {
    assertThat(check(engine(), rx(Setting.OUTPATIENT, "W1", "CP1")).findings()).isEmpty();
  }

  @Test
  void disablingHerbalMixedRemovesTheFinding() {
    Verdict v = check(engine().policy(Rx.disabled(HERBAL)), rx(Setting.OUTPATIENT, "H1", "W1"));
    assertThat(v.findings()).isEmpty();
  }
}
