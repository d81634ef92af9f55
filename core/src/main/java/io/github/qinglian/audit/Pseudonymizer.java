package io.github.qinglian.audit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.io.BaseEncoding;
import io.github.qinglian.policy.Policy;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Turns a patient id into a stable pseudonym with HMAC-SHA256 under the hospital's key
 * ({@code privacy.patientIdKey} in the policy): the same id gives the same pseudonym under one
 * key, so a discipline office can follow one patient across log lines without learning who it
 * is. Thread-safe.
 *
 * <pre>{@code
 * Pseudonymizer p = Pseudonymizer.forPolicy(policy);
 * log.info("prescription {} for patient {}", rx.id(), p.patient(rx.patient().id()));
 * }</pre>
 *
 * <p>Without a configured key, {@link #forPolicy} uses a random key for the life of the JVM:
 * pseudonyms are then consistent only within one run. Configure the key in production.
 */
public final class Pseudonymizer {
  private static final int BYTES = 12;
  private static final int PRESCRIBER_BYTES = 6;
  private static final byte[] PRESCRIBER_DOMAIN =
      "prescriber\u0000".getBytes(StandardCharsets.UTF_8);
  private static final byte[] EPHEMERAL = randomKey();

  private final SecretKeySpec key;
  private final boolean ephemeral;

  private Pseudonymizer(byte[] key, boolean ephemeral) {
    this.key = new SecretKeySpec(key, "HmacSHA256");
    this.ephemeral = ephemeral;
  }

  /** A pseudonymizer under {@code key} (at least 16 characters). */
  public static Pseudonymizer withKey(String key) {
    checkNotNull(key, "key");
    checkArgument(key.length() >= 16, "a patient-id key needs at least 16 characters");
    return new Pseudonymizer(key.getBytes(StandardCharsets.UTF_8), false);
  }

  /** A pseudonymizer under the policy's key, or an ephemeral one when none is configured. */
  public static Pseudonymizer forPolicy(Policy policy) {
    String k = policy.patientIdKey();
    return k == null ? new Pseudonymizer(EPHEMERAL, true) : withKey(k);
  }

  /** Whether the key lives only as long as this JVM. */
  public boolean ephemeral() {
    return ephemeral;
  }

  /**
   * The pseudonym of {@code patientId}: {@code "p:"} and 24 hex digits, or {@code "p:none"} for
   * a missing id.
   */
  public String patient(@Nullable String patientId) {
    if (patientId == null) {
      return "p:none";
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] h = mac.doFinal(patientId.getBytes(StandardCharsets.UTF_8));
      return "p:" + BaseEncoding.base16().lowerCase().encode(h, 0, BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }

  /**
   * The pseudonym of a prescriber's id, for the 统方 guard's masking: {@code "D-"} and 12 hex
   * digits, or {@code null} for a missing id. Computed in a domain of its own, so the same text
   * as a patient id and as a prescriber id gives unrelated pseudonyms.
   */
  public @Nullable String prescriber(@Nullable String prescriberId) {
    if (prescriberId == null) {
      return null;
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(PRESCRIBER_DOMAIN);
      byte[] h = mac.doFinal(prescriberId.getBytes(StandardCharsets.UTF_8));
      return "D-" + BaseEncoding.base16().lowerCase().encode(h, 0, PRESCRIBER_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }

  private static byte[] randomKey() {
    byte[] k = new byte[32];
    new SecureRandom().nextBytes(k);
    return k;
  }

  @Override
  public String toString() {
    return ephemeral ? "Pseudonymizer{ephemeral key}" : "Pseudonymizer{configured key}";
  }
}
