package io.github.qinglian.checkers.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qinglian.internal.Messages;
import io.github.qinglian.rule.Family;
import io.github.qinglian.rule.Rule;
import io.github.qinglian.rule.RuleCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every message a procurement finding can carry exists in both languages. */
class ProcurementMessagesTest {
  /** Each rule's message keys: the rule id itself, or the variants the checkers use. */
  static final List<String> KEYS = List.of(
      "PROC.OFF_PLATFORM.OFFLINE", "PROC.OFF_PLATFORM.NO_PLATFORM_CODE",
      "PROC.OFF_PLATFORM.NOT_LISTED", "PROC.OFF_PLATFORM.LATE", "PROC.OFF_PLATFORM.OVERDUE",
      "PROC.PRICE.ABOVE_LISTED", "PROC.PRICE.VBP_ABOVE", "PROC.PRICE.VBP_BELOW",
      "PROC.PRIVATE",
      "PROC.SUPPLIER.MISSING", "PROC.SUPPLIER.UNKNOWN", "PROC.SUPPLIER.LICENSE_EXPIRED",
      "PROC.SUPPLIER.BLACKLISTED", "PROC.SUPPLIER.CREDIT_RATING",
      "PROC.VBP_PRIORITY", "PROC.VBP_VOLUME",
      "PROC.PAYMENT.LATE", "PROC.PAYMENT.UNPAID",
      "PROC.TRACE_CODE",
      "PROC.FORMULARY.SPECS", "PROC.FORMULARY.ANTIBIOTIC_COUNT");

  @Test
  void everyKeyTheCheckersUseIsInBothBundles() {
    for (String k : KEYS) {
      assertThat(Messages.has(k)).as(k).isTrue();
    }
  }

  @Test
  void everyProcurementRuleHasAMessage() {
    for (Rule r : RuleCatalog.all()) {
      if (r.family() == Family.PROCUREMENT) {
        assertThat(KEYS.stream().anyMatch(k -> k.equals(r.id()) || k.startsWith(r.id() + ".")))
            .as(r.id()).isTrue();
      }
    }
  }

  @Test
  void noProcurementKeyIsLeftUnused() {
    for (String k : Messages.keys(false)) {
      if (k.startsWith("PROC.")) {
        assertThat(KEYS).as("unused message %s", k).contains(k);
      }
    }
  }
}
