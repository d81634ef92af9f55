package io.github.qinglian.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.qinglian.ConfigurationException;
import io.github.qinglian.Decision;
import io.github.qinglian.Finding;
import io.github.qinglian.Verdict;
import io.github.qinglian.reference.ReferenceData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The wire format's "visit" kind: reading, pointers, the history that seeds the ledger. */
class VisitCaseTest {
  private static final ObjectMapper M = new ObjectMapper();
  private static final String CASE = "{"
      + "\"kind\":\"visit\",\"at\":\"2026-11-24T16:00:00+08:00\","
      + "\"institution\":{\"id\":\"H1\",\"level\":\"TERTIARY\"},"
      + "\"reference\":{"
      + "\"representatives\":[{\"id\":\"R1\",\"name\":\"赵磊\",\"companyId\":\"C1\","
      + "\"filingNumber\":\"YYDB-1\",\"filingStatus\":\"ACTIVE\","
      + "\"filingValidTo\":\"2027-06-30T23:59:59+08:00\"}],"
      + "\"companies\":[{\"id\":\"C1\",\"name\":\"华东医药\",\"creditRating\":\"NONE\","
      + "\"blacklistedUntil\":null}],"
      + "\"locations\":[{\"id\":\"RECEPTION-1\",\"kind\":\"RECEPTION_ROOM\","
      + "\"designatedForVisits\":true},{\"id\":\"WARD-5\",\"kind\":\"WARD\"}],"
      + "\"receivers\":[\"D010\",\"PH-2\"],"
      + "\"staff\":[{\"id\":\"D010\",\"roles\":[\"DEPARTMENT_HEAD\"]},"
      + "{\"id\":\"MED-1\",\"roles\":[\"MEDICAL_AFFAIRS\"]}],"
      + "\"visitHistory\":[]},"
      + "\"subject\":{\"id\":\"V-1\",\"stage\":\"CLOSE\",\"representativeId\":\"R1\","
      + "\"companyId\":\"C1\",\"purpose\":\"ACADEMIC_INFO\","
      + "\"appointment\":{\"id\":\"AP-1\",\"requestedAt\":\"2026-11-19T10:00:00+08:00\","
      + "\"approvedAt\":\"2026-11-20T16:00:00+08:00\",\"approvers\":[\"D010\",\"MED-1\"],"
      + "\"start\":\"2026-11-24T14:00:00+08:00\",\"end\":\"2026-11-24T15:00:00+08:00\","
      + "\"locationId\":\"RECEPTION-1\",\"hostIds\":[\"D010\",\"PH-2\"]},"
      + "\"checkIn\":\"2026-11-24T14:05:00+08:00\",\"checkOut\":\"2026-11-24T14:55:00+08:00\","
      + "\"locationId\":\"RECEPTION-1\",\"hostIds\":[\"D010\",\"PH-2\"],"
      + "\"record\":{\"topic\":\"新剂型学术介绍\",\"attendeeIds\":[\"D010\",\"PH-2\",\"R1\"],"
      + "\"recordedAt\":\"2026-11-24T15:20:00+08:00\"}}}";

  private static ObjectNode base() throws Exception {
    return (ObjectNode) M.readTree(CASE);
  }

  private static ObjectNode subject(ObjectNode c) {
    return (ObjectNode) c.get("subject");
  }

  private static ObjectNode reference(ObjectNode c) {
    return (ObjectNode) c.get("reference");
  }

  private static Verdict eval(JsonNode c) {
    return CaseJson.evaluate(c.toString()).verdict();
  }

  private static List<Object> pointers(Verdict v) {
    List<Object> out = new ArrayList<>();
    for (Finding f : v.findings("INPUT.INVALID")) {
      out.add(f.evidence().get("pointer"));
    }
    return out;
  }

  @Test
  void aCleanVisitCaseIsAllowedAndNamedBySubjectId() throws Exception {
    CaseResult r = CaseJson.evaluate(base().toString());
    assertThat(r.verdict().findings()).isEmpty();
    assertThat(r.caseId()).isEqualTo("V-1");
    assertThat(r.kind()).isEqualTo("visit");
    assertThat(r.warnings()).isEmpty();
    assertThat(CaseJson.SUPPORTED).contains("visit");
  }

  @Test
  void anInstantWithoutOffsetIsInputInvalidAtItsPointer() throws Exception {
    ObjectNode c = base();
    subject(c).put("checkIn", "2026-11-24T14:05:00");
    Verdict v = eval(c);
    assertThat(pointers(v)).containsExactly("/subject/checkIn");
    assertThat(v.findings("INPUT.INVALID").get(0).evidence().get("reason").toString())
        .contains("has no offset");
    assertThat(v.decision()).isEqualTo(Decision.REVIEW);
  }

  @Test
  void anUnknownCompanyIsInputInvalidAtItsPointer() throws Exception {
    ObjectNode c = base();
    subject(c).put("companyId", "C404");
    Verdict v = eval(c);
    assertThat(pointers(v)).containsExactly("/subject/companyId");
    assertThat(v.ruleIds()).containsExactly("INPUT.INVALID");
    assertThat(v.decision()).isEqualTo(Decision.REVIEW);
  }

  @Test
  void badShapesAreNamed() throws Exception {
    ObjectNode c = base();
    subject(c).put("stage", "LEAVING");
    ((ArrayNode) subject(c).get("hostIds")).set(1, M.getNodeFactory().numberNode(7));
    ((ObjectNode) subject(c).get("appointment")).put("end", "tomorrow");
    Verdict v = eval(c);
    assertThat(pointers(v)).contains("/subject/stage", "/subject/hostIds/1",
        "/subject/appointment/end");
  }

  @Test
  void theCheckOutBeforeTheCheckInIsInputInvalid() throws Exception {
    ObjectNode c = base();
    subject(c).put("checkOut", "2026-11-24T14:00:00+08:00");
    assertThat(pointers(eval(c))).containsExactly("/subject/checkOut");
  }

  @Test
  void theVisitHistorySeedsTheMonthlyCounts() throws Exception {
    ObjectNode c = base();
    ArrayNode h = (ArrayNode) reference(c).get("visitHistory");
    for (int i = 1; i <= 4; i++) {
      h.addObject().put("representativeId", "R1")
          .put("checkIn", "2026-11-0" + i + "T15:00:00+08:00")
          .putArray("hostIds").add("D099");
    }
    Verdict v = eval(c);
    assertThat(v.decision()).isEqualTo(Decision.WARN);
    assertThat(v.findings("VISIT.FREQUENCY").get(0).evidence())
        .containsEntry("visits", 5).containsEntry("month", "2026-11");
    // the visit's own earlier check-in is not counted again
    ((ObjectNode) h.get(0)).put("visitId", "V-1");
    assertThat(eval(c).has("VISIT.FREQUENCY")).isFalse();
  }

  @Test
  void aHistoryCheckInTakesTheRepresentativesCompany() throws Exception {
    ObjectNode c = base();
    ArrayNode h = (ArrayNode) reference(c).get("visitHistory");
    for (int i = 1; i <= 2; i++) {
      h.addObject().put("visitId", "H-" + i).put("representativeId", "R1")
          .put("checkIn", "2026-11-0" + i + "T15:00:00+08:00")
          .putArray("hostIds").add("D010");
    }
    Verdict v = eval(c);
    assertThat(v.findings("VISIT.FREQUENCY").get(0).evidence())
        .containsEntry("reason", "HOST_COMPANY").containsEntry("companyId", "C1");
  }

  @Test
  void aDuplicateHistoryVisitIsNamed() throws Exception {
    ObjectNode c = base();
    ArrayNode h = (ArrayNode) reference(c).get("visitHistory");
    h.addObject().put("visitId", "H").put("representativeId", "R1")
        .put("checkIn", "2026-11-03T15:00:00+08:00");
    h.addObject().put("visitId", "H").put("representativeId", "R1")
        .put("checkIn", "2026-11-05T15:00:00+08:00");
    assertThat(pointers(eval(c))).containsExactly("/reference/visitHistory/1/visitId");
  }

  @Test
  void anInvalidReferenceRecordIsLeftOutSoItReadsAsUnknown() throws Exception {
    ObjectNode c = base();
    ((ObjectNode) reference(c).get("representatives").get(0)).remove("companyId");
    Verdict v = eval(c);
    assertThat(pointers(v)).containsExactly("/reference/representatives/0/companyId");
    assertThat(v.findings("VISIT.REP.NOT_FILED").get(0).evidence())
        .containsEntry("reason", "UNKNOWN");
  }

  @Test
  void aClinicalLocationBlocks() throws Exception {
    ObjectNode c = base();
    subject(c).put("locationId", "WARD-5");
    Verdict v = eval(c);
    assertThat(v.decision()).isEqualTo(Decision.BLOCK);
    assertThat(v.findings("VISIT.LOCATION").get(0).evidence())
        .containsEntry("reason", "CLINICAL");
  }

  @Test
  void thePolicysVisitsSectionApplies() throws Exception {
    ObjectNode c = base();
    c.set("policy", M.readTree("{\"visits\":{\"closedDates\":[\"2026-11-24\"]}}"));
    assertThat(eval(c).ruleIds()).containsExactly("VISIT.TIME_WINDOW");
    c.set("policy", M.readTree("{\"rules\":{\"VISIT.RECORD\":{\"params\":{\"recordHours\":0}}}}"));
    assertThat(pointers(eval(c))).containsExactly("/policy/rules/VISIT.RECORD/params/recordHours");
  }

  @Test
  void unknownFieldsAreWarnedOfAndIgnored() throws Exception {
    ObjectNode c = base();
    subject(c).put("badge", "B-17");
    ((ObjectNode) reference(c).get("locations").get(0)).put("floor", 2);
    CaseResult r = CaseJson.evaluate(c.toString());
    assertThat(r.verdict().findings()).isEmpty();
    assertThat(r.warnings()).extracting(p -> p.pointer()).containsExactlyInAnyOrder(
        "/subject/badge", "/reference/locations/0/floor");
  }

  @Test
  void referenceDataFilesReadTheVisitSections() throws Exception {
    ReferenceData ref = ReferenceJson.read(base().get("reference").toString());
    assertThat(ref.representatives().find("R1").filedAt(
        Instant.parse("2027-06-30T15:59:59Z"))).isTrue();
    assertThat(ref.representatives().find("R1").filedAt(
        Instant.parse("2027-06-30T16:00:00Z"))).isFalse();
    assertThat(ref.locations().size()).isEqualTo(2);
    assertThat(ref.receivers()).containsExactly("D010", "PH-2");
    assertThat(ref.staff().find("MED-1").roles()).containsExactly("MEDICAL_AFFAIRS");
    ObjectNode bad = (ObjectNode) base().get("reference");
    ((ObjectNode) bad.get("companies").get(0)).put("creditRating", "TERRIBLE");
    ((ArrayNode) bad.get("receivers")).add(" ");
    assertThatThrownBy(() -> ReferenceJson.read(bad.toString()))
        .isInstanceOf(ConfigurationException.class)
        .satisfies(e -> assertThat(((ConfigurationException) e).problems())
            .extracting(p -> p.pointer())
            .containsExactly("/companies/0/creditRating", "/receivers/2"));
  }

  @Test
  void readingAVisitNamesShapeProblems() throws Exception {
    JsonNode node = M.readTree("{\"stage\":\"CLOSE\",\"checkIn\":\"2026-11-24T14:05:00\"}");
    assertThatThrownBy(() -> VisitJson.readVisit(node))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("/checkIn");
  }
}
