package io.github.qinglian.benchmarks;

import io.github.qinglian.Decision;
import io.github.qinglian.PrescriptionChecker;
import io.github.qinglian.Qinglian;
import io.github.qinglian.Verdict;
import io.github.qinglian.json.CaseJson;
import io.github.qinglian.json.ModelJson;
import io.github.qinglian.json.PolicyJson;
import io.github.qinglian.json.ReferenceJson;
import io.github.qinglian.model.Institution;
import io.github.qinglian.model.InstitutionLevel;
import io.github.qinglian.model.Prescription;
import io.github.qinglian.policy.Policy;
import io.github.qinglian.reference.ReferenceData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The prescription checker on the sample hospital's reference data (21 practitioners, 72 drugs):
 * the clean path, a prescription with findings, a narcotic; and, side by side, the same
 * prescriptions through the JSON wire format ({@code CaseJson}, what the CLI and a sidecar do).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class PrescriptionBenchmark {
  /**
   * Which prescription: ALLOW_3_ITEMS is a clean 3-item outpatient prescription; BLOCK_5_ITEMS has
   * five items and two violations (a restricted antibiotic above the prescriber's tier, 10 days'
   * supply); NARCOTIC_1_ITEM is one cancer-pain controlled-release morphine line within limits.
   */
  @Param({"ALLOW_3_ITEMS", "BLOCK_5_ITEMS", "NARCOTIC_1_ITEM"})
  public String scenario;

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private PrescriptionChecker checker;
  private Prescription rx;
  private Instant at;
  private String caseJson;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Path home = Paths.get(System.getProperty("qinglian.home", "."));
    Path dir = home.resolve("docs/samples/hospital");
    JsonNode hospital = MAPPER.readTree(read(dir.resolve("hospital.json")));
    String referenceText = read(dir.resolve("reference.json"));
    Policy policy = PolicyJson.read(hospital.get("policy").toString());
    ReferenceData reference = ReferenceJson.read(referenceText);
    at = Instant.parse("2026-11-24T01:30:00Z");
    Qinglian q =
        Qinglian.newBuilder()
            .institution(Institution.of("QLH", InstitutionLevel.TERTIARY))
            .policy(policy)
            .reference(reference)
            .clock(Clock.fixed(at, ZoneOffset.UTC))
            .build();
    checker = q.prescriptions();
    JsonNode subject = MAPPER.readTree(subjectJson(scenario));
    rx = ModelJson.readPrescription(subject);
    ObjectNode c = MAPPER.createObjectNode();
    c.put("kind", "prescription");
    c.put("at", "2026-11-24T09:30:00+08:00");
    c.set("institution", hospital.get("institution"));
    c.set("policy", hospital.get("policy"));
    c.set("reference", MAPPER.readTree(referenceText));
    c.set("subject", subject);
    caseJson = c.toString();
    Decision expected = scenario.startsWith("BLOCK") ? Decision.BLOCK : Decision.ALLOW;
    Verdict v = checker.check(rx, at);
    if (v.decision() != expected) {
      throw new IllegalStateException(scenario + " gave " + v);
    }
  }

  /** The Java entry point an HIS interceptor calls. */
  @Benchmark
  public Verdict check() {
    return checker.check(rx, at);
  }

  /** The same prescription as a whole wire-format case: parse, build the snapshot, check, write. */
  @Benchmark
  public String wireCase() {
    return CaseJson.evaluate(caseJson).toJson();
  }

  private static String read(Path p) throws IOException {
    return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
  }

  static String subjectJson(String scenario) {
    String head = "{\"id\":\"RX-B\",\"setting\":\"OUTPATIENT\","
        + "\"issuedAt\":\"2026-11-24T09:20:00+08:00\",\"dispensedAt\":null,";
    String patient = "\"patient\":{\"id\":\"P-1\",\"ageYears\":52,\"practitionerId\":null,"
        + "\"firstVisit\":false,\"guardianPresent\":false,\"conditions\":%s},";
    switch (scenario) {
      case "ALLOW_3_ITEMS":
        return head + "\"prescriberId\":\"D002\",\"cosignerId\":null,"
            + String.format(patient, "[]")
            + "\"items\":[" + item("J01CA04-CAP-250", 42, 21, 7) + ","
            + item("M01AE01-SR-300", 14, 14, 7) + "," + item("A02BC01-CAP-20", 7, 7, 7) + "],"
            + "\"justification\":null,\"longTerm\":false,\"consultationId\":null,"
            + "\"emergencyOverride\":null}";
      case "BLOCK_5_ITEMS":
        return head + "\"prescriberId\":\"D007\",\"cosignerId\":null,"
            + String.format(patient, "[]")
            + "\"items\":[" + item("J01CA04-CAP-250", 42, 21, 7) + ","
            + item("J01MA12-INJ-500", 3, 3, 3) + "," + item("M01AE01-SR-300", 14, 14, 7) + ","
            + item("A02BC01-CAP-20", 10, 10, 10) + "," + item("A10BA02-TAB-500", 14, 14, 7)
            + "],\"justification\":null,\"longTerm\":false,\"consultationId\":null,"
            + "\"emergencyOverride\":null}";
      case "NARCOTIC_1_ITEM":
        return head + "\"prescriberId\":\"D005\",\"cosignerId\":null,"
            + String.format(patient, "[\"CANCER_PAIN\"]")
            + "\"items\":[" + item("N02AA05-SR-10", 28, 28, 14) + "],"
            + "\"justification\":null,\"longTerm\":false,\"consultationId\":null,"
            + "\"emergencyOverride\":null}";
      default:
        throw new IllegalArgumentException(scenario);
    }
  }

  private static String item(String code, int qty, int doses, int days) {
    return "{\"drugCode\":\"" + code + "\",\"quantity\":" + qty + ",\"doses\":" + doses
        + ",\"daysSupply\":" + days + ",\"onSite\":false}";
  }
}
