package io.github.qinglian.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.qinglian.ConfigProblem;
import io.github.qinglian.ConfigurationException;
import io.github.qinglian.Decision;
import io.github.qinglian.Finding;
import io.github.qinglian.checkers.procurement.VbpReport;
import io.github.qinglian.model.PurchaseOrder;
import io.github.qinglian.reference.ReferenceData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Purchase and formulary cases, procurement reference data and the VBP tracker's JSON. */
class ProcurementJsonTest {
  static final String PURCHASE = ("{"
      + "'kind': 'purchase', 'at': '2026-11-24T09:30:00+08:00',"
      + "'institution': {'id': 'QLH', 'level': 'TERTIARY'},"
      + "'reference': {"
      + "  'listings': ["
      + "    {'platformCode': 'XC10AAA0521', 'itemCode': 'C10AA05-TAB-20',"
      + "     'genericName': '阿托伐他汀钙片', 'form': 'ORAL', 'category': 'DRUG', 'listedPrice': 0.12,"
      + "     'vbp': {'selected': true, 'agreedPrice': 0.12, 'agreedVolume': 120000,"
      + "             'periodStart': '2026-07-01T00:00:00+08:00',"
      + "             'periodEnd': '2027-07-01T00:00:00+08:00', 'procuredSoFar': 61000}},"
      + "    {'platformCode': 'XB05XAA0103', 'itemCode': 'B05XA03-INJ-100ML',"
      + "     'genericName': '0.9%氯化钠注射液', 'form': 'INJECTION', 'listedPrice': 2.6}"
      + "  ],"
      + "  'suppliers': [{'id': 'S001', 'name': '国药控股清廉有限公司',"
      + "                 'licenseValidTo': '2029-12-31T23:59:59+08:00', 'creditRating': 'NONE',"
      + "                 'blacklistedUntil': null}]"
      + "},"
      + "'subject': {"
      + "  'id': 'PO-1', 'createdAt': '2026-11-24T09:00:00+08:00',"
      + "  'requestedBy': {'userId': 'u-proc-1', 'department': 'PROCUREMENT_OFFICE'},"
      + "  'channel': 'PLATFORM', 'exception': null, 'supplierId': 'S001',"
      + "  'lines': ["
      + "    {'itemCode': 'C10AA05-TAB-20', 'platformCode': 'XC10AAA0521', 'category': 'DRUG',"
      + "     'quantity': 3000, 'unitPrice': 0.12, 'substitutesVbpItem': null, 'traceCodes': []},"
      + "    {'itemCode': 'B05XA03-INJ-100ML', 'platformCode': 'XB05XAA0103',"
      + "     'quantity': 500, 'unitPrice': 2.60}"
      + "  ],"
      + "  'acceptedAt': null, 'paidAt': null"
      + "}}").replace('\'', '"');

  static ObjectNode purchase() {
    return parse(PURCHASE);
  }

  static ObjectNode parse(String json) {
    try {
      return (ObjectNode) FixtureTest.MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode line(ObjectNode c, int i) {
    return (ObjectNode) c.path("subject").path("lines").get(i);
  }

  static List<String> pointers(CaseResult r) {
    return r.verdict().findings("INPUT.INVALID").stream()
        .map(f -> (String) f.evidence().get("pointer")).collect(Collectors.toList());
  }

  @Test
  void aCleanPurchaseCaseIsAllowedWithMoneyReadExactly() {
    CaseResult r = CaseJson.evaluate(purchase());
    assertThat(r.verdict().findings()).isEmpty();
    assertThat(r.caseId()).isEqualTo("PO-1");
    assertThat(r.kind()).isEqualTo("purchase");
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void shapeErrorsAndJudgedValuesNameTheirFields() {
    ObjectNode c = purchase();
    line(c, 0).put("quantity", "3000");
    line(c, 1).put("unitPrice", new BigDecimal("2.60001"));
    ((ObjectNode) c.path("subject")).put("createdAt", "2026-11-24T09:00:00");
    CaseResult r = CaseJson.evaluate(c);
    assertThat(r.verdict().decision()).isEqualTo(Decision.BLOCK);
    assertThat(pointers(r)).contains("/subject/lines/0/quantity", "/subject/lines/1/unitPrice",
        "/subject/createdAt").doesNotHaveDuplicates();
    Finding price = r.verdict().findings("INPUT.INVALID").stream()
        .filter(f -> f.evidence().get("pointer").equals("/subject/lines/1/unitPrice"))
        .findFirst().get();
    assertThat(price.evidence()).containsEntry("reason", "money has more than 4 decimals")
        .containsEntry("item", 1);
    Finding quantity = r.verdict().findings("INPUT.INVALID").stream()
        .filter(f -> f.evidence().get("pointer").equals("/subject/lines/0/quantity"))
        .findFirst().get();
    assertThat(quantity.item()).isEqualTo(0);
  }

  @Test
  void zeroQuantitiesNegativePricesAndPaymentBeforeAcceptanceAreInvalid() {
    ObjectNode c = purchase();
    line(c, 0).put("quantity", 0);
    line(c, 1).put("unitPrice", -2.6);
    ((ObjectNode) c.path("subject")).put("acceptedAt", "2026-11-25T10:00:00+08:00")
        .put("paidAt", "2026-11-25T09:59:59+08:00");
    assertThat(pointers(CaseJson.evaluate(c))).containsExactlyInAnyOrder(
        "/subject/lines/0/quantity", "/subject/lines/1/unitPrice", "/subject/paidAt");
  }

  @Test
  void anUnknownSupplierAndAnUnlistedCodeAreRulesNotInputInvalid() {
    ObjectNode c = purchase();
    ((ObjectNode) c.path("subject")).put("supplierId", "S999");
    line(c, 1).put("platformCode", "XZ9999");
    CaseResult r = CaseJson.evaluate(c);
    assertThat(r.verdict().ruleIds()).containsExactlyInAnyOrder("PROC.OFF_PLATFORM",
        "PROC.SUPPLIER");
  }

  @Test
  void badReferenceRecordsAreInvalidAndLeftOut() {
    ObjectNode c = purchase();
    ObjectNode listing = (ObjectNode) c.path("reference").path("listings").get(1);
    listing.put("listedPrice", 0);
    ObjectNode vbp = (ObjectNode) c.path("reference").path("listings").get(0).path("vbp");
    vbp.put("periodEnd", "2026-06-30T00:00:00+08:00");
    CaseResult r = CaseJson.evaluate(c);
    assertThat(pointers(r)).contains("/reference/listings/1/listedPrice",
        "/reference/listings/0/vbp/periodEnd");
    // both listings are left out, so both lines are off the platform
    assertThat(r.verdict().findings("PROC.OFF_PLATFORM")).hasSize(2);
  }

  @Test
  void aFormularyCaseIsChecked() {
    ObjectNode c = parse(("{'kind': 'formulary', 'at': '2026-11-24T09:30:00+08:00',"
        + "'institution': {'id': 'QLH', 'level': 'SECONDARY'},"
        + "'reference': {'formulary': ["
        + "  {'itemCode': 'A', 'genericName': '阿托伐他汀钙', 'form': 'ORAL', 'spec': '10mg'},"
        + "  {'itemCode': 'B', 'genericName': '阿托伐他汀钙', 'form': 'ORAL', 'spec': '20mg'}]},"
        + "'subject': {'id': 'F-1', 'action': 'ADD', 'item': {'itemCode': 'C',"
        + "  'genericName': '阿托伐他汀钙', 'form': 'CONTROLLED_RELEASE', 'spec': '40mg'}}}")
        .replace('\'', '"'));
    CaseResult r = CaseJson.evaluate(c);
    assertThat(r.verdict().ruleIds()).containsExactly("PROC.FORMULARY.SPECS");
    assertThat(r.verdict().findings().get(0).evidence()).containsEntry("formClass", "ORAL");
    ((ObjectNode) c.path("subject")).put("action", "REMOVE");
    ((ObjectNode) c.path("subject").path("item")).put("itemCode", "Z");
    CaseResult remove = CaseJson.evaluate(c);
    assertThat(pointers(remove)).containsExactly("/subject/item/itemCode");
    assertThat(remove.verdict().decision()).isEqualTo(Decision.BLOCK);
    ((ObjectNode) c.path("subject")).remove("item");
    assertThat(pointers(CaseJson.evaluate(c))).containsExactly("/subject/item");
  }

  @Test
  void procurementReferenceReadsFromAReferenceFile() {
    ReferenceData ref = ReferenceJson.read(purchase().path("reference").toString());
    assertThat(ref.listings().size()).isEqualTo(2);
    assertThat(ref.listings().find("XC10AAA0521").vbp().agreedVolume())
        .isEqualByComparingTo("120000");
    assertThat(ref.suppliers().find("S001")).isNotNull();
    ObjectNode bad = (ObjectNode) purchase().path("reference");
    ((ArrayNode) bad.path("suppliers")).addObject().put("id", "S001")
        .put("licenseValidTo", "2029-12-31T23:59:59+08:00");
    assertThatThrownBy(() -> ReferenceJson.read(bad.toString()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("/suppliers/1/id");
  }

  @Test
  void anOrderRoundTripsThroughJson() {
    JsonNode subject = purchase().path("subject");
    PurchaseOrder po = ProcurementJson.readPurchaseOrder(subject);
    assertThat(ProcurementJson.readPurchaseOrder(ProcurementJson.toJson(po,
        java.time.ZoneId.of("UTC")))).isEqualTo(po);
    assertThat(po.lines().get(1).unitPrice()).isEqualTo(new BigDecimal("2.60"));
  }

  // ------------------------------------------------------------------------------ tracker

  static final String TRACKER = ("{'at': '2026-10-01T00:00:00+08:00',"
      + "'listings': [{'platformCode': 'XC08CAA0312', 'genericName': '苯磺酸氨氯地平片',"
      + "  'listedPrice': 0.15, 'vbp': {'selected': true, 'agreedPrice': 0.15,"
      + "  'agreedVolume': 36500, 'periodStart': '2026-07-01T00:00:00+08:00',"
      + "  'periodEnd': '2027-07-01T00:00:00+08:00', 'procuredSoFar': 7999}}],"
      + "'orders': ["
      + "  {'id': 'PO-1', 'acceptedAt': '2026-09-01T10:00:00+08:00', 'lines': ["
      + "    {'platformCode': 'XC08CAA0312', 'quantity': 1200, 'unitPrice': 0.15}]},"
      + "  {'id': 'PO-2', 'acceptedAt': '2026-09-02T10:00:00', 'lines': ["
      + "    {'platformCode': 'XC08CAA0312', 'quantity': 1, 'unitPrice': 0.15}]},"
      + "  {'id': 'PO-3', 'acceptedAt': '2026-09-03T10:00:00+08:00', 'lines': ["
      + "    {'platformCode': 'XC08CAA0312', 'quantity': 'many', 'unitPrice': 0.15}]}"
      + "]}").replace('\'', '"');

  @Test
  void theTrackerReadsItsInputAndWritesItsReport() {
    VbpReport r = VbpJson.track(TRACKER);
    assertThat(r.items()).hasSize(1);
    assertThat(r.items().get(0).procured()).isEqualByComparingTo("9199");
    assertThat(r.items().get(0).atRisk()).isTrue(); // 92 days of 365: 9200 due
    assertThat(r.skipped()).extracting(ConfigProblem::pointer)
        .containsExactly("/orders/1/acceptedAt", "/orders/2/lines/0/quantity");
    assertThat(r.skipped().get(0).reason()).startsWith("has no offset");
    JsonNode json = VbpJson.toJson(r);
    assertThat(json.path("atRisk").get(0).asText()).isEqualTo("XC08CAA0312");
    assertThat(json.path("items").get(0).path("completion").decimalValue())
        .isEqualByComparingTo("0.2520");
    assertThat(json.path("items").get(0).path("timeline").size()).isEqualTo(3);
    assertThat(json.path("totals").path("quantity").decimalValue()).isEqualByComparingTo("1200");
    assertThat(json.path("at").asText()).isEqualTo("2026-10-01T00:00:00+08:00");
  }

  @Test
  void aTrackerInputWithABadListingOrInstantIsUnusable() {
    ObjectNode in = parse(TRACKER);
    in.remove("at");
    ((ObjectNode) in.path("listings").get(0)).put("listedPrice", 0.12345);
    assertThatThrownBy(() -> VbpJson.track(in.toString()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("/at").hasMessageContaining("/listings/0/listedPrice");
    assertThatThrownBy(() -> VbpJson.track("{not json"))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("not JSON");
  }
}
