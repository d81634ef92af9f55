package io.github.qinglian;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.qinglian.json.PolicyJson;
import io.github.qinglian.json.ReferenceJson;
import io.github.qinglian.model.Institution;
import io.github.qinglian.model.InstitutionLevel;
import io.github.qinglian.model.Prescription;
import io.github.qinglian.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's Java quick start, kept compiling and working against the sample hospital. */
class ReadmeExampleTest {
  private final List<Verdict> pharmacistQueue = new ArrayList<>();
  private final List<Verdict> integrityLog = new ArrayList<>();

  @Test
  void quickStartRefusesReviewsAndRecords(@TempDir Path dir) throws Exception {
    Path samples = Paths.get("..", "docs", "samples", "hospital");
    String policy = new ObjectMapper().readTree(samples.resolve("hospital.json").toFile())
        .get("policy").toString();
    Files.write(dir.resolve("policy.json"), policy.getBytes(StandardCharsets.UTF_8));
    Files.copy(samples.resolve("reference.json"), dir.resolve("reference.json"));

    // --- the README, with its paths under the test's directory
    Qinglian qinglian = Qinglian.newBuilder()
        .institution(Institution.of("H1", InstitutionLevel.TERTIARY))
        .policy(PolicyJson.read(dir.resolve("policy.json")))
        .reference(ReferenceJson.read(dir.resolve("reference.json")))
        .build();
    PrescriptionChecker checker = qinglian.prescriptions();
    // ---

    Prescription clean = Fixtures.prescription("D002",
        Fixtures.item("J01CA04-CAP-250").quantity(42).daysSupply(7).build()).build();
    Prescription sixDrugs = Fixtures.prescription("D002",
        Fixtures.item("A10BA02-TAB-500").build(), Fixtures.item("C08CA01-TAB-5").build(),
        Fixtures.item("C10AA05-TAB-20").build(), Fixtures.item("A02BC01-CAP-20").build(),
        Fixtures.item("N02BE01-TAB-500").build(), Fixtures.item("B01AC06-TAB-100").build())
        .build();
    Prescription restricted = Fixtures.prescription("D015",
        Fixtures.item("J01CA04-CAP-250").build()).build();

    assertThat(submit(checker, clean)).isEqualTo("accepted");
    assertThat(submit(checker, sixDrugs)).isEqualTo("refused RX.ITEMS.MAX");
    assertThat(submit(checker, restricted)).isEqualTo("queued");
    assertThat(pharmacistQueue).hasSize(1);
    assertThat(integrityLog).isEmpty();
  }

  private String submit(PrescriptionChecker checker, Prescription prescription) {
    Verdict v = checker.check(prescription);
    switch (v.decision()) {
      case BLOCK:
        return "refused " + String.join(",", v.ruleIds());
      case REVIEW:
        pharmacistQueue.add(v);
        return "queued";
      case WARN:
        integrityLog.add(v);
        return "accepted with warning";
      default:
        return "accepted";
    }
  }
}
