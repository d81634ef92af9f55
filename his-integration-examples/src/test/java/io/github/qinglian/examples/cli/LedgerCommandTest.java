package io.github.qinglian.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qinglian.audit.ChainVerifier;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** qinglian ledger verify and export on the sample hospital's visit ledger. */
class LedgerCommandTest {
  private static final Path LEDGER = Paths.get("docs/samples/hospital/visits-ledger.jsonl");

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return QinglianCli.run(args, new ByteArrayInputStream(new byte[0]), new PrintWriter(out),
        new PrintWriter(err));
  }

  /** The sample ledger with one refused visit turned into an allowed one, on line 16. */
  private Path tampered() throws Exception {
    List<String> lines = new ArrayList<>(Files.readAllLines(LEDGER, StandardCharsets.UTF_8));
    assertThat(lines.get(15)).contains("\"decision\":\"BLOCK\"");
    lines.set(15, lines.get(15).replace("\"decision\":\"BLOCK\"", "\"decision\":\"ALLOW\""));
    Path p = dir.resolve("tampered.jsonl");
    Files.write(p, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    return p;
  }

  @Test
  void theSampleLedgerVerifies() {
    assertThat(run("ledger", "verify", LEDGER.toString())).isEqualTo(0);
    assertThat(out.toString()).contains("intact, 51 entries");
  }

  @Test
  void anEditedLineFailsVerificationAndIsNamed() throws Exception {
    assertThat(run("ledger", "verify", tampered().toString())).isEqualTo(1);
    assertThat(out.toString()).contains("line 16: content changed");
  }

  @Test
  void theJsonLinesExportIsTheChainAndVerifies() throws Exception {
    assertThat(run("ledger", "export", LEDGER.toString())).isEqualTo(0);
    Path copy = dir.resolve("copy.jsonl");
    Files.write(copy, out.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(ChainVerifier.verify(copy).ok()).isTrue();
    assertThat(out.toString()).isEqualTo(
        new String(Files.readAllBytes(LEDGER), StandardCharsets.UTF_8));
  }

  @Test
  void theCsvExportHasOneRowPerEntryInTheZoneAsked() {
    assertThat(run("ledger", "export", LEDGER.toString(), "--csv", "--zone", "UTC")).isZero();
    String[] rows = out.toString().split("\r\n");
    assertThat(rows).hasSize(52);
    assertThat(rows[0]).startsWith("seq,hash,type,visitId,at,");
    assertThat(rows[1]).contains(",APPOINTMENT,V-S24,2026-09-22T02:00:00Z,");
  }

  @Test
  void aTamperedLedgerIsStillExportedWithItsProblemsOnStderr() throws Exception {
    assertThat(run("ledger", "export", tampered().toString(), "--csv")).isEqualTo(1);
    assertThat(err.toString()).contains("line 16: content changed");
    assertThat(out.toString().split("\r\n")).hasSize(52);
  }

  @Test
  void exitStatusesForUnreadableFilesAndUsage() {
    assertThat(run("ledger", "verify", dir.resolve("none.jsonl").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("no such file");
    assertThat(run("ledger")).isEqualTo(64);
    assertThat(run("ledger", "check", LEDGER.toString())).isEqualTo(64);
    assertThat(run("ledger", "verify", LEDGER.toString(), "--csv")).isEqualTo(64);
    assertThat(run("ledger", "export", LEDGER.toString(), "--zone", "Mars/Olympus")).isEqualTo(64);
  }
}
