package io.github.qinglian.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.qinglian.Decision;
import io.github.qinglian.Finding;
import io.github.qinglian.json.CaseJson;
import io.github.qinglian.json.CaseResult;
import io.github.qinglian.examples.jdbc.JdbcDemo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The README's main job: checks every subject of the bundled sample hospital
 * ({@code docs/samples/hospital}: {@code hospital.json} with the institution and policy,
 * {@code reference.json} and {@code reference-*.json} with reference data, and one JSON-lines
 * file of samples per kind) and prints a table, or the raw verdict lines with
 * {@code --json}, or (with {@code --cases}) only the self-contained wire-format cases it would
 * check, one per line, ready for {@code qinglian check}. Each sample line carries the verdict it should get; a difference is marked and
 * makes the exit status 1. A sample line may carry its own {@code policy}, laid over the
 * hospital's (a holiday in {@code visits.closedDates}).
 */
final class SampleHospital {
  static final String DEFAULT_DIR = "docs/samples/hospital";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String[][] SECTIONS = {
    {"prescriptions.jsonl", "prescription", "Prescriptions (处方)"},
    {"queries.jsonl", "query", "Queries (统方)"},
    {"visits.jsonl", "visit", "Representative visits (医药代表接待)"},
    {"purchases.jsonl", "purchase", "Purchases (采购)"},
    {"formulary.jsonl", "formulary", "Formulary changes (供应目录)"},
  };

  private SampleHospital() {}

  static int run(List<String> args, PrintWriter out, PrintWriter err) {
    boolean json = false;
    boolean zh = false;
    boolean cases = false;
    String dir = defaultDir();
    for (String a : args) {
      if (a.equals("--json")) {
        json = true;
      } else if (a.equals("--zh")) {
        zh = true;
      } else if (a.equals("--cases")) {
        cases = true;
      } else if (a.startsWith("-")) {
        err.println("unknown option " + a + "; usage: qinglian samples [--json|--cases] [--zh] [DIR]");
        return QinglianCli.USAGE;
      } else {
        dir = a;
      }
    }
    Path root = Paths.get(dir);
    JsonNode hospital;
    JsonNode reference;
    try {
      hospital = MAPPER.readTree(read(root.resolve("hospital.json")));
      reference = references(root);
    } catch (IOException e) {
      err.println("qinglian: cannot read the sample hospital in " + root.toAbsolutePath() + ": "
          + e.getMessage());
      return QinglianCli.UNREADABLE;
    }
    int mismatches = 0;
    int total = 0;
    Map<Decision, Integer> counts = new EnumMap<>(Decision.class);
    for (String[] section : SECTIONS) {
      Path file = root.resolve(section[0]);
      if (!Files.exists(file)) {
        continue;
      }
      List<String> lines;
      try {
        lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        err.println("qinglian: cannot read " + file + ": " + e.getMessage());
        return QinglianCli.UNREADABLE;
      }
      List<String[]> rows = new ArrayList<>();
      for (String line : lines) {
        if (line.trim().isEmpty()) {
          continue;
        }
        JsonNode sample;
        try {
          sample = MAPPER.readTree(line);
        } catch (IOException e) {
          err.println("qinglian: " + file + ": a line is not JSON: " + e.getMessage());
          return QinglianCli.UNREADABLE;
        }
        ObjectNode c = MAPPER.createObjectNode();
        c.put("kind", section[1]);
        c.set("at", sample.get("at"));
        c.set("institution", hospital.get("institution"));
        c.set("policy", merged(hospital.get("policy"), sample.get("policy")));
        c.set("reference", reference);
        c.set("subject", sample.get("subject"));
        if (cases) {
          out.println(c.toString());
          continue;
        }
        CaseResult r = CaseJson.evaluate(c);
        total++;
        counts.merge(r.verdict().decision(), 1, Integer::sum);
        String expected = expected(sample.get("expect"));
        String actual = r.verdict().decision() + " " + r.verdict().ruleIds().toString();
        String actualSorted = r.verdict().decision() + " " + new TreeSet<>(r.verdict().ruleIds());
        boolean match = expected == null || expected.equals(actualSorted);
        if (!match) {
          mismatches++;
        }
        if (json) {
          out.println(r.toJson());
        } else {
          rows.add(row(r, zh, match ? null : expected, actual));
        }
      }
      if (!json && !cases) {
        printTable(out, section[2], rows);
      }
    }
    if (cases) {
      out.flush();
      return QinglianCli.OK;
    }
    if (!json) {
      out.println();
      StringBuilder summary = new StringBuilder();
      summary.append(total).append(" subjects checked:");
      for (Decision d : Decision.values()) {
        summary.append(' ').append(counts.getOrDefault(d, 0)).append(' ').append(d).append(',');
      }
      summary.setLength(summary.length() - 1);
      summary.append(mismatches == 0 ? "; every verdict as the sample expects."
          : "; " + mismatches + " verdict(s) differ from what the sample expects (marked ✗).");
      out.println(summary);
      if (dir.equals(defaultDir())) {
        jdbcDemo(out, err);
      }
    }
    out.flush();
    return mismatches == 0 ? QinglianCli.OK : QinglianCli.MISMATCH;
  }

  private static String defaultDir() {
    return Paths.get(System.getProperty("qinglian.home", "."), DEFAULT_DIR).toString();
  }

  /** The 统方 guard in the JDBC layer, on the demo's H2 HIS database. */
  private static void jdbcDemo(PrintWriter out, PrintWriter err) {
    out.println();
    out.println("统方 in the JDBC layer (GuardedDataSource over an H2 HIS database, pinyin schema)");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      JdbcDemo.runOnTheEngine(new PrintStream(bytes, true, "UTF-8"));
      out.print(new String(bytes.toByteArray(), StandardCharsets.UTF_8));
    } catch (SQLException | IOException e) {
      err.println("qinglian: the JDBC demo failed: " + e);
    }
  }

  /**
   * The hospital's reference data: {@code reference.json} merged with every
   * {@code reference-*.json} beside it (one per checker family), sections by name.
   */
  static ObjectNode references(Path root) throws IOException {
    ObjectNode merged = (ObjectNode) MAPPER.readTree(read(root.resolve("reference.json")));
    List<Path> extra = new ArrayList<>();
    try (java.util.stream.Stream<Path> files = Files.list(root)) {
      files.filter(p -> p.getFileName().toString().matches("reference-.+\\.json"))
          .sorted()
          .forEach(extra::add);
    }
    for (Path p : extra) {
      JsonNode more = MAPPER.readTree(read(p));
      java.util.Iterator<java.util.Map.Entry<String, JsonNode>> it = more.fields();
      while (it.hasNext()) {
        java.util.Map.Entry<String, JsonNode> e = it.next();
        if (merged.has(e.getKey())) {
          throw new IOException(p + " repeats the section " + e.getKey());
        }
        merged.set(e.getKey(), e.getValue());
      }
    }
    return merged;
  }

  /**
   * The hospital's policy with a sample's own {@code policy} laid over it, object by object (a
   * sample that needs a holiday in {@code visits.closedDates}); the hospital's when the sample
   * has none.
   */
  static JsonNode merged(JsonNode base, JsonNode over) {
    if (over == null || !over.isObject() || base == null || !base.isObject()) {
      return over == null || over.isNull() ? base : over;
    }
    ObjectNode out = ((ObjectNode) base).deepCopy();
    java.util.Iterator<java.util.Map.Entry<String, JsonNode>> it = over.fields();
    while (it.hasNext()) {
      java.util.Map.Entry<String, JsonNode> e = it.next();
      out.set(e.getKey(), merged(out.get(e.getKey()), e.getValue()));
    }
    return out;
  }

  private static String read(Path p) throws IOException {
    return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
  }

  private static String expected(JsonNode expect) {
    if (expect == null || !expect.isObject()) {
      return null;
    }
    TreeSet<String> rules = new TreeSet<>();
    for (JsonNode r : expect.path("rules")) {
      rules.add(r.asText());
    }
    return expect.path("decision").asText() + " " + rules;
  }

  private static String[] row(CaseResult r, boolean zh, String expectedIfDifferent, String actual) {
    List<Finding> fs = r.verdict().findings();
    String rules = fs.isEmpty() ? "—" : String.join(" ", r.verdict().ruleIds());
    String reason = fs.isEmpty() ? "" : zh ? fs.get(0).message().zh() : fs.get(0).message().en();
    if (fs.size() > 1) {
      reason = reason + (zh ? "（另有 " : " (+") + (fs.size() - 1) + (zh ? " 项）" : " more)");
    }
    String mark = expectedIfDifferent == null ? "" : "✗ expected " + expectedIfDifferent + "; ";
    return new String[] {
      r.caseId() == null ? "?" : r.caseId(), r.verdict().decision().name(), rules, mark + reason
    };
  }

  private static void printTable(PrintWriter out, String title, List<String[]> rows) {
    String[] head = {"Subject", "Decision", "Rules", "Reason"};
    int[] w = new int[3];
    for (int i = 0; i < 3; i++) {
      w[i] = head[i].length();
      for (String[] r : rows) {
        w[i] = Math.max(w[i], r[i].length());
      }
    }
    out.println();
    out.println(title);
    out.println(pad(head[0], w[0]) + "  " + pad(head[1], w[1]) + "  " + pad(head[2], w[2]) + "  "
        + head[3]);
    out.println(dashes(w[0]) + "  " + dashes(w[1]) + "  " + dashes(w[2]) + "  " + dashes(6));
    for (String[] r : rows) {
      out.println(pad(r[0], w[0]) + "  " + pad(r[1], w[1]) + "  " + pad(r[2], w[2]) + "  " + r[3]);
    }
  }

  private static String pad(String s, int w) {
    StringBuilder b = new StringBuilder(s);
    while (b.length() < w) {
      b.append(' ');
    }
    return b.toString();
  }

  private static String dashes(int n) {
    return pad("", n).replace(' ', '-');
  }
}
