package io.github.qinglian.reference;

import com.google.common.collect.ImmutableList;
import java.nio.file.Paths;
import java.time.Instant;

/** Checks visits in and out of a ledger file until killed; the crash test's writer process. */
public final class FileVisitLedgerWriterMain {
  private FileVisitLedgerWriterMain() {}

  public static void main(String[] args) throws Exception {
    Instant t = Instant.parse("2026-11-24T06:00:00Z");
    try (FileVisitLedger ledger = FileVisitLedger.open(Paths.get(args[0]), false)) {
      for (long i = 0; ; i++) {
        String visit = "V-" + i;
        ledger.append(LedgerEntry.newBuilder(LedgerEntry.Type.CHECK_IN, visit, t, "R1")
            .companyId("C1").locationId("RECEPTION-1")
            .hostIds(ImmutableList.of("D010", "PH-2")).build());
        ledger.append(LedgerEntry.newBuilder(LedgerEntry.Type.CHECK_OUT, visit,
            t.plusSeconds(600), "R1").build());
      }
    }
  }
}
