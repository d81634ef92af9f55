package io.github.qinglian.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.qinglian.Decision;
import io.github.qinglian.audit.ChainVerifier;
import io.github.qinglian.json.LedgerJson;
import io.github.qinglian.policy.Policy;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The visit ledger: its chain of events, its file, its verification and its exports. */
class VisitLedgerTest {
  private static final Instant IN = Instant.parse("2026-11-24T06:10:00Z");
  private static final ImmutableList<String> HOSTS = ImmutableList.of("D010", "PH-2");

  @TempDir Path dir;

  private static LedgerEntry.Builder entry(LedgerEntry.Type type, String visit, Instant at) {
    return LedgerEntry.newBuilder(type, visit, at, "R1").companyId("C1")
        .locationId("RECEPTION-1").hostIds(HOSTS);
  }

  /** A whole visit: appointment, check-in, check-out, record. */
  private static List<LedgerEntry> visit(String id, Instant in) {
    List<LedgerEntry> out = new ArrayList<>();
    out.add(entry(LedgerEntry.Type.APPOINTMENT, id, in.minusSeconds(4 * 86_400))
        .appointmentId("AP-" + id).start(in.minusSeconds(600)).end(in.plusSeconds(3000))
        .approvers(ImmutableList.of("D010", "MED-1")).decision(Decision.ALLOW).build());
    out.add(entry(LedgerEntry.Type.CHECK_IN, id, in).decision(Decision.ALLOW).build());
    out.add(entry(LedgerEntry.Type.CHECK_OUT, id, in.plusSeconds(2400)).build());
    out.add(entry(LedgerEntry.Type.RECORD, id, in.plusSeconds(4000)).topic("学术交流, \"新剂型\"")
        .attendeeIds(ImmutableList.of("D010", "PH-2", "R1")).build());
    return out;
  }

  private Path ledgerFile(int visits) throws IOException {
    Path p = dir.resolve("visits-ledger.jsonl");
    try (FileVisitLedger l = FileVisitLedger.open(p, true)) {
      for (int i = 0; i < visits; i++) {
        for (LedgerEntry e : visit("V-" + i, IN.plusSeconds(86_400L * i))) {
          l.append(e);
        }
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

  // ---------------------------------------------------------------- the chain of events

  @Test
  void aWholeVisitIsAppendedInOrderAndCountedOnce() {
    InMemoryVisitLedger l = InMemoryVisitLedger.create();
    long seq = 0;
    for (LedgerEntry e : visit("V-1", IN)) {
      seq = l.append(e);
    }
    assertThat(seq).isEqualTo(4);
    assertThat(l.size()).isEqualTo(4);
    assertThat(l.entries()).extracting(LedgerEntry::type).containsExactly(
        LedgerEntry.Type.APPOINTMENT, LedgerEntry.Type.CHECK_IN, LedgerEntry.Type.CHECK_OUT,
        LedgerEntry.Type.RECORD);
    Instant from = Instant.parse("2026-10-31T16:00:00Z");
    Instant to = Instant.parse("2026-11-30T16:00:00Z");
    assertThat(l.visitsByRepresentative("R1", from, to, null)).isEqualTo(1);
    assertThat(l.visitsByRepresentative("R1", from, to, "V-1")).isZero();
    assertThat(l.visitsByRepresentative("R2", from, to, null)).isZero();
    assertThat(l.visitsOfHostWithCompany("D010", "C1", from, to, null)).isEqualTo(1);
    assertThat(l.visitsOfHostWithCompany("D010", "C2", from, to, null)).isZero();
    assertThat(l.visitsByRepresentative("R1", IN.plusNanos(1), to, null)).isZero();
    assertThat(l.visitsByRepresentative("R1", from, IN, null)).isZero();
  }

  @Test
  void appendsThatWouldBreakAVisitsChainAreRefusedAndSayWhy() {
    InMemoryVisitLedger l = InMemoryVisitLedger.create();
    assertThatThrownBy(() -> l.append(entry(LedgerEntry.Type.CHECK_OUT, "V-1", IN).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("visit V-1 has no check-in to check out from");
    assertThatThrownBy(() -> l.append(entry(LedgerEntry.Type.RECORD, "V-1", IN).build()))
        .hasMessageContaining("has not been checked out");
    l.append(entry(LedgerEntry.Type.CHECK_IN, "V-1", IN).build());
    assertThatThrownBy(() -> l.append(entry(LedgerEntry.Type.CHECK_IN, "V-1", IN).build()))
        .hasMessageContaining("V-1 is already checked in");
    assertThatThrownBy(() -> l.append(entry(LedgerEntry.Type.APPOINTMENT, "V-1",
        IN.plusSeconds(60)).build()))
        .hasMessageContaining("would backdate it");
    assertThatThrownBy(() -> l.append(entry(LedgerEntry.Type.CHECK_OUT, "V-1",
        IN.minusSeconds(1)).build()))
        .hasMessageContaining("is before the check-in");
    assertThatThrownBy(() -> l.append(LedgerEntry.newBuilder(LedgerEntry.Type.CHECK_OUT, "V-1",
        IN.plusSeconds(60), "R2").build()))
        .hasMessage("visit V-1 belongs to representative R1, not R2");
    assertThat(l.size()).isEqualTo(1);
    l.append(entry(LedgerEntry.Type.CHECK_OUT, "V-1", IN.plusSeconds(60)).build());
    assertThatThrownBy(() -> l.append(entry(LedgerEntry.Type.CHECK_OUT, "V-1",
        IN.plusSeconds(70)).build()))
        .hasMessageContaining("already checked out");
    assertThatThrownBy(() -> l.append(entry(LedgerEntry.Type.RECORD, "V-1",
        IN.minusSeconds(70)).build()))
        .hasMessageContaining("the record at");
    assertThat(l.size()).isEqualTo(2);
  }

  @Test
  void aLedgerBuiltFromEntriesNamesTheEntryThatBreaksTheChain() {
    List<LedgerEntry> es = new ArrayList<>(visit("V-1", IN));
    Collections.swap(es, 1, 2);
    assertThatThrownBy(() -> InMemoryVisitLedger.of(es))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("entry 1: visit V-1 has no check-in to check out from");
  }

  // ---------------------------------------------------------------- the file

  @Test
  void aFileLedgerVerifiesAndReopensWithItsCounts() throws IOException {
    Path p = ledgerFile(3);
    ChainVerifier.Report r = ChainVerifier.verify(p);
    assertThat(r.ok()).as(r.toString()).isTrue();
    assertThat(r.lines()).isEqualTo(12);
    try (FileVisitLedger l = FileVisitLedger.open(p, false)) {
      assertThat(l.size()).isEqualTo(12);
      assertThat(l.entries()).isEqualTo(ImmutableList.builder().addAll(visit("V-0", IN))
          .addAll(visit("V-1", IN.plusSeconds(86_400)))
          .addAll(visit("V-2", IN.plusSeconds(2 * 86_400))).build());
      assertThat(l.visitsByRepresentative("R1", IN, IN.plusSeconds(10 * 86_400), null))
          .isEqualTo(3);
      assertThatThrownBy(() -> l.append(entry(LedgerEntry.Type.CHECK_IN, "V-0", IN).build()))
          .hasMessageContaining("already checked in");
      assertThat(l.append(entry(LedgerEntry.Type.CHECK_IN, "V-9", IN).build())).isEqualTo(13);
    }
    assertThat(ChainVerifier.verify(p).ok()).isTrue();
  }

  @Test
  void editingALineIsFoundAndNamed() throws IOException {
    Path p = ledgerFile(3);
    List<String> ls = lines(p);
    ls.set(5, ls.get(5).replace("RECEPTION-1", "RECEPTION-2"));
    rewrite(p, ls);
    assertThat(ChainVerifier.verify(p).problems())
        .containsExactly("line 6: content changed (its hash does not match)");
    assertThatThrownBy(() -> FileVisitLedger.open(p, false))
        .isInstanceOf(IOException.class).hasMessageContaining("line 6");
  }

  @Test
  void deletingALineIsFoundAndNamed() throws IOException {
    Path p = ledgerFile(3);
    List<String> ls = lines(p);
    ls.remove(6);
    rewrite(p, ls);
    assertThat(ChainVerifier.verify(p).problems().get(0))
        .startsWith("line 7: sequence 8 where 7 was expected");
  }

  @Test
  void deletingTheLastLinesIsFoundThroughTheHead() throws IOException {
    Path p = ledgerFile(2);
    List<String> ls = lines(p);
    rewrite(p, ls.subList(0, 6));
    assertThat(ChainVerifier.verify(p).problems()).containsExactly(
        "line 7: missing; the head records 8 lines (lines removed from the end)");
  }

  @Test
  void reorderingLinesIsFoundAndNamed() throws IOException {
    Path p = ledgerFile(2);
    List<String> ls = lines(p);
    Collections.swap(ls, 4, 5);
    rewrite(p, ls);
    assertThat(ChainVerifier.verify(p).problems().get(0)).startsWith("line 5: sequence 6");
  }

  @Test
  void aRefusedAppendWritesNothing() throws IOException {
    Path p = ledgerFile(1);
    long size = Files.size(p);
    try (FileVisitLedger l = FileVisitLedger.open(p, false)) {
      assertThatThrownBy(() -> l.append(entry(LedgerEntry.Type.CHECK_OUT, "V-0",
          IN.plusSeconds(99)).build())).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("already checked out");
    }
    assertThat(Files.size(p)).isEqualTo(size);
  }

  @Test
  void anAppendAfterSomeoneElseChangedTheFileIsRefused() throws IOException {
    Path p = ledgerFile(1);
    try (FileVisitLedger l = FileVisitLedger.open(p, false)) {
      List<String> ls = lines(p);
      ls.remove(3);
      rewrite(p, ls);
      assertThatThrownBy(() -> l.append(entry(LedgerEntry.Type.CHECK_IN, "V-1", IN).build()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("changed by someone else");
      assertThat(l.size()).isEqualTo(4);
    }
  }

  @Test
  void killingTheWriterLosesAtMostThePartialLastLine() throws Exception {
    Path p = dir.resolve("killed.jsonl");
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator
        + "java";
    Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        FileVisitLedgerWriterMain.class.getName(), p.toString())
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline && (!Files.exists(p) || Files.size(p) < 150_000)) {
      Thread.sleep(20);
    }
    writer.destroyForcibly();
    assertThat(writer.waitFor(10, TimeUnit.SECONDS)).isTrue();
    ChainVerifier.Report r = ChainVerifier.verify(p);
    assertThat(r.lines()).isGreaterThan(100);
    for (String problem : r.problems()) {
      // a torn last line, or the head one line behind the file: nothing else
      assertThat(problem).matches(
          "line \\d+: (incomplete.*|differs from the hash the head recorded)");
    }
    List<String> problems = new ArrayList<>();
    List<LedgerJson.Line> complete = LedgerJson.read(p, problems);
    assertThat(problems).isEmpty();
    assertThat(complete).hasSize((int) r.lines());
    try (FileVisitLedger l = FileVisitLedger.open(p, false)) {
      assertThat(l.size()).isEqualTo(r.lines());
      assertThat(l.entries()).extracting(LedgerEntry::visitId)
          .startsWith("V-0", "V-0", "V-1", "V-1");
      LedgerEntry last = l.entries().get(l.entries().size() - 1);
      if (last.type() == LedgerEntry.Type.CHECK_IN) {
        l.append(LedgerEntry.newBuilder(LedgerEntry.Type.CHECK_OUT, last.visitId(),
            last.at().plusSeconds(60), "R1").build());
      } else {
        l.append(entry(LedgerEntry.Type.CHECK_IN, "AFTER-CRASH", IN).build());
      }
    }
    assertThat(ChainVerifier.verify(p).ok()).as(ChainVerifier.verify(p).toString()).isTrue();
  }

  @Test
  void verifyingAFileChecksTheChainTheEntriesAndEachVisitsEvents() throws IOException {
    Path p = ledgerFile(1);
    assertThat(FileVisitLedger.verify(p)).isEmpty();
    // a correctly chained file whose check-out comes before its check-in
    Path q = dir.resolve("out-of-order.jsonl");
    try (io.github.qinglian.audit.ChainedLog log = io.github.qinglian.audit.ChainedLog.open(q,
        false)) {
      log.append(LedgerJson.toJson(entry(LedgerEntry.Type.CHECK_OUT, "V-1", IN).build(),
          Policy.DEFAULT_ZONE));
      log.append(LedgerJson.toJson(entry(LedgerEntry.Type.CHECK_IN, "V-1", IN).build(),
          Policy.DEFAULT_ZONE));
      log.append("{\"note\":\"not an entry\"}");
    }
    assertThat(ChainVerifier.verify(q).ok()).isTrue();
    assertThat(FileVisitLedger.verify(q)).containsExactly(
        "line 3: /entry/type: required",
        "line 1: visit V-1 has no check-in to check out from");
    assertThatThrownBy(() -> FileVisitLedger.open(q, false)).isInstanceOf(IOException.class)
        .hasMessageContaining("line 3");
  }

  // ---------------------------------------------------------------- exports

  @Test
  void theJsonLinesExportOfAnInMemoryLedgerIsTheFileAndVerifies() throws IOException {
    Path p = ledgerFile(2);
    InMemoryVisitLedger memory;
    try (FileVisitLedger file = FileVisitLedger.open(p, false)) {
      memory = InMemoryVisitLedger.of(file.entries());
    }
    StringBuilder out = new StringBuilder();
    LedgerJson.writeJsonLines(LedgerJson.chain(memory.entries(), Policy.DEFAULT_ZONE), out);
    assertThat(out.toString())
        .isEqualTo(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
    Path export = dir.resolve("export.jsonl");
    Files.write(export, out.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(ChainVerifier.verify(export).ok()).isTrue();
    List<String> ls = lines(export);
    ls.set(0, ls.get(0).replace("R1", "R7"));
    rewrite(export, ls);
    assertThat(ChainVerifier.verify(export).problems().get(0)).startsWith("line 1:");
  }

  @Test
  void theCsvExportHasAHeaderAndOneQuotedRowPerEntry() throws IOException {
    Path p = ledgerFile(1);
    List<String> problems = new ArrayList<>();
    List<LedgerJson.Line> lines = LedgerJson.read(p, problems);
    StringBuilder csv = new StringBuilder();
    LedgerJson.writeCsv(lines, csv, Policy.DEFAULT_ZONE);
    String[] rows = csv.toString().split("\r\n");
    assertThat(rows).hasSize(5);
    assertThat(rows[0]).isEqualTo("seq,hash,type,visitId,at,representativeId,companyId,"
        + "locationId,hostIds,decision,ruleIds,appointmentId,start,end,approvers,topic,"
        + "attendeeIds");
    assertThat(rows[2]).startsWith("2," + lines.get(1).hash() + ",CHECK_IN,V-0,"
        + "2026-11-24T14:10:00+08:00,R1,C1,RECEPTION-1,D010;PH-2,ALLOW,,");
    assertThat(rows[4]).endsWith(",\"学术交流, \"\"新剂型\"\"\",D010;PH-2;R1");
    assertThat(LedgerJson.CSV_COLUMNS).hasSize(rows[0].split(",").length);
  }

  @Test
  void aCsvCellThatASpreadsheetWouldRunIsDefused() throws IOException {
    InMemoryVisitLedger l = InMemoryVisitLedger.create();
    l.append(entry(LedgerEntry.Type.CHECK_IN, "=HYPERLINK(\"x\")", IN).build());
    StringBuilder csv = new StringBuilder();
    LedgerJson.writeCsv(LedgerJson.chain(l.entries(), Policy.DEFAULT_ZONE), csv,
        Policy.DEFAULT_ZONE);
    assertThat(csv.toString()).contains(",\"'=HYPERLINK(\"\"x\"\")\",");
  }

  @Test
  void readingNamesALineThatIsNotALedgerLine() throws IOException {
    Path p = ledgerFile(1);
    List<String> ls = lines(p);
    ls.set(1, "{\"seq\":2,\"note\":\"hello\"}");
    ls.set(2, "not json");
    rewrite(p, ls);
    List<String> problems = new ArrayList<>();
    assertThat(LedgerJson.read(p, problems)).hasSize(2);
    assertThat(problems).hasSize(2);
    assertThat(problems.get(0)).startsWith("line 2: ");
    assertThat(problems.get(1)).startsWith("line 3: not JSON");
  }
}
