package io.github.qinglian.examples.cli;

import io.github.qinglian.json.CaseJson;
import io.github.qinglian.json.CaseResult;
import io.github.qinglian.rule.RuleDocs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bin/qinglian}: the command line of the wire format.
 *
 * <pre>
 * qinglian check FILE|-          one case, or JSON lines of cases; one verdict line per case
 * qinglian samples [--json|--cases] [--zh] [DIR]
 *                                check the bundled sample hospital and print a table
 *                                (--json: verdict lines; --cases: the wire-format cases)
 * qinglian rules-doc             print docs/rules.md, generated from the rule catalog
 * qinglian vbp FILE|- [--json] [--svg OUT.svg] [--zh]
 *                                the VBP tracker: each item's completion, projection and risk
 *                                (--json: the report; --svg: a chart of the items at risk)
 * qinglian ledger verify FILE    verify a visit ledger: its hash chain, entries and visits
 * qinglian ledger export FILE [--csv] [--zone ZONE]
 *                                export a visit ledger as JSON lines or CSV
 * </pre>
 *
 * <p>Exit status of {@code check}: 0 when every case was evaluated, whatever the decisions; 2 when
 * the input could not be read at all (the reason on stderr); 64 for a usage error. Of
 * {@code ledger}: 0 intact, 1 verification failed, 2 unreadable, 64 usage.
 */
public final class QinglianCli {
  static final int OK = 0;
  static final int MISMATCH = 1;
  static final int UNREADABLE = 2;
  static final int USAGE = 64;

  private QinglianCli() {}

  /** Runs the CLI and exits with its status. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true);
    PrintWriter stdout = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter stderr =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int status = run(args, System.in, stdout, stderr);
    stdout.flush();
    stderr.flush();
    System.exit(status);
  }

  /** Runs the CLI; returns the exit status. */
  public static int run(String[] args, InputStream stdin, PrintWriter out, PrintWriter err) {
    if (args.length == 0 || args[0].equals("help") || args[0].equals("--help")) {
      usage(out);
      return args.length == 0 ? USAGE : OK;
    }
    switch (args[0]) {
      case "check":
        if (args.length != 2) {
          err.println("usage: qinglian check FILE|-");
          return USAGE;
        }
        return check(args[1], stdin, out, err);
      case "samples":
        return SampleHospital.run(rest(args), out, err);
      case "vbp":
        return VbpCommand.run(rest(args), stdin, out, err);
      case "ledger":
        return LedgerCommand.run(rest(args), out, err);
      case "rules-doc":
        out.print(RuleDocs.markdown());
        out.flush();
        return OK;
      default:
        err.println("unknown command: " + args[0]);
        usage(err);
        return USAGE;
    }
  }

  private static List<String> rest(String[] args) {
    List<String> r = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      r.add(args[i]);
    }
    return r;
  }

  private static void usage(PrintWriter w) {
    w.println("qinglian check FILE|-                  evaluate one case or JSON lines of cases");
    w.println("qinglian samples [--json|--cases] [--zh] [DIR]");
    w.println("                                       check the bundled sample hospital");
    w.println("qinglian rules-doc                     print the rule catalog as Markdown");
    w.println("qinglian vbp FILE|- [--json] [--svg OUT.svg] [--zh]");
    w.println("                                       report VBP completion and the items at risk");
    w.println("qinglian ledger verify FILE            verify a visit ledger (hash chain, entries)");
    w.println("qinglian ledger export FILE [--csv] [--zone ZONE]");
    w.println("                                       export a visit ledger as JSON lines or CSV");
    w.flush();
  }

  static int check(String source, InputStream stdin, PrintWriter out, PrintWriter err) {
    String text;
    try {
      text = source.equals("-") ? readAll(stdin)
          : new String(Files.readAllBytes(Paths.get(source)), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      err.println("qinglian: cannot read " + source + ": no such file");
      return UNREADABLE;
    } catch (IOException | RuntimeException e) {
      err.println("qinglian: cannot read " + source + ": " + e.getMessage());
      return UNREADABLE;
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1); // a BOM, as Windows tools write
    }
    List<String> cases = Cases.split(text);
    if (cases.isEmpty()) {
      err.println("qinglian: " + source + " holds no case");
      return UNREADABLE;
    }
    int n = 0;
    for (String c : cases) {
      CaseResult r = CaseJson.evaluate(c);
      out.println(r.toJson());
      n++;
      if (!r.warnings().isEmpty()) {
        err.println("qinglian: case " + n + (r.caseId() == null ? "" : " (" + r.caseId() + ")")
            + ": " + r.warnings().size() + " warning(s): " + r.warnings());
      }
    }
    out.flush();
    return OK;
  }

  private static String readAll(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    int k;
    while ((k = in.read(buf)) > 0) {
      b.write(buf, 0, k);
    }
    return new String(b.toByteArray(), StandardCharsets.UTF_8);
  }

  static Path path(String p) {
    return Paths.get(p);
  }
}
