package io.github.qinglian;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qinglian.policy.FailMode;
import io.github.qinglian.policy.Policy;
import io.github.qinglian.policy.RuleSetting;
import io.github.qinglian.rule.RuleCatalog;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PolicyToBuilderTest {
  @Test
  void toBuilderKeepsEverySettingAndChangesOnlyWhatIsSet() {
    Policy p = Policy.newBuilder()
        .version("v7")
        .zone(ZoneId.of("Asia/Urumqi"))
        .failMode(FailMode.of(Decision.REVIEW, Decision.BLOCK))
        .rule("RX.ITEMS.MAX", RuleSetting.newBuilder().param("maxItems", 4).build())
        .patientIdKey("0123456789abcdef-hospital")
        .build();
    assertThat(p.toBuilder().build()).isEqualTo(p);
    Policy off = p.toBuilder()
        .rule("RX.COST.LARGE", RuleSetting.newBuilder().enabled(false).build())
        .build();
    assertThat(off.enabled(RuleCatalog.RX_COST_LARGE)).isFalse();
    assertThat(off.intParam(RuleCatalog.RX_ITEMS_MAX, "maxItems")).isEqualTo(4);
    assertThat(off.zone()).isEqualTo(ZoneId.of("Asia/Urumqi"));
    assertThat(off.patientIdKey()).isEqualTo(p.patientIdKey());
  }
}
