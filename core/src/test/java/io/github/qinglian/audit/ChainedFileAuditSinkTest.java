package io.github.qinglian.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import io.github.qinglian.Decision;
import io.github.qinglian.jdbc.SqlFingerprint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChainedFileAuditSinkTest {
  private static final Instant AT = Instant.parse("2026-03-02T02:15:00Z");

  @TempDir Path dir;

  private static AuditEvent event(int i, String sql) {
    return AuditEvent.newBuilder(AT.plusSeconds(i), "TONGFANG",
            i % 2 == 0 ? Decision.BLOCK : Decision.ALLOW)
        .userId("u-" + i).clientAddress("10.2.3." + i)
        .classification("PRESCRIBER_STATS")
        .ruleIds(ImmutableList.of("TF.PRESCRIBER_STATS"))
        .fingerprint(SqlFingerprint.of(sql))
        .purpose("PRESCRIPTION_REVIEW").approvalId("A-" + i)
        .build();
  }

  private Path write(int n) throws IOException {
    Path file = dir.resolve("tongfang-audit.jsonl");
    try (ChainedFileAuditSink sink = ChainedFileAuditSink.open(file, true)) {
      for (int i = 1; i <= n; i++) {
        sink.record(event(i, "SELECT ysdm, SUM(je) FROM mz_cfmx m JOIN mz_cfzb z ON z.cfh = m.cfh"
            + " WHERE z.brid = 'P000" + i + "' AND z.sfzh = '11010119800101123" + i + "'"
            + " GROUP BY ysdm"));
      }
      assertThat(sink.size()).isEqualTo(n);
    }
    return file;
  }

  @Test
  void eachLineIsAChainedJsonAuditEvent() throws IOException {
    Path file = write(3);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(3);
    JsonNode first = new ObjectMapper().readTree(lines.get(0));
    assertThat(first.get("seq").asInt()).isEqualTo(1);
    assertThat(first.get("prev").asText()).isEqualTo(ChainedLog.GENESIS);
    JsonNode e = first.get("entry");
    assertThat(e.get("at").asText()).isEqualTo("2026-03-02T02:15:01Z");
    assertThat(e.get("source").asText()).isEqualTo("TONGFANG");
    assertThat(e.get("decision").asText()).isEqualTo("ALLOW");
    assertThat(e.get("userId").asText()).isEqualTo("u-1");
    assertThat(e.get("clientAddress").asText()).isEqualTo("10.2.3.1");
    assertThat(e.get("classification").asText()).isEqualTo("PRESCRIBER_STATS");
    assertThat(e.get("ruleIds").get(0).asText()).isEqualTo("TF.PRESCRIBER_STATS");
    assertThat(e.get("fingerprint").asText()).isEqualTo("SELECT ysdm, SUM(je) FROM mz_cfmx m"
        + " JOIN mz_cfzb z ON z.cfh = m.cfh WHERE z.brid = ? AND z.sfzh = ? GROUP BY ysdm");
    assertThat(new ObjectMapper().readTree(lines.get(1)).get("prev").asText())
        .isEqualTo(first.get("hash").asText());
    assertThat(ChainVerifier.verify(file).ok()).isTrue();
  }

  @Test
  void noPatientIdentifierReachesTheFile() throws IOException {
    String text = new String(Files.readAllBytes(write(5)), StandardCharsets.UTF_8);
    assertThat(text).doesNotContain("P000").doesNotContain("110101");
  }

  @Test
  void reopeningContinuesTheChain() throws IOException {
    Path file = write(2);
    try (ChainedFileAuditSink sink = ChainedFileAuditSink.open(file, false)) {
      sink.record(event(3, "SELECT 1"));
      assertThat(sink.size()).isEqualTo(3);
    }
    assertThat(ChainVerifier.verify(file).ok()).isTrue();
  }

  @Test
  void aChangedLineIsNamed() throws IOException {
    Path file = write(4);
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    lines.set(1, lines.get(1).replace("\"decision\":\"BLOCK\"", "\"decision\":\"ALLOW\""));
    Files.write(file, lines, StandardCharsets.UTF_8);
    assertThat(ChainVerifier.verify(file).problems())
        .containsExactly("line 2: content changed (its hash does not match)");
  }

  @Test
  void aRemovedLineIsNamed() throws IOException {
    Path file = write(4);
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    lines.remove(1);
    Files.write(file, lines, StandardCharsets.UTF_8);
    ChainVerifier.Report r = ChainVerifier.verify(file);
    assertThat(r.ok()).isFalse();
    assertThat(r.problems().get(0)).startsWith("line 2: sequence 3 where 2 was expected");
  }

  @Test
  void reorderedLinesAreNamed() throws IOException {
    Path file = write(4);
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    Collections.swap(lines, 1, 2);
    Files.write(file, lines, StandardCharsets.UTF_8);
    ChainVerifier.Report r = ChainVerifier.verify(file);
    assertThat(r.problems()).isNotEmpty();
    assertThat(r.problems().get(0)).startsWith("line 2:");
  }

  @Test
  void aRemovedLastLineIsNamedThroughTheHead() throws IOException {
    Path file = write(3);
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    lines.remove(2);
    Files.write(file, lines, StandardCharsets.UTF_8);
    assertThat(ChainVerifier.verify(file).problems())
        .containsExactly("line 3: missing; the head records 3 lines (lines removed from the end)");
  }

  @Test
  void aSecondWriterIsRefused() throws IOException {
    Path file = dir.resolve("one-writer.jsonl");
    try (ChainedFileAuditSink sink = ChainedFileAuditSink.open(file, false)) {
      assertThatThrownBy(() -> ChainedFileAuditSink.open(file, false))
          .isInstanceOf(IOException.class);
      assertThat(sink.path()).isEqualTo(file);
    }
  }
}
