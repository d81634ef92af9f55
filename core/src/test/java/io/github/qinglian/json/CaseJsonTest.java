package io.github.qinglian.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.qinglian.ConfigProblem;
import io.github.qinglian.Decision;
import io.github.qinglian.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Evaluating wire-format cases (wire-format.md, "A case, and the CLI" and "A verdict"). */
class CaseJsonTest {
  static final String PATIENT_ID = "P-889-7Q3ZK";

  static final String BASE = ("{"
      + "'kind': 'prescription',"
      + "'at': '2026-11-24T09:30:00+08:00',"
      + "'institution': {'id': 'QLH', 'level': 'TERTIARY'},"
      + "'reference': {"
      + "  'practitioners': ["
      + "    {'id': 'D001', 'name': '张明远', 'departmentId': 'INTERNAL', 'profession': 'PHYSICIAN',"
      + "     'title': 'SENIOR', 'registeredHere': true, 'employment': 'REGULAR',"
      + "     'prescribing': 'GRANTED', 'antibioticPrivilege': 'SPECIAL',"
      + "     'antitumorPrivilege': 'RESTRICTED', 'narcoticPrivilege': true,"
      + "     'independentPracticeYears': 22, 'internetPractice': true},"
      + "    {'id': 'D002', 'name': '李静怡', 'departmentId': 'INTERNAL', 'profession': 'PHYSICIAN',"
      + "     'title': 'INTERMEDIATE', 'registeredHere': true, 'employment': 'REGULAR',"
      + "     'prescribing': 'GRANTED', 'antibioticPrivilege': 'RESTRICTED',"
      + "     'antitumorPrivilege': 'GENERAL', 'narcoticPrivilege': false,"
      + "     'independentPracticeYears': 8, 'internetPractice': true}"
      + "  ],"
      + "  'drugs': ["
      + "    {'code': 'J01CA04-CAP-250', 'genericName': '阿莫西林胶囊', 'category': 'WESTERN',"
      + "     'form': 'ORAL', 'antibioticTier': 'UNRESTRICTED', 'antitumorTier': null,"
      + "     'control': 'NONE', 'specialRule': 'NONE', 'keyMonitored': false,"
      + "     'inFormulary': true, 'unitPrice': 0.18},"
      + "    {'code': 'A02BC01-CAP-20', 'genericName': '奥美拉唑肠溶胶囊', 'category': 'WESTERN',"
      + "     'form': 'ORAL', 'antibioticTier': null, 'antitumorTier': null, 'control': 'NONE',"
      + "     'specialRule': 'NONE', 'keyMonitored': false, 'inFormulary': true,"
      + "     'unitPrice': 0.3},"
      + "    {'code': 'J01DD04-INJ-1G', 'genericName': '注射用头孢曲松钠', 'category': 'WESTERN',"
      + "     'form': 'INJECTION', 'antibioticTier': 'RESTRICTED', 'antitumorTier': null,"
      + "     'control': 'NONE', 'specialRule': 'NONE', 'keyMonitored': false,"
      + "     'inFormulary': true, 'unitPrice': 5.8}"
      + "  ]"
      + "},"
      + "'subject': {"
      + "  'id': 'RX-1', 'setting': 'OUTPATIENT', 'issuedAt': '2026-11-24T09:20:00+08:00',"
      + "  'dispensedAt': null, 'prescriberId': 'D002', 'cosignerId': null,"
      + "  'patient': {'id': '" + PATIENT_ID + "', 'ageYears': 42, 'practitionerId': null,"
      + "              'firstVisit': false, 'guardianPresent': false, 'conditions': []},"
      + "  'items': ["
      + "    {'drugCode': 'J01CA04-CAP-250', 'quantity': 42, 'doses': 21, 'daysSupply': 7,"
      + "     'onSite': false},"
      + "    {'drugCode': 'A02BC01-CAP-20', 'quantity': 7, 'doses': 7, 'daysSupply': 7,"
      + "     'onSite': false}"
      + "  ],"
      + "  'justification': null, 'longTerm': false, 'consultationId': null,"
      + "  'emergencyOverride': null"
      + "}"
      + "}").replace('\'', '"');

  /** A clean case: ALLOW, no findings, no warnings. */
  static ObjectNode base() {
    try {
      return (ObjectNode) FixtureTest.MAPPER.readTree(BASE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code c} with the member at {@code pointer} set to the JSON value {@code value}. */
  static ObjectNode with(ObjectNode c, String pointer, String value) {
    JsonPointer p = JsonPointer.compile(pointer);
    JsonNode parent = c.at(p.head());
    JsonNode v;
    try {
      v = FixtureTest.MAPPER.readTree(value.replace('\'', '"'));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (parent.isArray()) {
      ((ArrayNode) parent).set(Integer.parseInt(p.last().getMatchingProperty()), v);
    } else {
      ((ObjectNode) parent).set(p.last().getMatchingProperty(), v);
    }
    return c;
  }

  static ObjectNode without(ObjectNode c, String pointer) {
    JsonPointer p = JsonPointer.compile(pointer);
    ((ObjectNode) c.at(p.head())).remove(p.last().getMatchingProperty());
    return c;
  }

  static CaseResult evaluate(JsonNode c) {
    return CaseJson.evaluate(c.toString());
  }

  static JsonNode verdictJson(CaseResult r) {
    try {
      return FixtureTest.MAPPER.readTree(r.toJson());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The pointers of the INPUT.INVALID findings, in verdict order. */
  static List<String> invalidPointers(CaseResult r) {
    return r.verdict().findings("INPUT.INVALID").stream()
        .map(f -> String.valueOf(f.evidence().get("pointer")))
        .collect(Collectors.toList());
  }

  @Test
  void theBaseCaseIsClean() {
    CaseResult r = evaluate(base());
    assertThat(r.verdict().decision()).isEqualTo(Decision.ALLOW);
    assertThat(r.verdict().findings()).isEmpty();
    assertThat(r.warnings()).isEmpty();
    assertThat(r.kind()).isEqualTo("prescription");
  }

  @Test
  void aTreeAndItsTextGiveTheSameVerdict() {
    ObjectNode c = with(base(), "/subject/items/1/daysSupply", "9");
    assertThat(CaseJson.evaluate(c).verdict()).isEqualTo(evaluate(c).verdict());
  }

  @Nested
  class Unreadable {
    @ParameterizedTest
    @ValueSource(strings = {"not json", "{", "", "   ", "{\"kind\": \"prescription\",}",
        "[1, 2]", "null", "42", "{\"kind\": \"prescription\", \"kind\": \"visit\"}"})
    void isBlockWithOneInputInvalidAtTheRoot(String text) {
      CaseResult r = CaseJson.evaluate(text);

      assertThat(r.verdict().decision()).isEqualTo(Decision.BLOCK);
      assertThat(r.verdict().findings()).singleElement().satisfies(f -> {
        assertThat(f.ruleId()).isEqualTo("INPUT.INVALID");
        assertThat(f.severity()).isEqualTo(Decision.BLOCK);
        assertThat(f.evidence().get("pointer")).isEqualTo("");
        assertThat(String.valueOf(f.evidence().get("reason"))).isNotBlank();
      });
      assertThat(r.caseId()).isNull();
      JsonNode v = verdictJson(r);
      assertThat(v.path("findings").path(0).path("evidence").path("pointer").asText())
          .isEmpty();
      assertThat(v.path("findings").path(0).path("evidence").has("pointer")).isTrue();
    }

    @Test
    void nestingBeyondAnyCaseDoesNotEscape() {
      String deep = "[".repeat(5000) + "]".repeat(5000);
      CaseResult r = CaseJson.evaluate(deep);
      assertThat(r.verdict().decision()).isEqualTo(Decision.BLOCK);
      assertThat(invalidPointers(r)).containsExactly("");
    }
  }

  @Nested
  class CaseFields {
    @Test
    void aMissingAtIsInputInvalidNamingIt() {
      CaseResult r = evaluate(without(base(), "/at"));
      assertThat(r.verdict().decision()).isEqualTo(Decision.REVIEW);
      assertThat(r.verdict().ruleIds()).containsExactly("INPUT.INVALID");
      assertThat(invalidPointers(r)).containsExactly("/at");
    }

    @Test
    void anAtWithoutAnOffsetIsInputInvalidNamingIt() {
      CaseResult r = evaluate(with(base(), "/at", "'2026-11-24T09:30:00'"));
      assertThat(invalidPointers(r)).containsExactly("/at");
      assertThat(r.verdict().decision()).isEqualTo(Decision.REVIEW);
    }

    @Test
    void aMissingInstitutionIsInputInvalidNamingIt() {
      CaseResult r = evaluate(without(base(), "/institution"));
      assertThat(r.verdict().decision()).isEqualTo(Decision.REVIEW);
      assertThat(r.verdict().ruleIds()).containsExactly("INPUT.INVALID");
      assertThat(invalidPointers(r)).containsExactly("/institution");
    }

    @Test
    void aBadInstitutionLevelIsNamed() {
      CaseResult r = evaluate(with(base(), "/institution/level", "'HOSPITAL'"));
      assertThat(invalidPointers(r)).containsExactly("/institution/level");
      CaseResult r2 = evaluate(with(base(), "/institution", "'QLH'"));
      assertThat(invalidPointers(r2)).containsExactly("/institution");
    }

    @Test
    void aMissingKindIsNamed() {
      CaseResult r = evaluate(without(base(), "/kind"));
      assertThat(invalidPointers(r)).containsExactly("/kind");
      assertThat(r.kind()).isEmpty();
      assertThat(r.caseId()).isEqualTo("RX-1");
      CaseResult r2 = evaluate(with(base(), "/kind", "42"));
      assertThat(invalidPointers(r2)).containsExactly("/kind");
    }

    @Test
    void aMissingSubjectIsNamed() {
      CaseResult r = evaluate(without(base(), "/subject"));
      assertThat(invalidPointers(r)).containsExactly("/subject");
      assertThat(r.caseId()).isNull();
      CaseResult r2 = evaluate(with(base(), "/subject", "[]"));
      assertThat(invalidPointers(r2)).containsExactly("/subject");
    }
  }

  @Nested
  class ReferenceRecords {
    @Test
    void aBadPractitionerRecordIsNamedAndTheOtherRecordsStillWork() {
      CaseResult r = evaluate(with(base(), "/reference/practitioners/0/profession", "'DOCTOR'"));

      assertThat(invalidPointers(r)).containsExactly("/reference/practitioners/0/profession");
      assertThat(r.verdict().ruleIds()).containsExactly("INPUT.INVALID");
      assertThat(r.verdict().decision()).isEqualTo(Decision.REVIEW);
    }

    @Test
    void aReferenceToTheBadRecordReadsAsUnknown() {
      ObjectNode c = with(base(), "/reference/practitioners/0/profession", "'DOCTOR'");
      CaseResult r = evaluate(with(c, "/subject/prescriberId", "'D001'"));

      assertThat(invalidPointers(r)).containsExactly("/reference/practitioners/0/profession");
      assertThat(r.verdict().findings("RX.PRESCRIBER.NO_PRIVILEGE")).singleElement()
          .satisfies(f -> assertThat(f.evidence().get("reason")).isEqualTo("UNKNOWN_PRESCRIBER"));
      assertThat(r.verdict().decision()).isEqualTo(Decision.BLOCK);
    }

    @Test
    void aBadDrugRecordIsNamedAndOnlyItsItemIsSkipped() {
      ObjectNode c = with(base(), "/reference/drugs/1/unitPrice", "0");
      // item 0 is still checked: 9 days trips the outpatient limit
      c = with(c, "/subject/items/0/daysSupply", "9");
      CaseResult r = evaluate(c);

      assertThat(invalidPointers(r)).containsExactlyInAnyOrder(
          "/reference/drugs/1/unitPrice", "/subject/items/1/drugCode");
      assertThat(r.verdict().findings("RX.DAYS.LIMIT")).singleElement()
          .satisfies(f -> assertThat(f.item()).isEqualTo(0));
      assertThat(r.verdict().ruleIds())
          .containsExactlyInAnyOrder("INPUT.INVALID", "RX.DAYS.LIMIT");
    }

    @Test
    void everyBadRecordIsNamed() {
      ObjectNode c = with(base(), "/reference/practitioners/1/id", "null");
      c = with(c, "/reference/drugs/0/antibioticTier", "'NONE'");
      c = with(c, "/reference/drugs/2/unitPrice", "5.80001");
      CaseResult r = evaluate(c);

      assertThat(invalidPointers(r)).contains(
          "/reference/practitioners/1/id",
          "/reference/drugs/0/antibioticTier",
          "/reference/drugs/2/unitPrice");
    }
  }

  @Nested
  class SubjectShape {
    @Test
    void aQuantityThatIsNotANumberIsNamedOnce() {
      CaseResult r = evaluate(with(base(), "/subject/items/0/quantity", "'abc'"));

      assertThat(invalidPointers(r)).containsExactly("/subject/items/0/quantity");
      assertThat(r.verdict().findings("INPUT.INVALID").get(0).item()).isEqualTo(0);
      assertThat(r.verdict().decision()).isEqualTo(Decision.REVIEW);
    }

    @Test
    void aSettingNotInTheContractIsNamedOnce() {
      CaseResult r = evaluate(with(base(), "/subject/setting", "'CLINIC'"));
      assertThat(invalidPointers(r)).containsExactly("/subject/setting");
    }

    @Test
    void itemsThatAreNotAnArrayAreNamedOnce() {
      CaseResult r = evaluate(with(base(), "/subject/items",
          "{'drugCode': 'A02BC01-CAP-20', 'quantity': 7, 'daysSupply': 7}"));
      assertThat(invalidPointers(r)).containsExactly("/subject/items");
    }

    @Test
    void aNullItemIsNamedAndTheOthersKeepTheirIndexes() {
      ObjectNode c = with(base(), "/subject/items/0", "null");
      c = with(c, "/subject/items/1/daysSupply", "9");
      CaseResult r = evaluate(c);
      assertThat(invalidPointers(r)).containsExactly("/subject/items/0");
      assertThat(r.verdict().findings("RX.DAYS.LIMIT")).singleElement()
          .satisfies(f -> assertThat(f.item()).isEqualTo(1));
    }

    @Test
    void everyShapeErrorIsNamed() {
      ObjectNode c = with(base(), "/subject/items/0/quantity", "'abc'");
      c = with(c, "/subject/setting", "'CLINIC'");
      c = with(c, "/subject/issuedAt", "'2026-11-24 09:20'");
      c = with(c, "/subject/patient/conditions", "['FLU']");
      c = with(c, "/subject/longTerm", "'yes'");
      CaseResult r = evaluate(c);
      assertThat(invalidPointers(r)).containsExactlyInAnyOrder(
          "/subject/items/0/quantity",
          "/subject/setting",
          "/subject/issuedAt",
          "/subject/patient/conditions/0",
          "/subject/longTerm");
    }
  }

  @Nested
  class UnknownFields {
    @Test
    void areWarningsNotFindings() {
      ObjectNode c = with(base(), "/comment", "'from HIS 5.2'");
      c = with(c, "/subject/ward", "'3B'");
      c = with(c, "/subject/items/0/batch", "'20261101'");
      c = with(c, "/subject/patient/bed", "12");
      c = with(c, "/reference/drugs/0/barcode", "'6901234567890'");
      c = with(c, "/reference/practitioners/0/pager", "'8812'");
      CaseResult r = evaluate(c);

      assertThat(r.verdict().decision()).isEqualTo(Decision.ALLOW);
      assertThat(r.verdict().findings()).isEmpty();
      assertThat(r.warnings()).extracting(ConfigProblem::pointer).containsExactlyInAnyOrder(
          "/comment",
          "/subject/ward",
          "/subject/items/0/batch",
          "/subject/patient/bed",
          "/reference/drugs/0/barcode",
          "/reference/practitioners/0/pager");
    }

    @Test
    void inThePolicyAreWarningsNamedFromTheCase() {
      CaseResult r = evaluate(with(base(), "/policy", "{'version': 'v9', 'colour': 'red'}"));
      assertThat(r.verdict().findings()).isEmpty();
      assertThat(r.warnings()).extracting(ConfigProblem::pointer)
          .containsExactly("/policy/colour");
      assertThat(r.verdict().policyVersion()).isEqualTo("v9");
    }
  }

  @Nested
  class Policies {
    @Test
    void aLoosenedStatutoryLimitIsAWarningNotAFinding() {
      ObjectNode c = with(base(), "/policy",
          "{'rules': {'RX.ITEMS.MAX': {'params': {'maxItems': 6}}}}");
      CaseResult r = evaluate(c);

      assertThat(r.verdict().findings()).isEmpty();
      assertThat(r.warnings()).singleElement().satisfies(w -> {
        assertThat(w.pointer()).endsWith("/rules/RX.ITEMS.MAX/params/maxItems");
        assertThat(w.reason()).contains("处方管理办法 第六条");
        assertThat(PolicyJsonTest.mentions(w.reason(), 5)).isTrue();
      });
    }

    @Test
    void aLoosenedStatutoryLimitInACaseIsNamedUnderPolicy() {
      ObjectNode c = with(base(), "/policy",
          "{'rules': {'RX.ITEMS.MAX': {'params': {'maxItems': 6}}}}");
      assertThat(evaluate(c).warnings()).extracting(ConfigProblem::pointer)
          .containsExactly("/policy/rules/RX.ITEMS.MAX/params/maxItems");
    }

    @Test
    void aCasesPolicyOverridesTheDefaults() {
      ObjectNode c = with(base(), "/policy", "{'version': '2026-11-01',"
          + " 'rules': {'RX.DAYS.LIMIT': {'severity': 'WARN', 'params': {'outpatientDays': 3}}}}");
      CaseResult r = evaluate(c);

      assertThat(r.verdict().decision()).isEqualTo(Decision.WARN);
      assertThat(r.verdict().findings("RX.DAYS.LIMIT")).hasSize(2)
          .allSatisfy(f -> assertThat(f.evidence().get("limit")).isEqualTo(3));
      assertThat(r.verdict().policyVersion()).isEqualTo("2026-11-01");
      assertThat(verdictJson(r).path("policyVersion").asText()).isEqualTo("2026-11-01");
    }

    @Test
    void aBadPolicyIsInputInvalidUnderPolicyAndTheSubjectIsCheckedUnderTheDefaults() {
      ObjectNode c = with(base(), "/policy", "{'version': 'broken', 'zone': 'Mars/Base',"
          + " 'rules': {'RX.DAYS.LIMIT': {'params': {'outpatientDays': 30, 'weekendDays': 2}}}}");
      c = with(c, "/subject/items/0/daysSupply", "8");
      CaseResult r = evaluate(c);

      assertThat(invalidPointers(r)).containsExactlyInAnyOrder(
          "/policy/zone", "/policy/rules/RX.DAYS.LIMIT/params/weekendDays");
      // rejected as a whole: the 30-day limit does not apply
      assertThat(r.verdict().findings("RX.DAYS.LIMIT")).singleElement()
          .satisfies(f -> assertThat(f.evidence().get("limit")).isEqualTo(7));
      assertThat(r.verdict().policyVersion()).isNotEqualTo("broken");
      assertThat(r.verdict().decision()).isEqualTo(Decision.BLOCK);
    }
  }

  @Nested
  class CaseId {
    @Test
    void isTheSubjectsId() {
      assertThat(evaluate(base()).caseId()).isEqualTo("RX-1");
      assertThat(verdictJson(evaluate(base())).path("caseId").asText()).isEqualTo("RX-1");
    }

    @Test
    void isTheSubjectsIdEvenWhenTheCaseIsInvalid() {
      CaseResult r = evaluate(without(base(), "/at"));
      assertThat(r.caseId()).isEqualTo("RX-1");
      CaseResult unsupported = evaluate(with(base(), "/kind", "'query'"));
      assertThat(unsupported.caseId()).isEqualTo("RX-1");
    }

    @Test
    void aWholeNumberIdIsText() {
      CaseResult r = evaluate(with(base(), "/subject/id", "20261124001"));
      assertThat(r.caseId()).isEqualTo("20261124001");
      assertThat(verdictJson(r).path("caseId").isTextual()).isTrue();
    }

    @Test
    void isNullWhenTheSubjectHasNone() {
      CaseResult r = evaluate(without(base(), "/subject/id"));
      assertThat(r.caseId()).isNull();
      JsonNode id = verdictJson(r).path("caseId");
      assertThat(id.isNull() || id.isMissingNode()).as("caseId %s", id).isTrue();
    }
  }

  @Nested
  class VerdictShape {
    ObjectNode withFindings() {
      ObjectNode c = with(base(), "/subject/setting", "'EMERGENCY'");
      c = with(c, "/subject/items/0",
          "{'drugCode': 'J01DD04-INJ-1G', 'quantity': 2, 'doses': 1, 'daysSupply': 1}");
      c = with(c, "/subject/prescriberId", "'D002'");
      c = with(c, "/reference/practitioners/1/title", "'JUNIOR'");
      return with(c, "/subject/items/1/daysSupply", "5");
    }

    @Test
    void hasTheContractsMembersAndNoClassificationForPrescriptions() {
      JsonNode v = verdictJson(evaluate(withFindings()));

      List<String> members = new ArrayList<>();
      v.fieldNames().forEachRemaining(members::add);
      assertThat(members).contains("caseId", "decision", "findings", "obligations",
          "policyVersion");
      assertThat(members).doesNotContain("classification");
      assertThat(v.path("caseId").asText()).isEqualTo("RX-1");
      assertThat(v.path("decision").asText()).isEqualTo("BLOCK");
      assertThat(v.path("obligations").isArray()).isTrue();
      assertThat(v.path("obligations")).isEmpty();
      assertThat(v.path("policyVersion").isTextual()).isTrue();
      assertThat(v.path("findings").isArray()).isTrue();
      assertThat(v.path("findings").size()).isEqualTo(2);
    }

    @Test
    void eachFindingHasRuleIdSeverityBilingualMessageCitationAndEvidence() {
      JsonNode v = verdictJson(evaluate(withFindings()));

      for (JsonNode f : v.path("findings")) {
        List<String> members = new ArrayList<>();
        f.fieldNames().forEachRemaining(members::add);
        assertThat(members).contains("ruleId", "severity", "message", "citation", "evidence");
        assertThat(f.path("ruleId").asText()).matches("[A-Z]+(\\.[A-Z0-9_]+)+");
        assertThat(f.path("severity").asText()).isIn("ALLOW", "WARN", "REVIEW", "BLOCK");
        assertThat(f.path("message").path("zh").asText()).isNotBlank();
        assertThat(f.path("message").path("en").asText()).isNotBlank();
        assertThat(f.path("citation").isTextual()).isTrue();
        assertThat(f.path("evidence").isObject()).isTrue();
      }
      JsonNode tier = v.path("findings").path(0);
      assertThat(tier.path("ruleId").asText()).isEqualTo("RX.ANTIBIOTIC.TIER");
      assertThat(tier.path("severity").asText()).isEqualTo("BLOCK");
      assertThat(tier.path("citation").asText()).startsWith("抗菌药物临床应用管理办法 第二十四条");
      assertThat(tier.path("evidence").path("item").intValue()).isEqualTo(0);
      assertThat(tier.path("evidence").path("drugCode").asText()).isEqualTo("J01DD04-INJ-1G");
      assertThat(tier.path("evidence").path("drugTier").asText()).isEqualTo("RESTRICTED");
      assertThat(tier.path("evidence").path("prescriberTier").asText())
          .isEqualTo("UNRESTRICTED");
      assertThat(v.path("findings").path(1).path("ruleId").asText()).isEqualTo("RX.DAYS.LIMIT");
    }

    @Test
    void inputInvalidEvidenceNamesTheFieldByPointer() {
      JsonNode v = verdictJson(evaluate(with(base(), "/subject/items/1/drugCode",
          "'A02BX99-TAB-1'")));
      JsonNode f = v.path("findings").path(0);
      assertThat(f.path("ruleId").asText()).isEqualTo("INPUT.INVALID");
      assertThat(f.path("severity").asText()).isEqualTo("REVIEW");
      assertThat(f.path("evidence").path("pointer").asText())
          .isEqualTo("/subject/items/1/drugCode");
      assertThat(f.path("evidence").path("item").intValue()).isEqualTo(1);
    }

    @Test
    void isOneLine() {
      assertThat(evaluate(withFindings()).toJson()).doesNotContain("\n");
    }

    @Test
    void aCleanVerdictHasEmptyFindingsAndObligations() {
      JsonNode v = verdictJson(evaluate(base()));
      assertThat(v.path("decision").asText()).isEqualTo("ALLOW");
      assertThat(v.path("findings").isArray()).isTrue();
      assertThat(v.path("findings")).isEmpty();
      assertThat(v.path("obligations").isArray()).isTrue();
      assertThat(v.path("obligations")).isEmpty();
      assertThat(v.has("classification")).isFalse();
    }

    @Test
    void theJavaFindingsAreInContractOrder() {
      List<Finding> fs = evaluate(withFindings()).verdict().findings();
      for (int i = 1; i < fs.size(); i++) {
        Finding a = fs.get(i - 1);
        Finding b = fs.get(i);
        assertThat(a.severity().compareTo(b.severity())).isGreaterThanOrEqualTo(0);
        if (a.severity() == b.severity()) {
          assertThat(a.ruleId().compareTo(b.ruleId())).isLessThanOrEqualTo(0);
        }
      }
    }
  }

  @Nested
  class PatientIdentity {
    List<ObjectNode> cases() {
      List<ObjectNode> out = new ArrayList<>();
      out.add(base());
      // patient-related findings
      ObjectNode internet = with(base(), "/subject/setting", "'INTERNET'");
      internet = with(internet, "/subject/patient/firstVisit", "true");
      out.add(with(internet, "/subject/patient/ageYears", "4"));
      // invalid patient fields
      ObjectNode badAge = with(base(), "/subject/patient/ageYears", "200");
      out.add(with(badAge, "/subject/patient/conditions", "['FLU']"));
      // the patient's id of the wrong type
      out.add(with(base(), "/subject/patient/id", "{'value': '" + PATIENT_ID + "'}"));
      out.add(with(base(), "/subject/patient/id", "['" + PATIENT_ID + "']"));
      // a patient who is staff, and an unknown patient field
      ObjectNode staff = with(base(), "/subject/patient/practitionerId", "'D002'");
      out.add(with(staff, "/subject/patient/unknownField", "'" + PATIENT_ID + "'"));
      // a broken policy and reference, an unsupported kind, a missing clock
      out.add(with(base(), "/policy", "{'rules': {'RX.NOPE': {}}}"));
      out.add(with(base(), "/reference/drugs/0/unitPrice", "-1"));
      out.add(with(base(), "/kind", "'query'"));
      out.add(without(base(), "/at"));
      return out;
    }

    @Test
    void neverAppearsInTheVerdictJsonOrInTheResultsText() {
      for (ObjectNode c : cases()) {
        CaseResult r = evaluate(c);
        assertThat(r.toJson()).as("verdict of %s", c).doesNotContain(PATIENT_ID);
        assertThat(r.toString()).as("toString of %s", c).doesNotContain(PATIENT_ID);
        assertThat(r.verdict().toString()).doesNotContain(PATIENT_ID);
      }
    }

    @Test
    void neverAppearsWhenTheTextHasDuplicateKeysOrIsCutShort() {
      String text = base().toString();
      for (String broken : new String[] {
          text.substring(0, text.indexOf(PATIENT_ID) + PATIENT_ID.length() + 1),
          text.substring(0, text.indexOf(PATIENT_ID) + 4),
          text.replace("\"id\":\"" + PATIENT_ID + "\"",
              "\"id\":\"" + PATIENT_ID + "\",\"id\":\"" + PATIENT_ID + "\""),
      }) {
        CaseResult r = CaseJson.evaluate(broken);
        assertThat(r.verdict().decision()).isEqualTo(Decision.BLOCK);
        assertThat(r.toJson()).doesNotContain(PATIENT_ID).doesNotContain("7Q3ZK");
        assertThat(r.toString()).doesNotContain(PATIENT_ID).doesNotContain("7Q3ZK");
      }
    }

    @Test
    void neverAppearsWhenItIsWrittenWithoutQuotes() {
      String text = base().toString().replace("\"" + PATIENT_ID + "\"", "P8897Q3ZK");
      CaseResult r = CaseJson.evaluate(text);
      assertThat(r.verdict().decision()).isEqualTo(Decision.BLOCK);
      assertThat(r.toJson()).doesNotContain("P8897Q3ZK");
      assertThat(r.toString()).doesNotContain("P8897Q3ZK");
    }
  }
}
