package io.github.qinglian.examples.cli;

import com.google.common.collect.ImmutableList;
import io.github.qinglian.json.LedgerJson;
import io.github.qinglian.policy.Policy;
import io.github.qinglian.reference.FileVisitLedger;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code qinglian ledger verify FILE} and {@code qinglian ledger export FILE [--csv]
 * [--zone ZONE]}: what a discipline office (纪检监察室) does with a visit ledger file. Verify
 * checks the hash chain, that every line holds an entry, and each visit's chain of events,
 * naming the line of each problem. Export writes the complete lines as JSON lines (which verify
 * like the file) or as CSV (instants with the offset of the zone, Asia/Shanghai by default); a
 * ledger that does not verify is still exported, its problems on stderr.
 *
 * <p>Exit status: 0 intact, 1 verification failed, 2 unreadable, 64 usage.
 */
final class LedgerCommand {
  static final String USAGE =
      "usage: qinglian ledger verify FILE | qinglian ledger export FILE [--csv] [--zone ZONE]";

  private LedgerCommand() {}

  static int run(List<String> args, PrintWriter out, PrintWriter err) {
    if (args.size() < 2 || !(args.get(0).equals("verify") || args.get(0).equals("export"))) {
      err.println(USAGE);
      return QinglianCli.USAGE;
    }
    boolean csv = false;
    ZoneId zone = Policy.DEFAULT_ZONE;
    for (int i = 2; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--csv") && args.get(0).equals("export")) {
        csv = true;
      } else if (a.equals("--zone") && args.get(0).equals("export") && i + 1 < args.size()) {
        try {
          zone = ZoneId.of(args.get(++i));
        } catch (DateTimeException e) {
          err.println("qinglian: unknown zone " + args.get(i));
          return QinglianCli.USAGE;
        }
      } else {
        err.println("unknown option " + a + "; " + USAGE);
        return QinglianCli.USAGE;
      }
    }
    Path file = Paths.get(args.get(1));
    ImmutableList<String> problems;
    List<LedgerJson.Line> lines;
    try {
      if (!Files.isRegularFile(file)) {
        throw new NoSuchFileException(file.toString());
      }
      problems = FileVisitLedger.verify(file);
      lines = LedgerJson.read(file, new ArrayList<String>());
    } catch (NoSuchFileException e) {
      err.println("qinglian: cannot read " + file + ": no such file");
      return QinglianCli.UNREADABLE;
    } catch (IOException | RuntimeException e) {
      err.println("qinglian: cannot read " + file + ": " + e.getMessage());
      return QinglianCli.UNREADABLE;
    }
    if (args.get(0).equals("verify")) {
      if (problems.isEmpty()) {
        out.println(file + ": intact, " + lines.size() + " entries");
      } else {
        for (String p : problems) {
          out.println(file + ": " + p);
        }
      }
      out.flush();
      return problems.isEmpty() ? QinglianCli.OK : QinglianCli.MISMATCH;
    }
    for (String p : problems) {
      err.println("qinglian: " + file + ": " + p);
    }
    try {
      if (csv) {
        LedgerJson.writeCsv(lines, out, zone);
      } else {
        LedgerJson.writeJsonLines(lines, out);
      }
    } catch (IOException e) {
      err.println("qinglian: cannot write the export: " + e.getMessage());
      return QinglianCli.UNREADABLE;
    }
    out.flush();
    return problems.isEmpty() ? QinglianCli.OK : QinglianCli.MISMATCH;
  }
}
