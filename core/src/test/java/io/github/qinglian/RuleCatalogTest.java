package io.github.qinglian;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qinglian.internal.Messages;
import io.github.qinglian.rule.Family;
import io.github.qinglian.rule.Param;
import io.github.qinglian.rule.Rule;
import io.github.qinglian.rule.RuleCatalog;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The catalog holds exactly the rule ids of the contract, with citations and defaults. */
class RuleCatalogTest {
  /** The ids of the contract's rule catalog, in its order. */
  static final List<String> CONTRACT_IDS =
      Arrays.asList(
          "INPUT.INVALID", "ENGINE.ERROR",
          "RX.PRESCRIBER.NO_PRIVILEGE", "RX.PRESCRIBER.COSIGN", "RX.PRESCRIBER.SUSPENDED",
          "RX.PRESCRIBER.RESTRICTED", "RX.ANTIBIOTIC.TIER", "RX.ANTIBIOTIC.SPECIAL_OUTPATIENT",
          "RX.ANTIBIOTIC.SPECIAL_CONSULT", "RX.ANTIBIOTIC.OVERRIDE_OVERDUE", "RX.ANTITUMOR.TIER",
          "RX.CONTROLLED.QUALIFICATION", "RX.CONTROLLED.SELF", "RX.CONTROLLED.QUANTITY",
          "RX.CONTROLLED.SPECIAL_DRUG", "RX.PSYCHOTROPIC2.QUANTITY", "RX.ITEMS.MAX",
          "RX.ITEMS.HERBAL_MIXED", "RX.DAYS.LIMIT", "RX.VALIDITY.EXPIRED",
          "RX.INTERNET.FIRST_VISIT", "RX.INTERNET.CONTROLLED", "RX.INTERNET.PRESCRIBER",
          "RX.INTERNET.CHILD_GUARDIAN", "RX.FORMULARY.NOT_LISTED", "RX.KEY_MONITORED",
          "RX.COST.LARGE",
          "TF.PRESCRIBER_STATS", "TF.DEPARTMENT_STATS", "TF.REPRESENTATIVE", "TF.PURPOSE",
          "TF.OFF_HOURS", "TF.BULK", "TF.FREQUENCY", "TF.UNPARSEABLE", "TF.MASK",
          "VISIT.REP.NOT_FILED", "VISIT.COMPANY.BLACKLISTED", "VISIT.APPOINTMENT",
          "VISIT.TIME_WINDOW", "VISIT.LOCATION", "VISIT.HOST", "VISIT.PROCESS", "VISIT.RECORD",
          "VISIT.PURPOSE", "VISIT.FREQUENCY",
          "PROC.OFF_PLATFORM", "PROC.PRICE", "PROC.PRIVATE", "PROC.SUPPLIER",
          "PROC.VBP_PRIORITY", "PROC.VBP_VOLUME", "PROC.PAYMENT", "PROC.TRACE_CODE",
          "PROC.FORMULARY.SPECS", "PROC.FORMULARY.ANTIBIOTIC_COUNT");

  @Test
  void catalogHoldsExactlyTheContractIdsInOrder() {
    assertThat(RuleCatalog.all().stream().map(Rule::id).collect(Collectors.toList()))
        .containsExactlyElementsOf(CONTRACT_IDS);
  }

  @Test
  void everyFamilyRuleHasACitationAndBothDescriptions() {
    for (Rule r : RuleCatalog.all()) {
      assertThat(r.descriptionZh()).as(r.id()).isNotBlank();
      assertThat(r.descriptionEn()).as(r.id()).isNotBlank();
      if (r.family() != Family.CROSS_CUTTING && !r.id().equals("TF.UNPARSEABLE")) {
        assertThat(r.citation()).as(r.id()).isNotBlank();
      }
    }
  }

  @Test
  void defaultSeveritiesFollowTheContract() {
    assertThat(RuleCatalog.byId("RX.PRESCRIBER.RESTRICTED").defaultSeverity())
        .isEqualTo(Decision.REVIEW);
    assertThat(RuleCatalog.byId("RX.COST.LARGE").defaultSeverity()).isEqualTo(Decision.REVIEW);
    assertThat(RuleCatalog.byId("VISIT.FREQUENCY").defaultSeverity()).isEqualTo(Decision.WARN);
    assertThat(RuleCatalog.byId("TF.MASK").defaultSeverity()).isEqualTo(Decision.ALLOW);
    assertThat(RuleCatalog.byId("RX.DAYS.LIMIT").defaultSeverity()).isEqualTo(Decision.BLOCK);
  }

  @Test
  void parameterDefaultsFollowTheContract() {
    Rule days = RuleCatalog.byId("RX.DAYS.LIMIT");
    assertThat(days.param("outpatientDays").defaultValue()).isEqualTo(7);
    assertThat(days.param("emergencyDays").defaultValue()).isEqualTo(3);
    assertThat(days.param("extendedDays").defaultValue()).isEqualTo(30);
    assertThat(days.param("longTermDays").defaultValue()).isEqualTo(84);
    assertThat(RuleCatalog.byId("RX.ITEMS.MAX").param("maxItems").defaultValue()).isEqualTo(5);
    assertThat(RuleCatalog.byId("PROC.FORMULARY.ANTIBIOTIC_COUNT").param("primary")
        .defaultValue()).isNull();
    Param maxItems = RuleCatalog.byId("RX.ITEMS.MAX").param("maxItems");
    assertThat(maxItems.statutory()).isTrue();
    assertThat(maxItems.loosens(6)).isTrue();
    assertThat(maxItems.loosens(5)).isFalse();
    assertThat(maxItems.loosens(4)).isFalse();
    Param minYears = RuleCatalog.byId("RX.INTERNET.PRESCRIBER").param("minYears");
    assertThat(minYears.loosens(2)).isTrue();
    assertThat(minYears.loosens(4)).isFalse();
    assertThat(days.param("extendedDays").loosens(90)).isFalse();
  }

  @Test
  void everyPrescriptionAndCrossCuttingRuleHasMessagesInBothLanguages() {
    for (Rule r : RuleCatalog.all()) {
      if (r.family() != Family.PRESCRIPTION && r.family() != Family.CROSS_CUTTING) {
        continue;
      }
      boolean any = Messages.has(r.id());
      for (String k : Messages.keys(false)) {
        any |= k.startsWith(r.id() + ".") && Messages.has(k);
      }
      assertThat(any).as("messages for " + r.id()).isTrue();
    }
  }

  @Test
  void bothBundlesHaveTheSameKeysAndPlaceholders() {
    for (String k : Messages.keys(false)) {
      String en = Messages.template(k, false);
      String zh = Messages.template(k, true);
      assertThat(zh).as("zh for " + k).isNotNull();
      assertThat(placeholders(zh)).as(k).isEqualTo(placeholders(en));
    }
    for (String k : Messages.keys(true)) {
      assertThat(Messages.template(k, false)).as("en for " + k).isNotNull();
    }
  }

  private static List<String> placeholders(String t) {
    return java.util.regex.Pattern.compile("\\{[a-zA-Z]+\\}").matcher(t).results()
        .map(m -> m.group()).sorted().collect(Collectors.toList());
  }
}
