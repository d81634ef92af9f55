package io.github.qinglian.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChainedLogTest {
  @TempDir Path dir;

  private Path write(int n) throws IOException {
    Path p = dir.resolve("ledger.jsonl");
    try (ChainedLog log = ChainedLog.open(p, false)) {
      for (int i = 1; i <= n; i++) {
        assertThat(log.append("{\"type\":\"CHECK_IN\",\"visitId\":\"V-" + i + "\"}")).isEqualTo(i);
      }
    }
    return p;
  }

  private static List<String> lines(Path p) throws IOException {
    return new ArrayList<>(Files.readAllLines(p, StandardCharsets.UTF_8));
  }

  private static void rewrite(Path p, List<String> lines) throws IOException {
    Files.write(p, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void anUntouchedLogVerifies() throws IOException {
    Path p = write(10);
    ChainVerifier.Report r = ChainVerifier.verify(p);
    assertThat(r.ok()).as(r.toString()).isTrue();
    assertThat(r.lines()).isEqualTo(10);
  }

  @Test
  void anEditedLineIsNamed() throws IOException {
    Path p = write(10);
    List<String> ls = lines(p);
    ls.set(3, ls.get(3).replace("V-4", "V-44"));
    rewrite(p, ls);
    assertThat(ChainVerifier.verify(p).problems()).containsExactly(
        "line 4: content changed (its hash does not match)");
  }

  @Test
  void aDeletedLineIsNamed() throws IOException {
    Path p = write(10);
    List<String> ls = lines(p);
    ls.remove(5);
    rewrite(p, ls);
    ChainVerifier.Report r = ChainVerifier.verify(p);
    assertThat(r.ok()).isFalse();
    assertThat(r.problems().get(0)).startsWith("line 6: sequence 7 where 6 was expected");
  }

  @Test
  void reorderedLinesAreNamed() throws IOException {
    Path p = write(10);
    List<String> ls = lines(p);
    Collections.swap(ls, 2, 3);
    rewrite(p, ls);
    assertThat(ChainVerifier.verify(p).problems().get(0)).startsWith("line 3: sequence 4");
  }

  @Test
  void removingTheLastLinesIsFoundThroughTheHead() throws IOException {
    Path p = write(10);
    List<String> ls = lines(p);
    rewrite(p, ls.subList(0, 8));
    assertThat(ChainVerifier.verify(p).problems())
        .containsExactly("line 9: missing; the head records 10 lines (lines removed from the end)");
  }

  @Test
  void aRecomputedForgeryStillBreaksTheChainAfterIt() throws IOException {
    Path p = write(5);
    List<String> ls = lines(p);
    // forge line 2 with a correct hash of its own, but line 3 still names the old hash
    String prev = ls.get(0).substring(ls.get(0).indexOf("\"hash\":\"") + 8,
        ls.get(0).indexOf("\"hash\":\"") + 8 + 64);
    String entry = "{\"type\":\"CHECK_IN\",\"visitId\":\"FORGED\"}";
    ls.set(1, "{\"seq\":2,\"prev\":\"" + prev + "\",\"hash\":\"" + ChainedLog.hash(2, prev, entry)
        + "\",\"entry\":" + entry + "}");
    rewrite(p, ls);
    assertThat(ChainVerifier.verify(p).problems()).containsExactly(
        "line 3: does not follow line 2 (a line before it was removed, inserted or reordered)");
  }

  @Test
  void aPartialLastLineIsReportedAndReopeningContinuesTheChain() throws IOException {
    Path p = write(5);
    Files.write(p, "{\"seq\":6,\"prev\":\"ab".getBytes(StandardCharsets.UTF_8),
        StandardOpenOption.APPEND);
    ChainVerifier.Report torn = ChainVerifier.verify(p);
    assertThat(torn.problems()).containsExactly(
        "line 6: incomplete (an append was interrupted); the 5 lines before it are intact");
    try (ChainedLog log = ChainedLog.open(p, true)) {
      assertThat(log.size()).isEqualTo(5);
      assertThat(log.append("{\"type\":\"CLOSE\"}")).isEqualTo(6);
    }
    assertThat(ChainVerifier.verify(p).ok()).isTrue();
    assertThat(Files.readAllBytes(dir.resolve("ledger.jsonl.torn"))).isNotEmpty();
  }

  @Test
  void aBrokenChainIsNotExtended() throws IOException {
    Path p = write(4);
    List<String> ls = lines(p);
    ls.set(1, ls.get(1).replace("V-2", "V-X"));
    rewrite(p, ls);
    assertThatThrownBy(() -> ChainedLog.open(p, false))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("refusing to append")
        .hasMessageContaining("line 2");
  }

  @Test
  void aSecondWriterIsRefusedAndEntriesMustBeOneLineObjects() throws IOException {
    Path p = dir.resolve("x.jsonl");
    try (ChainedLog log = ChainedLog.open(p, false)) {
      assertThatThrownBy(() -> ChainedLog.open(p, false)).isInstanceOf(IOException.class)
          .hasMessageContaining("already open");
      assertThatThrownBy(() -> log.append("[1]")).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> log.append("{\"a\":\n1}"))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void killingTheWriterLosesAtMostThePartialLastLine() throws Exception {
    Path p = dir.resolve("killed.jsonl");
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        ChainedLogWriterMain.class.getName(), p.toString())
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline && (!Files.exists(p) || Files.size(p) < 200_000)) {
      Thread.sleep(20);
    }
    writer.destroyForcibly();
    assertThat(writer.waitFor(10, TimeUnit.SECONDS)).isTrue();
    ChainVerifier.Report r = ChainVerifier.verify(p);
    assertThat(r.lines()).isGreaterThan(100);
    // the head may lag the file by the line in flight; nothing else may be wrong
    for (String problem : r.problems()) {
      assertThat(problem).matches("line \\d+: (incomplete.*|differs from the hash the head recorded)");
    }
    try (ChainedLog log = ChainedLog.open(p, false)) {
      log.append("{\"type\":\"AFTER_CRASH\"}");
    }
    assertThat(ChainVerifier.verify(p).ok()).as(ChainVerifier.verify(p).toString()).isTrue();
  }
}
