package io.github.qinglian.examples.submit;

import io.github.qinglian.audit.Pseudonymizer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.qinglian.ConfigProblem;
import io.github.qinglian.Qinglian;
import io.github.qinglian.json.PolicyJson;
import io.github.qinglian.json.ReferenceJson;
import io.github.qinglian.model.EmergencyOverride;
import io.github.qinglian.model.Institution;
import io.github.qinglian.model.InstitutionLevel;
import io.github.qinglian.model.Patient;
import io.github.qinglian.model.Prescription;
import io.github.qinglian.model.PrescriptionItem;
import io.github.qinglian.model.Setting;
import io.github.qinglian.policy.Policy;
import io.github.qinglian.reference.ReferenceData;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Runs the submit interceptor on the bundled sample hospital ({@code docs/samples/hospital}):
 * builds a {@link Qinglian} from {@code hospital.json} and {@code reference.json}, submits five
 * prescriptions through a {@link CheckedPrescriptionService} (clean, WARN, two REVIEW, BLOCK),
 * lets a pharmacist approve one held prescription and reject the other, and prints each outcome,
 * what was stored, and the integrity log.
 *
 * <p>Usage: {@code SubmitDemo [DIR]}, where DIR holds the sample hospital (default
 * {@code docs/samples/hospital} under the system property {@code qinglian.home}, or the working
 * directory). Prescriptions are issued "now" on the system clock in the policy's zone.
 */
public final class SubmitDemo {
  /**
   * The key the demo pseudonymises patient ids with when the sample policy sets none. A hospital
   * sets {@code privacy.patientIdKey} in its policy and keeps it out of source control.
   */
  static final String DEMO_PATIENT_ID_KEY = "demo-key-not-for-production";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private SubmitDemo() {}

  /**
   * Runs the demo and prints to standard output.
   *
   * @param args optionally, the directory of the sample hospital
   * @throws IOException if the sample hospital cannot be read
   * @throws io.github.qinglian.ConfigurationException if its policy or reference data is invalid
   */
  public static void main(String[] args) throws IOException {
    Path dir = args.length > 0 ? Paths.get(args[0])
        : Paths.get(System.getProperty("qinglian.home", "."), "docs", "samples", "hospital");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    run(dir, null, out);
    out.flush();
  }

  /**
   * Builds the engine of the hospital in {@code dir}: its institution and policy from
   * {@code hospital.json}, its reference data from {@code reference.json}, timed by
   * {@code clock}.
   *
   * @throws IOException if {@code hospital.json} cannot be read or is not JSON
   * @throws io.github.qinglian.ConfigurationException if the policy or reference data is invalid
   */
  public static Qinglian loadHospital(Path dir, Clock clock) throws IOException {
    JsonNode hospital = MAPPER.readTree(dir.resolve("hospital.json").toFile());
    JsonNode institution = hospital.path("institution");
    Policy policy = PolicyJson.read(hospital.path("policy").toString());
    ReferenceData reference = ReferenceJson.read(dir.resolve("reference.json"));
    return Qinglian.newBuilder()
        .institution(Institution.of(institution.path("id").asText(),
            InstitutionLevel.valueOf(institution.path("level").asText())))
        .policy(policy)
        .reference(reference)
        .clock(clock)
        .build();
  }

  /** Runs the demo on the hospital in {@code dir}; a {@code null} clock means the system's. */
  static void run(Path dir, @Nullable Clock clock, PrintStream out)
      throws IOException {
    Qinglian qinglian = loadHospital(dir, clock != null ? clock : Clock.systemUTC());
    Policy policy = qinglian.snapshot().policy();
    for (ConfigProblem w : policy.warnings()) {
      out.println("policy warning: " + w);
    }
    String key = policy.patientIdKey() != null ? policy.patientIdKey() : DEMO_PATIENT_ID_KEY;

    // The wiring an HIS does once, at start-up.
    InMemoryPrescriptionStore store = new InMemoryPrescriptionStore();
    PrescriptionService his = new StoringPrescriptionService(store);
    IntegrityLog log = new IntegrityLog(qinglian.clock().withZone(policy.zone()),
        Pseudonymizer.withKey(key));
    PharmacistQueue queue = new PharmacistQueue(his, log, qinglian.clock());
    PrescriptionService checked =
        new CheckedPrescriptionService(his, qinglian.prescriptions(), queue, log,
            policy.failMode().clinical());

    out.println("Qinglian submit demo: " + qinglian.snapshot().institution() + ", policy "
        + policy.version());
    out.println();
    Instant now = qinglian.clock().instant();
    for (Prescription rx : prescriptions(now)) {
      SubmitResult r = checked.submit(rx);
      out.println(r.prescriptionId() + "  " + r.status());
      out.println("  en: " + r.message(Locale.ENGLISH));
      out.println("  zh: " + r.message(Locale.SIMPLIFIED_CHINESE));
    }

    out.println();
    out.println("Pharmacist queue:");
    for (PharmacistQueue.PendingReview p : queue.list()) {
      out.println("  " + p.prescriptionId() + " " + p.verdict().ruleIds());
    }
    SubmitResult approved = queue.approve("RX-D03", "PH01");
    out.println("PH01 approves RX-D03: " + approved.message(Locale.ENGLISH));
    SubmitResult rejected = queue.reject("RX-D04", "PH01", "请改用处方集内的缬沙坦");
    out.println("PH01 rejects RX-D04: " + rejected.message(Locale.SIMPLIFIED_CHINESE));

    out.println();
    StringBuilder stored = new StringBuilder("Stored for the pharmacy:");
    for (Prescription rx : store.all()) {
      stored.append(' ').append(rx.id());
    }
    out.println(stored);
    out.println();
    out.println("Integrity log (patients by keyed pseudonym only):");
    for (String line : log.lines()) {
      out.println("  " + line);
    }
  }

  /** Five prescriptions a workstation might send, issued at {@code now}. */
  static Prescription[] prescriptions(Instant now) {
    return new Prescription[] {
      // Clean: amoxicillin (unrestricted tier) and two symptomatic drugs, 7 days.
      prescription(now, "RX-D01", "D002", "P-1001", 34)
          .addItem(item("J01CA04-CAP-250", 42, 21, 7))
          .addItem(item("M01AE01-SR-300", 14, 14, 7))
          .addItem(item("R05CB06-TAB-30", 21, 21, 7))
          .build(),
      // WARN: imipenem (special-use tier) by an intermediate physician to rescue a patient in
      // septic shock (越级使用); the paperwork is still within its 24 hours.
      prescription(now, "RX-D02", "D002", "P-1016", 73)
          .setting(Setting.INPATIENT)
          .addItem(item("J01DH51-INJ-500", 4, 4, 1))
          .addItem(item("B05XA03-INJ-100ML", 4, 4, 1))
          .emergencyOverride(EmergencyOverride.of("感染性休克抢救",
              now.minus(Duration.ofMinutes(15)), null))
          .build(),
      // REVIEW: the prescriber's 处方权 is restricted after repeated 超常处方.
      prescription(now, "RX-D03", "D015", "P-1014", 61)
          .addItem(item("C08CA01-TAB-5", 7, 7, 7))
          .addItem(item("C10AA05-TAB-20", 7, 7, 7))
          .build(),
      // REVIEW: a drug outside the hospital formulary (处方集外).
      prescription(now, "RX-D04", "D001", "P-1035", 72)
          .addItem(item("C09DX04-TAB-100", 14, 14, 7))
          .build(),
      // BLOCK: six Western drugs on one outpatient prescription (limit 5).
      prescription(now, "RX-D05", "D001", "P-1027", 69)
          .addItem(item("A10BA02-TAB-500", 14, 14, 7))
          .addItem(item("C08CA01-TAB-5", 7, 7, 7))
          .addItem(item("C10AA05-TAB-20", 7, 7, 7))
          .addItem(item("B01AC06-TAB-100", 7, 7, 7))
          .addItem(item("B01AC04-TAB-75", 7, 7, 7))
          .addItem(item("A02BC01-CAP-20", 7, 7, 7))
          .build(),
    };
  }

  private static Prescription.Builder prescription(
      Instant now, String id, String prescriberId, String patientId, int ageYears) {
    return Prescription.newBuilder()
        .id(id)
        .setting(Setting.OUTPATIENT)
        .issuedAt(now)
        .prescriberId(prescriberId)
        .patient(Patient.newBuilder().id(patientId).ageYears(ageYears).build());
  }

  private static PrescriptionItem item(String drugCode, long quantity, int doses, int days) {
    return PrescriptionItem.newBuilder()
        .drugCode(drugCode)
        .quantity(quantity)
        .doses(doses)
        .daysSupply(days)
        .build();
  }
}
