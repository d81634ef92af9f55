package io.github.qinglian.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A writer refuses to chain onto a file someone else changed; the line format is shared. */
class ChainedLogRefusalTest {
  @TempDir Path dir;

  @Test
  void anAppendAfterSomeoneElseAppendedIsRefusedAndWritesNothing() throws IOException {
    Path p = dir.resolve("log.jsonl");
    try (ChainedLog log = ChainedLog.open(p, false)) {
      log.append("{\"n\":1}");
      Files.write(p, "{\"forged\":true}\n".getBytes(StandardCharsets.UTF_8),
          StandardOpenOption.APPEND);
      long size = Files.size(p);
      assertThatThrownBy(() -> log.append("{\"n\":2}"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("changed by someone else")
          .hasMessageContaining("line 1");
      assertThat(Files.size(p)).isEqualTo(size);
    }
  }

  @Test
  void anAppendAfterTheLastLineWasEditedInPlaceIsRefused() throws IOException {
    Path p = dir.resolve("log.jsonl");
    try (ChainedLog log = ChainedLog.open(p, false)) {
      log.append("{\"visitId\":\"V-1\"}");
      log.append("{\"visitId\":\"V-2\"}");
      String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
      Files.write(p, text.replace("V-2", "V-3").getBytes(StandardCharsets.UTF_8));
      assertThatThrownBy(() -> log.append("{\"visitId\":\"V-4\"}"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("line 2 differs");
    }
    assertThat(ChainVerifier.verify(p).problems()).containsExactly(
        "line 2: content changed (its hash does not match)");
  }

  @Test
  void anAppendAfterReopeningARecoveredFileGoesOn() throws IOException {
    Path p = dir.resolve("log.jsonl");
    try (ChainedLog log = ChainedLog.open(p, false)) {
      log.append("{\"n\":1}");
    }
    try (ChainedLog log = ChainedLog.open(p, false)) {
      assertThat(log.append("{\"n\":2}")).isEqualTo(2);
      assertThat(log.append("{\"n\":3}")).isEqualTo(3);
    }
    assertThat(ChainVerifier.verify(p).ok()).isTrue();
  }

  @Test
  void theLineFormatIsTheFilesFormat() throws IOException {
    Path p = dir.resolve("log.jsonl");
    try (ChainedLog log = ChainedLog.open(p, false)) {
      log.append("{\"a\":1}");
      log.append("{\"b\":2}");
    }
    List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
    String h1 = ChainedLog.hash(1, ChainedLog.GENESIS, "{\"a\":1}");
    assertThat(lines.get(0)).isEqualTo(ChainedLog.line(1, ChainedLog.GENESIS, h1, "{\"a\":1}"));
    assertThat(lines.get(1)).isEqualTo(
        ChainedLog.line(2, h1, ChainedLog.hash(2, h1, "{\"b\":2}"), "{\"b\":2}"));
  }
}
