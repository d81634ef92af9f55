package io.github.qinglian.checkers.procurement;

import static io.github.qinglian.testing.ProcurementFixtures.add;
import static io.github.qinglian.testing.ProcurementFixtures.antibiotic;
import static io.github.qinglian.testing.ProcurementFixtures.formularyItem;
import static io.github.qinglian.testing.ProcurementFixtures.remove;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.qinglian.Decision;
import io.github.qinglian.Qinglian;
import io.github.qinglian.Verdict;
import io.github.qinglian.model.AntibioticTier;
import io.github.qinglian.model.DrugForm;
import io.github.qinglian.model.FormularyAction;
import io.github.qinglian.model.FormularyChange;
import io.github.qinglian.model.FormularyItem;
import io.github.qinglian.model.InstitutionLevel;
import io.github.qinglian.policy.Policy;
import io.github.qinglian.policy.RuleSetting;
import io.github.qinglian.testing.TestEngine;
import io.github.qinglian.testing.Verdicts;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** 一品两规 and the antibiotic 品种 caps on both sides of each limit, and bad changes. */
class FormularyRulesTest {
  static final FormularyItem ATORVA_10 = formularyItem("A10", "阿托伐他汀钙", "10mg").build();
  static final FormularyItem ATORVA_20 = formularyItem("A20", "阿托伐他汀钙", "20mg").build();

  static Qinglian engine(FormularyItem... items) {
    return TestEngine.newBuilder().formularyItem(items).build();
  }

  static FormularyItem item(String code, String name, DrugForm form, String spec) {
    return FormularyItem.newBuilder(code, name, form, spec).build();
  }

  static List<String> pointers(Verdict v) {
    return v.findings("INPUT.INVALID").stream().map(f -> (String) f.evidence().get("pointer"))
        .collect(Collectors.toList());
  }

  // ------------------------------------------------------------------------------ specs

  @Test
  void aSecondSpecificationIsAtTheLimitAndAThirdIsOver() {
    Verdicts.assertAllows(engine(ATORVA_10).formulary().check(add(ATORVA_20)));
    Verdict v = engine(ATORVA_10, ATORVA_20).formulary()
        .check(add(formularyItem("A40", "阿托伐他汀钙", "40mg").build()));
    Verdicts.assertBlocks(v, "PROC.FORMULARY.SPECS");
    assertThat(v.findings().get(0).evidence()).containsEntry("genericName", "阿托伐他汀钙")
        .containsEntry("formClass", "ORAL").containsEntry("spec", "40mg")
        .containsEntry("count", 3).containsEntry("maxSpecs", 2);
    assertThat(v.findings().get(0).message().zh()).contains("一品两规");
  }

  @Test
  void anotherProductOfAnExistingSpecificationAddsNoSpecification() {
    Verdicts.assertAllows(engine(ATORVA_10, ATORVA_20).formulary()
        .check(add(formularyItem("A20-B", "阿托伐他汀钙", "20mg").build())));
    Verdicts.assertAllows(engine(ATORVA_10, ATORVA_20).formulary()
        .check(add(formularyItem("A20-C", " 阿托伐他汀钙 ", "２０ MG").build())));
  }

  @Test
  void controlledReleaseCountsWithOralFormsAndInjectionsApart() {
    Verdicts.assertBlocks(engine(ATORVA_10, ATORVA_20).formulary().check(add(
        item("A40-SR", "阿托伐他汀钙", DrugForm.CONTROLLED_RELEASE, "40mg"))),
        "PROC.FORMULARY.SPECS");
    Verdicts.assertAllows(engine(ATORVA_10, ATORVA_20).formulary().check(add(
        item("A40-INJ", "阿托伐他汀钙", DrugForm.INJECTION, "40mg"))));
    Qinglian twoInjections = engine(item("O1", "奥美拉唑", DrugForm.INJECTION, "20mg"),
        item("O2", "奥美拉唑", DrugForm.INJECTION, "40mg"),
        item("O3", "奥美拉唑", DrugForm.ORAL, "20mg"));
    Verdicts.assertBlocks(twoInjections.formulary().check(add(
        item("O4", "奥美拉唑", DrugForm.INJECTION, "60mg"))), "PROC.FORMULARY.SPECS");
    Verdicts.assertAllows(twoInjections.formulary().check(add(
        item("O5", "奥美拉唑", DrugForm.CONTROLLED_RELEASE, "10mg"))));
  }

  @Test
  void otherFormsAreNotCounted() {
    Qinglian q = engine(item("M1", "糠酸莫米松", DrugForm.EXTERNAL, "5g"),
        item("M2", "糠酸莫米松", DrugForm.EXTERNAL, "10g"));
    Verdicts.assertAllows(q.formulary().check(add(item("M3", "糠酸莫米松", DrugForm.EXTERNAL,
        "15g"))));
    Verdicts.assertAllows(q.formulary().check(add(item("M4", "糠酸莫米松", DrugForm.OTHER,
        "20g"))));
  }

  @Test
  void maxSpecsComesFromThePolicy() {
    Policy three = Policy.newBuilder().rule("PROC.FORMULARY.SPECS",
        RuleSetting.newBuilder().param("maxSpecs", 3).build()).build();
    Qinglian q = TestEngine.newBuilder().formularyItem(ATORVA_10, ATORVA_20).policy(three)
        .build();
    FormularyItem forty = formularyItem("A40", "阿托伐他汀钙", "40mg").build();
    Verdicts.assertAllows(q.formulary().check(add(forty)));
    q.reload(TestEngine.newBuilder().formularyItem(ATORVA_10, ATORVA_20, forty).reference());
    Verdicts.assertBlocks(q.formulary().check(add(formularyItem("A80", "阿托伐他汀钙", "80mg")
        .build())), "PROC.FORMULARY.SPECS");
  }

  // ------------------------------------------------------------------------------ antibiotics

  static List<FormularyItem> antibiotics(int n) {
    List<FormularyItem> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(antibiotic("ABX" + i, "抗菌药" + i, "1g", AntibioticTier.RESTRICTED).build());
    }
    return out;
  }

  static Qinglian engine(InstitutionLevel level, int antibiotics, Policy policy) {
    return TestEngine.newBuilder().level(level).policy(policy)
        .formularyItem(antibiotics(antibiotics).toArray(new FormularyItem[0])).build();
  }

  static final FormularyChange NEW_ANTIBIOTIC = add(antibiotic("VORI", "伏立康唑", "200mg",
      AntibioticTier.SPECIAL).build());

  @Test
  void aTertiaryHospitalMayHoldFiftyAntibioticGenericNames() {
    Verdicts.assertAllows(engine(InstitutionLevel.TERTIARY, 49, Policy.defaults()).formulary()
        .check(NEW_ANTIBIOTIC));
    Verdict v = engine(InstitutionLevel.TERTIARY, 50, Policy.defaults()).formulary()
        .check(NEW_ANTIBIOTIC);
    Verdicts.assertBlocks(v, "PROC.FORMULARY.ANTIBIOTIC_COUNT");
    assertThat(v.findings().get(0).evidence()).containsEntry("count", 51).containsEntry("cap", 50)
        .containsEntry("level", "TERTIARY").containsEntry("genericName", "伏立康唑");
  }

  @Test
  void aSecondaryHospitalMayHoldThirtyFive() {
    Verdicts.assertAllows(engine(InstitutionLevel.SECONDARY, 34, Policy.defaults()).formulary()
        .check(NEW_ANTIBIOTIC));
    Verdicts.assertBlocks(engine(InstitutionLevel.SECONDARY, 35, Policy.defaults()).formulary()
        .check(NEW_ANTIBIOTIC), "PROC.FORMULARY.ANTIBIOTIC_COUNT");
  }

  @Test
  void aPrimaryInstitutionHasACapOnlyWhenThePolicySetsOne() {
    Verdicts.assertAllows(engine(InstitutionLevel.PRIMARY, 200, Policy.defaults()).formulary()
        .check(NEW_ANTIBIOTIC));
    Policy ten = Policy.newBuilder().rule("PROC.FORMULARY.ANTIBIOTIC_COUNT",
        RuleSetting.newBuilder().param("primary", 10).build()).build();
    Verdicts.assertAllows(engine(InstitutionLevel.PRIMARY, 9, ten).formulary()
        .check(NEW_ANTIBIOTIC));
    Verdicts.assertBlocks(engine(InstitutionLevel.PRIMARY, 10, ten).formulary()
        .check(NEW_ANTIBIOTIC), "PROC.FORMULARY.ANTIBIOTIC_COUNT");
  }

  @Test
  void anAntibioticGenericNameAlreadyInTheCatalogueIsNoNewVariety() {
    Qinglian q = engine(InstitutionLevel.TERTIARY, 50, Policy.defaults());
    Verdicts.assertAllows(q.formulary().check(add(FormularyItem.newBuilder("ABX0-ORAL", "抗菌药0",
        DrugForm.ORAL, "0.25g").antibioticTier(AntibioticTier.UNRESTRICTED).build())));
    Verdicts.assertAllows(q.formulary().check(add(formularyItem("X", "阿托伐他汀钙", "10mg")
        .build())));
  }

  @Test
  void bothCapsMayFireForOneAddition() {
    List<FormularyItem> items = antibiotics(50);
    items.add(item("VORI-1", "伏立康唑", DrugForm.ORAL, "50mg"));
    items.add(item("VORI-2", "伏立康唑", DrugForm.ORAL, "200mg"));
    Verdict v = TestEngine.newBuilder().formularyItem(items.toArray(new FormularyItem[0]))
        .build().formulary().check(add(FormularyItem.newBuilder("VORI-3", "伏立康唑",
            DrugForm.ORAL, "100mg").antibioticTier(AntibioticTier.SPECIAL).build()));
    assertThat(v.ruleIds()).containsExactly("PROC.FORMULARY.ANTIBIOTIC_COUNT",
        "PROC.FORMULARY.SPECS");
  }

  @Test
  void severityAndEnabledComeFromThePolicy() {
    Policy warn = Policy.newBuilder().rule("PROC.FORMULARY.ANTIBIOTIC_COUNT",
        RuleSetting.newBuilder().severity(Decision.WARN).build()).build();
    Verdicts.assertWarns(engine(InstitutionLevel.TERTIARY, 50, warn).formulary()
        .check(NEW_ANTIBIOTIC), "PROC.FORMULARY.ANTIBIOTIC_COUNT");
    Policy off = Policy.newBuilder().rule("PROC.FORMULARY.ANTIBIOTIC_COUNT",
        RuleSetting.newBuilder().enabled(false).build()).build();
    Verdicts.assertAllows(engine(InstitutionLevel.TERTIARY, 50, off).formulary()
        .check(NEW_ANTIBIOTIC));
  }

  // ------------------------------------------------------------------------------ bad input

  @Test
  void removingAnItemNotInTheCatalogueIsInvalidNamingItsCode() {
    Verdict v = engine(ATORVA_10).formulary().check(remove("NOPE"));
    Verdicts.assertBlocks(v, "INPUT.INVALID");
    assertThat(v.findings().get(0).evidence()).containsEntry("pointer", "/subject/item/itemCode")
        .containsEntry("value", "NOPE");
  }

  @Test
  void removingAnItemInTheCatalogueFiresNothing() {
    Verdicts.assertAllows(engine(ATORVA_10).formulary().check(remove("A10")));
  }

  @Test
  void addingAnItemCodeAlreadyInTheCatalogueIsInvalid() {
    Verdict v = engine(ATORVA_10).formulary().check(add(ATORVA_10));
    assertThat(pointers(v)).containsExactly("/subject/item/itemCode");
  }

  @Test
  void missingFieldsNameTheirPointers() {
    assertThat(pointers(engine().formulary().check(null))).containsExactly("/subject");
    assertThat(pointers(engine().formulary().check(FormularyChange.newBuilder().id("F")
        .build()))).containsExactly("/subject/action", "/subject/item");
    assertThat(pointers(engine().formulary().check(FormularyChange.newBuilder()
        .action(FormularyAction.ADD).itemPresent().build()))).containsExactly(
            "/subject/item/itemCode", "/subject/item/genericName", "/subject/item/form",
            "/subject/item/spec");
    assertThat(pointers(engine().formulary().check(FormularyChange.newBuilder()
        .action(FormularyAction.ADD).itemCode("X").genericName("头孢").form(DrugForm.ORAL)
        .spec("1g").antibioticTier(AntibioticTier.NONE).build())))
        .containsExactly("/subject/item/antibioticTier");
    assertThat(pointers(engine().formulary().check(remove(null))))
        .containsExactly("/subject/item");
  }
}
