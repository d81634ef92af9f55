package io.github.qinglian.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.qinglian.json.CaseJson;
import io.github.qinglian.rule.Rule;
import io.github.qinglian.rule.RuleCatalog;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/qinglian} (wire-format.md, "A case, and the CLI"). Surefire runs this module in the
 * repository root, so the bundled sample hospital is at {@code docs/samples/hospital}.
 */
class QinglianCliTest {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final Path SAMPLES = Paths.get("docs/samples/hospital");

  @TempDir Path dir;

  /** What one run of the CLI did. */
  record Run(int status, String out, String err) {
    List<String> lines() {
      return out.isEmpty() ? List.of() : Arrays.asList(out.split("\r?\n", -1)).stream()
          .filter(l -> !l.isEmpty()).collect(Collectors.toList());
    }

    List<JsonNode> verdicts() {
      List<JsonNode> out = new ArrayList<>();
      for (String l : lines()) {
        try {
          out.add(MAPPER.readTree(l));
        } catch (IOException e) {
          throw new AssertionError("not a JSON line: " + l, e);
        }
      }
      return out;
    }
  }

  static Run run(InputStream stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status;
    try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
      status = QinglianCli.run(args, stdin, o, e);
    }
    return new Run(status, out.toString(), err.toString());
  }

  static Run run(String... args) {
    return run(new ByteArrayInputStream(new byte[0]), args);
  }

  /** A clean prescription case, as a tree. */
  static ObjectNode clean(String id) throws IOException {
    String json = ("{'kind': 'prescription', 'at': '2026-11-24T09:30:00+08:00',"
        + " 'institution': {'id': 'QLH', 'level': 'TERTIARY'},"
        + " 'reference': {"
        + "   'practitioners': [{'id': 'D002', 'profession': 'PHYSICIAN',"
        + "     'title': 'INTERMEDIATE', 'registeredHere': true, 'employment': 'REGULAR',"
        + "     'prescribing': 'GRANTED', 'antibioticPrivilege': 'RESTRICTED'}],"
        + "   'drugs': [{'code': 'A02BC01-CAP-20', 'genericName': '奥美拉唑肠溶胶囊',"
        + "     'category': 'WESTERN', 'form': 'ORAL', 'unitPrice': 0.3}]},"
        + " 'subject': {'id': '" + id + "', 'setting': 'OUTPATIENT',"
        + "   'issuedAt': '2026-11-24T09:20:00+08:00', 'prescriberId': 'D002',"
        + "   'patient': {'id': 'P-889', 'ageYears': 42},"
        + "   'items': [{'drugCode': 'A02BC01-CAP-20', 'quantity': 7, 'doses': 7,"
        + "     'daysSupply': 7}]}}").replace('\'', '"');
    return (ObjectNode) MAPPER.readTree(json);
  }

  /** The same case with an unknown prescriber: BLOCK. */
  static ObjectNode blocked(String id) throws IOException {
    ObjectNode c = clean(id);
    ((ObjectNode) c.get("subject")).put("prescriberId", "D999");
    return c;
  }

  Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, text.getBytes(StandardCharsets.UTF_8));
    return p;
  }

  @BeforeAll
  static void theSampleHospitalIsReachable() {
    assertThat(SAMPLES.resolve("prescriptions.jsonl")).as("run from the repository root")
        .exists();
  }

  // ------------------------------------------------------------------------------------ check

  @Test
  void checkOnOnePrettyPrintedCasePrintsOneVerdictLine() throws IOException {
    ObjectNode c = clean("RX-1");
    Path file = write("case.json", c.toPrettyString());
    assertThat(Files.readAllLines(file)).hasSizeGreaterThan(10);

    Run r = run("check", file.toString());

    assertThat(r.status()).isZero();
    assertThat(r.lines()).hasSize(1);
    JsonNode v = r.verdicts().get(0);
    assertThat(v.path("caseId").asText()).isEqualTo("RX-1");
    assertThat(v.path("decision").asText()).isEqualTo("ALLOW");
    assertThat(r.lines().get(0)).isEqualTo(CaseJson.evaluate(c.toPrettyString()).toJson());
  }

  @Test
  void checkOnJsonLinesPrintsOneVerdictLinePerCaseInOrderEvenPastAMalformedOne()
      throws IOException {
    String lines = clean("RX-1") + "\n"
        + "{\"kind\": \"prescription\", \"at\": \"2026-11-24T09:30:00+08:00\", \"subject\": {\n"
        + blocked("RX-3") + "\n";
    Path file = write("cases.jsonl", lines);

    Run r = run("check", file.toString());

    assertThat(r.status()).isZero();
    List<JsonNode> vs = r.verdicts();
    assertThat(vs).hasSize(3);
    assertThat(vs.get(0).path("caseId").asText()).isEqualTo("RX-1");
    assertThat(vs.get(0).path("decision").asText()).isEqualTo("ALLOW");
    assertThat(vs.get(1).path("decision").asText()).isEqualTo("BLOCK");
    assertThat(vs.get(1).path("findings")).singleElement().satisfies(f -> {
      assertThat(f.path("ruleId").asText()).isEqualTo("INPUT.INVALID");
      assertThat(f.path("evidence").path("pointer").asText()).isEmpty();
    });
    assertThat(vs.get(2).path("caseId").asText()).isEqualTo("RX-3");
    assertThat(vs.get(2).path("decision").asText()).isEqualTo("BLOCK");
    assertThat(vs.get(2).path("findings").path(0).path("ruleId").asText())
        .isEqualTo("RX.PRESCRIBER.NO_PRIVILEGE");
  }

  @Test
  void checkOnJsonLinesWhoseFirstLineIsMalformedStillEvaluatesEveryLine() throws IOException {
    String lines = "{\"kind\": \"prescription\",\n" + clean("RX-2") + "\r\n\r\n"
        + clean("RX-3") + "\r\n";
    Run r = run("check", write("cases.jsonl", lines).toString());

    assertThat(r.status()).isZero();
    assertThat(r.verdicts()).extracting(v -> v.path("decision").asText())
        .containsExactly("BLOCK", "ALLOW", "ALLOW");
    assertThat(r.verdicts().get(2).path("caseId").asText()).isEqualTo("RX-3");
  }

  @Test
  void aReadableButWrongCaseIsEvaluatedAndTheExitStatusIsStillZero() throws IOException {
    ObjectNode wrong = clean("RX-4");
    ((ObjectNode) wrong.get("subject").get("items").get(0)).put("drugCode", "A02BX99-TAB-1");
    Run r = run("check", write("wrong.json", wrong + "\n" + blocked("RX-5")).toString());

    assertThat(r.status()).isZero();
    assertThat(r.verdicts()).hasSize(2);
    JsonNode f = r.verdicts().get(0).path("findings").path(0);
    assertThat(f.path("ruleId").asText()).isEqualTo("INPUT.INVALID");
    assertThat(f.path("evidence").path("pointer").asText())
        .isEqualTo("/subject/items/0/drugCode");
  }

  @Test
  void dashReadsTheCasesFromStdin() throws IOException {
    String lines = clean("RX-7") + "\n" + blocked("RX-8") + "\n";
    Run r = run(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), "check", "-");

    assertThat(r.status()).isZero();
    assertThat(r.verdicts()).extracting(v -> v.path("caseId").asText())
        .containsExactly("RX-7", "RX-8");
  }

  @Test
  void warningsDoNotAddVerdictLines() throws IOException {
    ObjectNode c = clean("RX-9");
    c.put("comment", "sent by HIS 5.2");
    Run r = run("check", write("case.json", c + "\n" + c + "\n").toString());

    assertThat(r.status()).isZero();
    assertThat(r.lines()).hasSize(2);
    assertThat(r.verdicts()).allSatisfy(v -> assertThat(v.path("findings")).isEmpty());
  }

  @Test
  void aMissingFileIsExitTwoWithTheReasonOnStderrAndNothingOnStdout() {
    String missing = dir.resolve("no-such-case.json").toString();
    Run r = run("check", missing);

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("no-such-case.json");
  }

  @Test
  void aDirectoryIsExitTwo() {
    Run r = run("check", dir.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isNotBlank();
  }

  @Test
  void anEmptyFileIsExitTwo() throws IOException {
    Run r = run("check", write("empty.json", "").toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isNotBlank();

    Run blank = run("check", write("blank.json", " \n\n  \r\n").toString());
    assertThat(blank.status()).isEqualTo(2);
    assertThat(blank.out()).isEmpty();
  }

  @Test
  void emptyStdinIsExitTwo() {
    Run r = run(new ByteArrayInputStream(new byte[0]), "check", "-");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isNotBlank();
  }

  // ------------------------------------------------------------------------------------ usage

  @Test
  void noArgumentsIsUsage() {
    Run r = run();
    assertThat(r.status()).isEqualTo(64);
    assertThat(r.out() + r.err()).contains("check").contains("samples").contains("rules-doc");
  }

  @Test
  void checkWithoutExactlyOneSourceIsUsage() {
    assertThat(run("check").status()).isEqualTo(64);
    assertThat(run("check", "a.json", "b.json").status()).isEqualTo(64);
  }

  @Test
  void anUnknownCommandIsUsage() {
    Run r = run("evaluate", "case.json");
    assertThat(r.status()).isEqualTo(64);
    assertThat(r.err()).contains("evaluate");
  }

  // ---------------------------------------------------------------------------------- samples

  static List<String> sampleIds() {
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= 38; i++) {
      ids.add(String.format("RX-S%02d", i));
    }
    for (int i = 1; i <= 20; i++) {
      ids.add(String.format("Q-S%02d", i));
    }
    return ids;
  }

  /** Every sample line of the sample hospital, in the order {@code samples} checks them. */
  static List<JsonNode> allSamples() throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String f : new String[] {"prescriptions.jsonl", "queries.jsonl", "visits.jsonl",
        "purchases.jsonl", "formulary.jsonl"}) {
      Path file = SAMPLES.resolve(f);
      if (!Files.exists(file)) {
        continue;
      }
      for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!l.isBlank()) {
          out.add(MAPPER.readTree(l));
        }
      }
    }
    return out;
  }

  @Test
  void samplesChecksEverySampleAndPrintsTheSummary() throws IOException {
    Run r = run("samples");

    assertThat(r.status()).as(r.out()).isZero();
    for (String id : sampleIds()) {
      assertThat(r.out()).as("sample %s", id).contains(id);
    }
    List<JsonNode> all = allSamples();
    for (JsonNode sample : all) {
      assertThat(r.out()).contains(sample.path("subject").path("id").asText());
    }
    Pattern summary = Pattern.compile("(?m)^(\\d+) subjects checked: (\\d+) ALLOW, (\\d+) WARN,"
        + " (\\d+) REVIEW, (\\d+) BLOCK; every verdict as the sample expects\\.$");
    Matcher m = summary.matcher(r.out());
    assertThat(m.find()).as("summary line in%n%s", r.out()).isTrue();
    assertThat(Integer.parseInt(m.group(1))).isEqualTo(all.size());
    int sum = 0;
    for (int g = 2; g <= 5; g++) {
      sum += Integer.parseInt(m.group(g));
    }
    assertThat(sum).isEqualTo(all.size());
    long clean = all.stream()
        .filter(s -> s.path("expect").path("decision").asText().equals("ALLOW")).count();
    assertThat(Integer.parseInt(m.group(2))).as("clean samples").isEqualTo(clean);
  }

  @Test
  void samplesJsonPrintsOneVerdictLinePerSampleInOrder() throws IOException {
    Run r = run("samples", "--json");

    assertThat(r.status()).isZero();
    List<JsonNode> vs = r.verdicts();
    List<JsonNode> samples = allSamples();
    assertThat(vs).extracting(v -> v.path("caseId").asText())
        .startsWith(sampleIds().toArray(new String[0]))
        .containsExactlyElementsOf(samples.stream()
            .map(s -> s.path("subject").path("id").asText()).collect(Collectors.toList()));
    for (int i = 0; i < samples.size(); i++) {
      JsonNode expect = samples.get(i).path("expect");
      assertThat(vs.get(i).path("decision").asText()).as(vs.get(i).path("caseId").asText())
          .isEqualTo(expect.path("decision").asText());
    }
  }

  @Test
  void samplesWithAnUnknownOptionIsUsage() {
    assertThat(run("samples", "--yaml").status()).isEqualTo(64);
  }

  @Test
  void samplesOutsideTheSampleHospitalIsExitTwo() {
    Run r = run("samples", dir.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isNotBlank();
  }

  // -------------------------------------------------------------------------------- rules-doc

  @Test
  void rulesDocPrintsMarkdownNamingEveryRule() {
    Run r = run("rules-doc");

    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("# ");
    assertThat(RuleCatalog.all()).hasSizeGreaterThan(40);
    for (Rule rule : RuleCatalog.all()) {
      assertThat(r.out()).as(rule.id()).contains("`" + rule.id() + "`");
    }
  }
}
