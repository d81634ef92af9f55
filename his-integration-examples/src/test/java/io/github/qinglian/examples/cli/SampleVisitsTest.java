package io.github.qinglian.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The sample hospital's visits meet their expectations (tests run from the repository root). */
class SampleVisitsTest {
  private static final ObjectMapper M = new ObjectMapper();

  @Test
  void everySampleVisitGetsTheVerdictItExpects() {
    StringWriter table = new StringWriter();
    StringWriter err = new StringWriter();
    int status = SampleHospital.run(new ArrayList<String>(), new PrintWriter(table),
        new PrintWriter(err));
    assertThat(status).as(table.toString()).isZero();
    assertThat(table.toString()).contains("Representative visits (医药代表接待)")
        .contains("V-S15    BLOCK     VISIT.LOCATION")
        .contains("V-S25    ALLOW")
        .doesNotContain("✗");
  }

  @Test
  void theVerdictLinesNameEachVisit() throws Exception {
    StringWriter out = new StringWriter();
    SampleHospital.run(Arrays.asList("--json"), new PrintWriter(out), new PrintWriter(
        new StringWriter()));
    long visits = out.toString().lines().filter(l -> l.contains("\"caseId\":\"V-S")).count();
    assertThat(visits).isEqualTo(27);
  }

  @Test
  void aSamplesPolicyIsLaidOverTheHospitals() throws Exception {
    JsonNode hospital = M.readTree("{\"version\":\"v1\",\"rules\":{\"A\":{\"params\":{\"x\":1}}},"
        + "\"visits\":{\"windows\":[]}}");
    JsonNode sample = M.readTree("{\"visits\":{\"closedDates\":[\"2026-10-01\"]},"
        + "\"rules\":{\"A\":{\"severity\":\"WARN\"}}}");
    JsonNode merged = SampleHospital.merged(hospital, sample);
    assertThat(merged.toString()).isEqualTo("{\"version\":\"v1\",\"rules\":{\"A\":{\"params\":"
        + "{\"x\":1},\"severity\":\"WARN\"}},\"visits\":{\"windows\":[],\"closedDates\":"
        + "[\"2026-10-01\"]}}");
    assertThat(SampleHospital.merged(hospital, null)).isSameAs(hospital);
    assertThat(hospital.toString()).doesNotContain("closedDates");
  }
}
