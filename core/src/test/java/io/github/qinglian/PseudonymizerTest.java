package io.github.qinglian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.qinglian.audit.Pseudonymizer;
import io.github.qinglian.policy.Policy;
import org.junit.jupiter.api.Test;

class PseudonymizerTest {
  @Test
  void sameIdSameKeyGivesSamePseudonymWithoutTheId() {
    Pseudonymizer a = Pseudonymizer.withKey("0123456789abcdef-hospital");
    assertThat(a.patient("P-889")).isEqualTo(a.patient("P-889")).startsWith("p:")
        .hasSize(26).doesNotContain("889");
    assertThat(a.patient("P-889")).isNotEqualTo(a.patient("P-890"));
    assertThat(a.patient(null)).isEqualTo("p:none");
  }

  @Test
  void anotherKeyGivesAnotherPseudonym() {
    assertThat(Pseudonymizer.withKey("0123456789abcdef-A").patient("P-1"))
        .isNotEqualTo(Pseudonymizer.withKey("0123456789abcdef-B").patient("P-1"));
  }

  @Test
  void policyKeyIsUsedAndAShortKeyIsRefused() {
    Policy p = Policy.newBuilder().patientIdKey("0123456789abcdef-hospital").build();
    assertThat(Pseudonymizer.forPolicy(p).patient("P-1"))
        .isEqualTo(Pseudonymizer.withKey("0123456789abcdef-hospital").patient("P-1"));
    assertThat(Pseudonymizer.forPolicy(Policy.defaults()).ephemeral()).isTrue();
    assertThatThrownBy(() -> Pseudonymizer.withKey("short"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
