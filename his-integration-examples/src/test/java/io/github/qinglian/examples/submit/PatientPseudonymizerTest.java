package io.github.qinglian.examples.submit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PatientPseudonymizerTest {
  private static final String KEY = "test-patient-id-key-0123456789";

  @Test
  void pseudonymIsTruncatedHexHmacSha256OfTheId() {
    // Pinned with an independent implementation (Python's hmac module), so the HIS's reports
    // and any other tool holding the key can compute the same pseudonym.
    PatientPseudonymizer p = PatientPseudonymizer.withKey(KEY);

    assertThat(p.pseudonym("P-1001")).isEqualTo("bf0b053b2e46dbba");
    assertThat(p.pseudonym("患者-1001")).isEqualTo("18b682f36c07dd9e");
  }

  @Test
  void anotherKeyGivesAnotherPseudonym() {
    assertThat(PatientPseudonymizer.withKey("another-key-0123456789abcdef").pseudonym("P-1001"))
        .isEqualTo("82caaea446383e57");
  }

  @Test
  void shortKeyIsRefusedAtConfiguration() {
    assertThatThrownBy(() -> PatientPseudonymizer.withKey("short"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 16 characters");
  }

  @Test
  void toStringHidesTheKey() {
    assertThat(PatientPseudonymizer.withKey(KEY).toString()).doesNotContain(KEY);
  }
}
