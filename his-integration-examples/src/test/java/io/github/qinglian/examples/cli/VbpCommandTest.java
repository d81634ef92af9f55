package io.github.qinglian.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code qinglian vbp}: the tracker over the sample quarter as a table, as JSON and as an SVG
 * chart of the items at risk; and purchase cases in a batch through {@code check}.
 */
class VbpCommandTest {
  static final Path QUARTER = QinglianCliTest.SAMPLES.resolve("vbp-quarter.json");
  static final String AMLODIPINE = "XC08CAA0312";
  static final String METFORMIN = "XA10BAA0107";
  static final String ATORVASTATIN = "XC10AAA0521";

  @TempDir Path dir;

  static QinglianCliTest.Run run(String... args) {
    return QinglianCliTest.run(args);
  }

  @Test
  void theTableShowsEveryItemAndMarksTheOnesAtRisk() {
    QinglianCliTest.Run r = run("vbp", QUARTER.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("VBP progress at 2027-01-01 00:00 +08:00").contains("2 at risk");
    String amlodipine = r.lines().stream().filter(l -> l.startsWith(AMLODIPINE)).findFirst()
        .orElseThrow();
    assertThat(amlodipine).contains("苯磺酸氨氯地平片").contains("22.2%").contains("50.4%")
        .contains("33.3%").endsWith("AT RISK");
    String atorvastatin = r.lines().stream().filter(l -> l.startsWith(ATORVASTATIN)).findFirst()
        .orElseThrow();
    assertThat(atorvastatin).endsWith("on track");
    assertThat(r.out()).contains("/orders/7/acceptedAt: not accepted")
        .contains("/orders/12/acceptedAt");
    // the Chinese names are two columns wide: the status column lines up
    List<Integer> ends = new ArrayList<>();
    for (String l : r.lines()) {
      if (l.startsWith("X") || l.startsWith("C0")) {
        ends.add(VbpCommand.width(l.substring(0, l.lastIndexOf("  ") + 2)));
      }
    }
    assertThat(ends).hasSize(6).containsOnly(ends.get(0));
  }

  @Test
  void zhPrintsTheHeadingsInChinese() {
    QinglianCliTest.Run r = run("vbp", "--zh", QUARTER.toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("带量采购进度").contains("进度落后").contains("平台编码");
  }

  @Test
  void jsonPrintsTheReportAsOneDocument() {
    QinglianCliTest.Run r = run("vbp", QUARTER.toString(), "--json");
    assertThat(r.status()).isZero();
    assertThat(r.lines()).hasSize(1);
    JsonNode report = r.verdicts().get(0);
    assertThat(report.path("items").size()).isEqualTo(6);
    List<String> atRisk = new ArrayList<>();
    report.path("atRisk").forEach(n -> atRisk.add(n.asText()));
    assertThat(atRisk).containsExactly(AMLODIPINE, METFORMIN);
    JsonNode amlodipine = report.path("items").get(1);
    assertThat(amlodipine.path("platformCode").asText()).isEqualTo(AMLODIPINE);
    assertThat(amlodipine.path("procured").decimalValue()).isEqualByComparingTo("20000");
    assertThat(amlodipine.path("substituteQuantity").decimalValue())
        .isEqualByComparingTo("3000");
    assertThat(report.path("totals").path("countedLines").asInt()).isEqualTo(21);
    assertThat(report.path("skipped").size()).isEqualTo(3);
  }

  @Test
  void svgWritesAWellFormedChartOfTheItemsAtRisk() throws Exception {
    Path out = dir.resolve("vbp.svg");
    QinglianCliTest.Run r = run("vbp", QUARTER.toString(), "--svg", out.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.err()).contains("2 item(s) at risk");
    assertThat(r.out()).contains("AT RISK");
    Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.toFile());
    assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
    List<String> panels = new ArrayList<>();
    NodeList groups = svg.getElementsByTagName("g");
    for (int i = 0; i < groups.getLength(); i++) {
      panels.add(((Element) groups.item(i)).getAttribute("id"));
    }
    assertThat(panels).containsExactly(AMLODIPINE, METFORMIN);
    String text = new String(Files.readAllBytes(out), StandardCharsets.UTF_8);
    assertThat(text).contains("苯磺酸氨氯地平片").contains("class=\"completion\"")
        .contains("class=\"projection\"").contains("class=\"schedule\"")
        .doesNotContain(ATORVASTATIN);
  }

  @Test
  void anSvgWithNothingAtRiskSaysSo() throws Exception {
    ObjectNode in = (ObjectNode) QinglianCliTest.MAPPER.readTree(QUARTER.toFile());
    in.put("at", "2026-07-01T00:00:00+08:00");
    Path file = dir.resolve("start.json");
    Files.write(file, in.toString().getBytes(StandardCharsets.UTF_8));
    Path out = dir.resolve("none.svg");
    QinglianCliTest.Run r = run("vbp", file.toString(), "--svg", out.toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("0 at risk").contains("not started");
    Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.toFile());
    assertThat(svg.getElementsByTagName("g").getLength()).isZero();
    assertThat(svg.getDocumentElement().getTextContent()).contains("No VBP item is at risk");
  }

  @Test
  void dashReadsTheInputFromStdin() throws IOException {
    byte[] input = Files.readAllBytes(QUARTER);
    QinglianCliTest.Run r = QinglianCliTest.run(new ByteArrayInputStream(input), "vbp", "-",
        "--json");
    assertThat(r.status()).isZero();
    assertThat(r.verdicts().get(0).path("atRisk").size()).isEqualTo(2);
  }

  @Test
  void unreadableOrUnusableInputIsExitTwoWithTheReasons() throws IOException {
    QinglianCliTest.Run missing = run("vbp", dir.resolve("nope.json").toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("no such file");
    ObjectNode in = (ObjectNode) QinglianCliTest.MAPPER.readTree(QUARTER.toFile());
    ((ObjectNode) in.path("listings").get(0)).put("listedPrice", -1);
    in.remove("at");
    Path bad = dir.resolve("bad.json");
    Files.write(bad, in.toString().getBytes(StandardCharsets.UTF_8));
    QinglianCliTest.Run r = run("vbp", bad.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("/at: required").contains("/listings/0/listedPrice");
    QinglianCliTest.Run svg = run("vbp", QUARTER.toString(), "--svg",
        dir.resolve("no/such/dir/x.svg").toString());
    assertThat(svg.status()).isEqualTo(2);
  }

  @Test
  void usageErrorsAreExitSixtyFour() {
    assertThat(run("vbp").status()).isEqualTo(64);
    assertThat(run("vbp", QUARTER.toString(), "--svg").status()).isEqualTo(64);
    assertThat(run("vbp", QUARTER.toString(), "--yaml").status()).isEqualTo(64);
    assertThat(run("vbp", "a.json", "b.json").status()).isEqualTo(64);
    assertThat(run("help").out()).contains("qinglian vbp");
  }

  @Test
  void aPurchaseCaseIsNeverDroppedFromABatch() throws IOException {
    QinglianCliTest.Run cases = run("samples", "--cases");
    List<String> purchases = new ArrayList<>();
    for (String l : cases.lines()) {
      if (l.contains("\"kind\":\"purchase\"")) {
        purchases.add(l);
      }
    }
    assertThat(purchases).hasSizeGreaterThanOrEqualTo(20);
    List<String> batch = new ArrayList<>(purchases.subList(0, 3));
    batch.add(1, "{\"kind\": \"purchase\", \"subject\": {\"id\": \"PO-BROKEN\"");
    batch.add("{\"kind\": \"purchase\", \"at\": \"2026-11-24T09:30:00+08:00\","
        + " \"institution\": {\"id\": \"QLH\", \"level\": \"TERTIARY\"},"
        + " \"subject\": {\"id\": \"PO-EMPTY\", \"lines\": [null]}}");
    Path file = dir.resolve("batch.jsonl");
    Files.write(file, String.join("\n", batch).getBytes(StandardCharsets.UTF_8));
    QinglianCliTest.Run r = run("check", file.toString());
    assertThat(r.status()).isZero();
    List<JsonNode> vs = r.verdicts();
    assertThat(vs).hasSize(5);
    assertThat(vs).extracting(v -> v.path("caseId").asText())
        .containsExactly("PO-S01", "null", "PO-S02", "PO-S03", "PO-EMPTY");
    assertThat(vs.get(1).path("decision").asText()).isEqualTo("BLOCK");
    assertThat(vs.get(4).path("decision").asText()).isEqualTo("BLOCK");
    assertThat(vs.get(4).toString()).contains("/subject/lines/0").contains("PROC.SUPPLIER");
  }
}
