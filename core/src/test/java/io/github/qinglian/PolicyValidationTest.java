package io.github.qinglian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.qinglian.policy.Policy;
import io.github.qinglian.policy.RuleSetting;
import org.junit.jupiter.api.Test;

class PolicyValidationTest {
  @Test
  void engineErrorIsGovernedByTheFailModeOnly() {
    assertThatThrownBy(() -> Policy.newBuilder()
            .rule("ENGINE.ERROR", RuleSetting.newBuilder().severity(Decision.ALLOW)
                .enabled(false).build())
            .build())
        .isInstanceOfSatisfying(ConfigurationException.class, e ->
            assertThat(e.problems()).extracting(ConfigProblem::pointer).containsExactly(
                "/rules/ENGINE.ERROR/severity", "/rules/ENGINE.ERROR/enabled"));
  }

  @Test
  void switchingOffOrLoweringAStatutoryRuleIsWarnedOf() {
    Policy off = Policy.newBuilder()
        .rule("RX.ITEMS.MAX", RuleSetting.newBuilder().enabled(false).build())
        .rule("RX.DAYS.LIMIT", RuleSetting.newBuilder().severity(Decision.WARN).build())
        .build();
    assertThat(off.warnings()).extracting(ConfigProblem::pointer)
        .containsExactly("/rules/RX.ITEMS.MAX/enabled", "/rules/RX.DAYS.LIMIT/severity");
    assertThat(off.warnings().get(0).reason()).contains("处方管理办法 第六条");
    assertThat(off.warnings().get(1).reason()).contains("BLOCK to WARN");
  }

  @Test
  void switchingOffAHospitalRuleOrRaisingAStatutoryOneIsNot() {
    Policy p = Policy.newBuilder()
        .rule("RX.COST.LARGE", RuleSetting.newBuilder().enabled(false).build())
        .rule("RX.PSYCHOTROPIC2.QUANTITY", RuleSetting.newBuilder().severity(Decision.BLOCK)
            .build())
        .build();
    assertThat(p.warnings()).isEmpty();
  }
}
