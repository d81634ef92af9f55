package io.github.qinglian.checkers.prescription;

import static io.github.qinglian.checkers.prescription.Rx.ISSUED;
import static io.github.qinglian.checkers.prescription.Rx.assertDecision;
import static io.github.qinglian.checkers.prescription.Rx.check;
import static io.github.qinglian.checkers.prescription.Rx.invalid;
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
import io.github.qinglian.model.EmergencyOverride;
import io.github.qinglian.model.Prescription;
import io.github.qinglian.model.PrescriptionItem;
import io.github.qinglian.model.SpecialRule;
import io.github.qinglian.testing.Fixtures;
import io.github.qinglian.testing.TestEngine;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** INPUT.INVALID on a prescription: REVIEW, naming the field by JSON pointer. */
class InputInvalidTest {
  private static final String INVALID = "INPUT.INVALID";

  private static TestEngine engine() {
    return Rx.engine(plain("ORAL"), plain("ORAL2"));
  }

  @Test
  void missingPrescriptionIsInputInvalidAtTheSubject() {
    Verdict v = engine().build().prescriptions().check(null);
    invalid(v, "/subject");
    onlyRules(v, INVALID);
    assertDecision(v, Decision.REVIEW);
  }

  @ParameterizedTest(name = "quantity {0}")
  @ValueSource(strings = {"0", "-1", "0.0000"})
  void zeroOrNegativeQuantityIsInputInvalid(String quantity) {
    PrescriptionItem bad = Fixtures.item("ORAL").quantity(new BigDecimal(quantity)).build();
    Verdict v = check(engine(), rx(item("ORAL2"), bad).build());
    Finding f = invalid(v, "/subject/items/1/quantity");
    assertThat(f.item()).isEqualTo(1);
    onlyRules(v, INVALID);
    assertDecision(v, Decision.REVIEW);
  }

  @ParameterizedTest(name = "daysSupply {0}")
  @ValueSource(ints = {0, -3})
  void zeroOrNegativeDaysSupplyIsInputInvalid(int daysSupply) {
    Verdict v = check(engine(), rx(Fixtures.item("ORAL").daysSupply(daysSupply).build()).build());
    assertThat(invalid(v, "/subject/items/0/daysSupply").evidence())
        .containsEntry("value", daysSupply);
    onlyRules(v, INVALID);
  }

  @ParameterizedTest(name = "doses {0}")
  @ValueSource(ints = {0, -1})
  void zeroOrNegativeDosesIsInputInvalid(int doses) {
    Verdict v = check(engine(), rx(Fixtures.item("ORAL").doses(doses).build()).build());
    invalid(v, "/subject/items/0/doses");
    onlyRules(v, INVALID);
  }

  @ParameterizedTest(name = "missing {0}")
  @CsvSource({"quantity", "daysSupply", "drugCode"})
  void missingRequiredItemFieldIsInputInvalid(String field) {
    PrescriptionItem.Builder b = Fixtures.item("ORAL");
    switch (field) {
      case "quantity":
        b.quantity((BigDecimal) null);
        break;
      case "daysSupply":
        b.daysSupply(null);
        break;
      default:
        b.drugCode(null);
    }
    Verdict v = check(engine(), rx(b.build()).build());
    invalid(v, "/subject/items/0/" + field);
    onlyRules(v, INVALID);
  }

  @Test
  void missingSettingIsInputInvalid() {
    Verdict v = check(engine(), rx(item("ORAL")).setting(null).build());
    invalid(v, "/subject/setting");
    assertDecision(v, Decision.REVIEW);
  }

  @Test
  void missingIssueInstantIsInputInvalid() {
    Verdict v = check(engine(), rx(item("ORAL")).issuedAt(null).build());
    invalid(v, "/subject/issuedAt");
  }

  @Test
  void missingPatientIsInputInvalid() {
    Verdict v = check(engine(), rx(item("ORAL")).patient(null).build());
    invalid(v, "/subject/patient");
  }

  @ParameterizedTest(name = "age {0}")
  @ValueSource(ints = {-1, 151})
  void impossibleAgeIsInputInvalid(int age) {
    Verdict v = check(engine(), rx(item("ORAL"))
        .patient(Fixtures.patient().ageYears(age).build()).build());
    assertThat(invalid(v, "/subject/patient/ageYears").evidence()).containsEntry("value", age);
  }

  @Test
  void blankPrescriberIdIsInputInvalidAndNoKnownPrescriberSoNoPrivilege() {
    Verdict v = check(engine(), Fixtures.prescription("  ", item("ORAL")).build());
    invalid(v, "/subject/prescriberId");
    single(v, "RX.PRESCRIBER.NO_PRIVILEGE");
    assertDecision(v, Decision.BLOCK);
  }

  @Test
  void missingPrescriberIdIsInputInvalidAndNoKnownPrescriberSoNoPrivilege() {
    Verdict v = check(engine(), Fixtures.prescription(null, item("ORAL")).build());
    invalid(v, "/subject/prescriberId");
    // The NO_PRIVILEGE message is not checked here: with no id its {prescriberId} stays unfilled.
    assertThat(v.findings("RX.PRESCRIBER.NO_PRIVILEGE")).hasSize(1);
    assertDecision(v, Decision.BLOCK);
  }

  @ParameterizedTest(name = "{0} with doses {1}")
  @CsvSource({"N-INJ, 0", "N-INJ, -2", "PETHIDINE, 0"})
  void zeroDosesOnANarcoticInjectionIsReportedOnceAsNotPositive(String code, int doses) {
    TestEngine engine = engine().drug(
        Rx.controlled("N-INJ", ControlClass.NARCOTIC, DrugForm.INJECTION),
        Rx.special("PETHIDINE", SpecialRule.PETHIDINE, ControlClass.NARCOTIC, DrugForm.INJECTION));
    Verdict v = check(engine, rx(Fixtures.item(code).doses(doses).onSite(true).build()).build());
    assertThat(invalid(v, "/subject/items/0/doses").evidence())
        .containsEntry("reason", "must be positive");
    onlyRules(v, INVALID);
  }

  @Test
  void prescriptionWithoutItemsIsInputInvalid() {
    Verdict v = check(engine(), rx().build());
    invalid(v, "/subject/items");
    onlyRules(v, INVALID);
  }

  @Test
  void nullLineIsInputInvalidAndLaterLinesKeepTheirIndexes() {
    Prescription p = rx(item("ORAL")).addItem(null)
        .addItem(Fixtures.item("ORAL2").daysSupply(8).build()).build();
    Verdict v = check(engine(), p);
    Finding f = invalid(v, "/subject/items/1");
    assertThat(f.item()).isEqualTo(1);
    assertThat(single(v, "RX.DAYS.LIMIT").item()).isEqualTo(2);
  }

  @Test
  void unknownDrugCodeIsInputInvalidWithTheCodeAsValue() {
    Verdict v = check(engine(), rx(item("ORAL"), item("ORAL2"), item("NOPE")).build());
    Finding f = invalid(v, "/subject/items/2/drugCode");
    assertThat(f.item()).isEqualTo(2);
    assertThat(f.evidence()).containsEntry("value", "NOPE");
    onlyRules(v, INVALID);
    assertDecision(v, Decision.REVIEW);
  }

  @Test
  void dispensingBeforeIssueIsInputInvalid() {
    Verdict v = check(engine(), rx(item("ORAL")).dispensedAt(ISSUED.minusSeconds(60)).build());
    invalid(v, "/subject/dispensedAt");
    onlyRules(v, INVALID);
  }

  @Test
  void emergencyOverrideWithoutAnInstantIsInputInvalid() {
    Verdict v = check(engine(), rx(item("ORAL"))
        .emergencyOverride(EmergencyOverride.of("抢救", null, ISSUED)).build());
    invalid(v, "/subject/emergencyOverride/at");
    onlyRules(v, INVALID);
  }

  @Test
  void everyProblemIsReportedNotOnlyTheFirst() {
    PrescriptionItem bad = Fixtures.item("NOPE").quantity(BigDecimal.ZERO).daysSupply(0).doses(0)
        .build();
    Verdict v = check(engine(), rx(bad).setting(null).build());
    assertThat(v.findings(INVALID))
        .extracting(f -> f.evidence().get("pointer"))
        .containsExactlyInAnyOrder("/subject/setting", "/subject/items/0/drugCode",
            "/subject/items/0/quantity", "/subject/items/0/daysSupply", "/subject/items/0/doses");
  }

  @Test
  void policySeverityForInputInvalidIsAppliedAndDisablingRemovesIt() {
    Prescription p = rx(item("NOPE")).build();
    single(check(engine().policy(Rx.severity(INVALID, Decision.BLOCK)), p), INVALID,
        Decision.BLOCK);
    none(check(engine().policy(Rx.disabled(INVALID)), p), INVALID);
  }
}
