package io.github.qinglian.examples.submit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a patient id into a pseudonym for the integrity log: HMAC-SHA256 of the id's UTF-8 bytes
 * under the hospital's key, as lower-case hex, truncated to {@value #HEX_LENGTH} characters
 * (64 bits). The same id under the same key always gives the same pseudonym, so the 纪检 office
 * can see that two entries concern one patient without learning who; without the key, the id
 * cannot be recovered or confirmed by guessing.
 *
 * <p>The key is the policy's {@code privacy.patientIdKey}
 * ({@link io.github.qinglian.policy.Policy#patientIdKey()}), at least 16 characters. Thread-safe:
 * each call takes its own {@link Mac}, which is cheap next to the WARN, REVIEW and BLOCK paths
 * that call it. {@link #toString()} never shows the key.
 *
 * <pre>{@code
 * PatientPseudonymizer p = PatientPseudonymizer.withKey(policy.patientIdKey());
 * String ref = p.pseudonym("P-1001"); // 16 hex digits, never the id
 * }</pre>
 */
public final class PatientPseudonymizer {
  /** The length of a pseudonym, in hex digits. */
  public static final int HEX_LENGTH = 16;

  private static final String ALGORITHM = "HmacSHA256";
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final SecretKeySpec key;

  private PatientPseudonymizer(String key) {
    checkNotNull(key, "key");
    checkArgument(key.length() >= 16, "the patient-id key must be at least 16 characters");
    this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    mac(); // fail at configuration, not at the first warning, if HMAC-SHA256 is unavailable
  }

  /**
   * Returns a pseudonymizer under {@code key}.
   *
   * @throws IllegalArgumentException if the key is shorter than 16 characters
   */
  public static PatientPseudonymizer withKey(String key) {
    return new PatientPseudonymizer(key);
  }

  /** The pseudonym of {@code patientId}. */
  public String pseudonym(String patientId) {
    byte[] digest = mac().doFinal(checkNotNull(patientId, "patientId")
        .getBytes(StandardCharsets.UTF_8));
    char[] out = new char[HEX_LENGTH];
    for (int i = 0; i < HEX_LENGTH / 2; i++) {
      out[2 * i] = HEX[(digest[i] >> 4) & 0xf];
      out[2 * i + 1] = HEX[digest[i] & 0xf];
    }
    Arrays.fill(digest, (byte) 0);
    return new String(out);
  }

  private Mac mac() {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      // Every Java SE runtime must provide HmacSHA256; reaching here means a broken JRE.
      throw new IllegalStateException(ALGORITHM + " is not available in this JRE", e);
    }
  }

  @Override
  public String toString() {
    return "PatientPseudonymizer{" + ALGORITHM + ", key=<set>}";
  }
}
