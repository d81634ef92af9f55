package io.github.qinglian.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import io.github.qinglian.Finding;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the language-neutral fixtures under {@code fixtures/prescription}: each file holds a
 * {@code description}, a full wire-format {@code case} and what its verdict must be
 * ({@code expect.decision} and {@code expect.findings}, each with a rule id, a severity and the
 * evidence keys that must match). Non-Java HIS vendors run the same files against the CLI.
 */
class FixtureTest {
  static final String DIR = "/fixtures/prescription";
  static final List<String> SEVERITIES = List.of("ALLOW", "WARN", "REVIEW", "BLOCK");

  static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

  static Path fixtureDir() throws URISyntaxException {
    URL url = FixtureTest.class.getResource(DIR);
    assertThat(url).as("fixture directory %s on the test class path", DIR).isNotNull();
    return Paths.get(url.toURI());
  }

  static Stream<Arguments> fixtures() throws IOException, URISyntaxException {
    List<Arguments> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(fixtureDir())) {
      files.filter(p -> p.getFileName().toString().endsWith(".json"))
          .sorted()
          .forEach(p -> out.add(Arguments.of(p.getFileName().toString(), p)));
    }
    return out.stream();
  }

  @Test
  void thereAreEnoughFixturesToCoverTheRuleFamilies() throws Exception {
    assertThat(fixtures().count()).isGreaterThanOrEqualTo(25);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void fixture(String name, Path file) throws IOException {
    JsonNode fixture = MAPPER.readTree(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
    assertThat(fixture.path("description").asText()).as("%s: description", name).isNotBlank();
    JsonNode theCase = fixture.get("case");
    assertThat(theCase).as("%s: case", name).isNotNull();
    assertThat(theCase.isObject()).as("%s: case is an object", name).isTrue();
    JsonNode expect = fixture.get("expect");
    assertThat(expect).as("%s: expect", name).isNotNull();
    assertThat(expect.path("findings").isArray()).as("%s: expect.findings", name).isTrue();

    CaseResult result = CaseJson.evaluate(theCase.toString());
    JsonNode verdict = MAPPER.readTree(result.toJson());
    String context = name + "\nverdict: " + verdict.toPrettyString();

    // decision
    assertThat(verdict.path("decision").asText())
        .as("decision of %s", context)
        .isEqualTo(expect.path("decision").asText());
    assertThat(result.verdict().decision().name()).isEqualTo(expect.path("decision").asText());

    // caseId is the subject's id where it has one
    JsonNode subjectId = theCase.path("subject").path("id");
    if (subjectId.isTextual()) {
      assertThat(verdict.path("caseId").asText()).as("caseId of %s", context)
          .isEqualTo(subjectId.asText());
    }

    // every expected finding is present, each matched by a distinct actual finding
    List<JsonNode> unmatched = new ArrayList<>();
    verdict.path("findings").forEach(unmatched::add);
    for (JsonNode want : expect.path("findings")) {
      JsonNode match = null;
      for (JsonNode got : unmatched) {
        if (matches(want, got)) {
          match = got;
          break;
        }
      }
      if (match == null) {
        fail("expected finding %s not present in %s", want, context);
      }
      unmatched.remove(match);
    }

    // the distinct rule ids are exactly the expected ones
    Set<String> expectedIds = new TreeSet<>();
    expect.path("findings").forEach(f -> expectedIds.add(f.path("ruleId").asText()));
    Set<String> actualIds = new TreeSet<>();
    verdict.path("findings").forEach(f -> actualIds.add(f.path("ruleId").asText()));
    assertThat(actualIds).as("rule ids of %s", context).isEqualTo(expectedIds);

    assertOrdered(verdict, context);
    assertDecisionIsMostSevere(verdict, context);

    // the Java verdict and its JSON agree on the order
    List<String> javaOrder = new ArrayList<>();
    for (Finding f : result.verdict().findings()) {
      javaOrder.add(f.severity() + " " + f.ruleId() + " " + f.item());
    }
    List<String> jsonOrder = new ArrayList<>();
    for (JsonNode f : verdict.path("findings")) {
      jsonOrder.add(f.path("severity").asText() + " " + f.path("ruleId").asText() + " "
          + item(f));
    }
    assertThat(jsonOrder).as("JSON order of %s", context).isEqualTo(javaOrder);
  }

  /** Findings by severity (most severe first), then rule id, then item index. */
  static void assertOrdered(JsonNode verdict, String context) {
    JsonNode prev = null;
    for (JsonNode f : verdict.path("findings")) {
      if (prev != null) {
        int sp = SEVERITIES.indexOf(prev.path("severity").asText());
        int sf = SEVERITIES.indexOf(f.path("severity").asText());
        assertThat(sp).as("severity order in %s", context).isGreaterThanOrEqualTo(sf);
        if (sp == sf) {
          int c = prev.path("ruleId").asText().compareTo(f.path("ruleId").asText());
          assertThat(c).as("rule-id order in %s", context).isLessThanOrEqualTo(0);
          if (c == 0) {
            assertThat(item(prev)).as("item order in %s", context).isLessThanOrEqualTo(item(f));
          }
        }
      }
      prev = f;
    }
  }

  static void assertDecisionIsMostSevere(JsonNode verdict, String context) {
    int max = 0;
    for (JsonNode f : verdict.path("findings")) {
      max = Math.max(max, SEVERITIES.indexOf(f.path("severity").asText()));
    }
    assertThat(verdict.path("decision").asText()).as("decision of %s", context)
        .isEqualTo(SEVERITIES.get(max));
  }

  /** The finding's item index; findings about the whole subject sort first. */
  static int item(JsonNode finding) {
    JsonNode i = finding.path("evidence").path("item");
    return i.isNumber() ? i.intValue() : -1;
  }

  static boolean matches(JsonNode want, JsonNode got) {
    if (!want.path("ruleId").asText().equals(got.path("ruleId").asText())
        || !want.path("severity").asText().equals(got.path("severity").asText())) {
      return false;
    }
    Iterator<Map.Entry<String, JsonNode>> it = want.path("evidence").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode actual = got.path("evidence").get(e.getKey());
      if (actual == null || !jsonEquals(e.getValue(), actual)) {
        return false;
      }
    }
    return true;
  }

  /** JSON equality: numbers by value (1736 equals 1736.00), objects by members, arrays in order. */
  static boolean jsonEquals(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!jsonEquals(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a.isObject() && b.isObject()) {
      if (a.size() != b.size()) {
        return false;
      }
      Iterator<Map.Entry<String, JsonNode>> it = a.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode other = b.get(e.getKey());
        if (other == null || !jsonEquals(e.getValue(), other)) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }

  @Test
  void jsonEqualityComparesNumbersByValueAndNothingElseLoosely() throws IOException {
    assertThat(jsonEquals(MAPPER.readTree("1736"), MAPPER.readTree("1736.00"))).isTrue();
    assertThat(jsonEquals(MAPPER.readTree("1736"), MAPPER.readTree("\"1736\""))).isFalse();
    assertThat(jsonEquals(MAPPER.readTree("[1,2]"), MAPPER.readTree("[2,1]"))).isFalse();
    assertThat(jsonEquals(MAPPER.readTree("{\"a\":1}"), MAPPER.readTree("{\"a\":1,\"b\":2}")))
        .isFalse();
    assertThat(jsonEquals(MAPPER.readTree("true"), MAPPER.readTree("false"))).isFalse();
  }

  @Test
  void orderCheckRejectsAMisorderedVerdict() throws IOException {
    JsonNode misordered = MAPPER.readTree("{\"decision\":\"BLOCK\",\"findings\":["
        + "{\"ruleId\":\"RX.KEY_MONITORED\",\"severity\":\"REVIEW\",\"evidence\":{}},"
        + "{\"ruleId\":\"RX.ITEMS.MAX\",\"severity\":\"BLOCK\",\"evidence\":{}}]}");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> assertOrdered(misordered, "x"))
        .isInstanceOf(AssertionError.class);
  }
}
