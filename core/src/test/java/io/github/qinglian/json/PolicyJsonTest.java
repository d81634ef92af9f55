package io.github.qinglian.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.qinglian.ConfigProblem;
import io.github.qinglian.ConfigurationException;
import io.github.qinglian.Decision;
import io.github.qinglian.policy.FailMode;
import io.github.qinglian.policy.Policy;
import io.github.qinglian.policy.ReceptionWindow;
import io.github.qinglian.rule.Param;
import io.github.qinglian.rule.Rule;
import io.github.qinglian.rule.RuleCatalog;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The policy's JSON form (wire-format.md, "Policy"; rules.md, "Statutory limits"). */
class PolicyJsonTest {
  static final ObjectMapper MAPPER = new ObjectMapper();

  /** JSON with single quotes, for readable tests. */
  static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  /** Whether {@code text} mentions the number {@code n} as a number of its own. */
  static boolean mentions(String text, int n) {
    return java.util.regex.Pattern.compile("(?<![0-9.])" + n + "(?![0-9])").matcher(text).find();
  }

  static List<String> pointers(ConfigurationException e) {
    return e.problems().stream().map(ConfigProblem::pointer).collect(Collectors.toList());
  }

  static ConfigurationException rejected(String policyJson) {
    ConfigurationException e =
        catchThrowableOfType(ConfigurationException.class, () -> PolicyJson.read(policyJson));
    assertThat(e).as("policy %s must be rejected", policyJson).isNotNull();
    return e;
  }

  @Nested
  class Rejection {
    @Test
    void listsEveryErrorAtOnceEachWithItsPointer() {
      ConfigurationException e = rejected(json("{"
          + "'zone': 'Mars/Olympus_Mons',"
          + "'failMode': {'clinical': 'MAYBE'},"
          + "'rules': {"
          + "  'RX.NOPE': {'enabled': false},"
          + "  'RX.ITEMS.MAX': {'params': {'maxDrugs': 3}},"
          + "  'RX.DAYS.LIMIT': {'params': {'outpatientDays': 'seven', 'emergencyDays': 0}},"
          + "  'RX.COST.LARGE': {'severity': 'FATAL'}"
          + "},"
          + "'visits': {'windows': [{'days': ['TUE'], 'from': '17:00', 'to': '14:00'}]}"
          + "}"));

      assertThat(pointers(e)).containsExactlyInAnyOrder(
          "/zone",
          "/failMode/clinical",
          "/rules/RX.NOPE",
          "/rules/RX.ITEMS.MAX/params/maxDrugs",
          "/rules/RX.DAYS.LIMIT/params/outpatientDays",
          "/rules/RX.DAYS.LIMIT/params/emergencyDays",
          "/rules/RX.COST.LARGE/severity",
          "/visits/windows/0/to");
      assertThat(e.problems()).allSatisfy(p -> assertThat(p.reason()).isNotBlank());
      assertThat(e.getMessage()).contains("8 problems");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      // unknown rule id
      "{'rules': {'RX.NOPE': {}}}                                           | /rules/RX.NOPE",
      // unknown parameter of a known rule
      "{'rules': {'RX.ITEMS.MAX': {'params': {'maxDrugs': 3}}}}             | /rules/RX.ITEMS.MAX/params/maxDrugs",
      // a parameter of another rule
      "{'rules': {'RX.ITEMS.MAX': {'params': {'outpatientDays': 3}}}}       | /rules/RX.ITEMS.MAX/params/outpatientDays",
      // wrong type
      "{'rules': {'RX.DAYS.LIMIT': {'params': {'outpatientDays': 'seven'}}}} | /rules/RX.DAYS.LIMIT/params/outpatientDays",
      "{'rules': {'RX.DAYS.LIMIT': {'params': {'outpatientDays': 7.5}}}}    | /rules/RX.DAYS.LIMIT/params/outpatientDays",
      "{'rules': {'RX.COST.LARGE': {'params': {'outpatientYuan': '800'}}}}  | /rules/RX.COST.LARGE/params/outpatientYuan",
      "{'rules': {'RX.COST.LARGE': {'enabled': 'no'}}}                      | /rules/RX.COST.LARGE/enabled",
      "{'rules': {'TF.OFF_HOURS': {'params': {'from': '8 am'}}}}            | /rules/TF.OFF_HOURS/params/from",
      "{'rules': 'all'}                                                     | /rules",
      // out of range
      "{'rules': {'RX.ITEMS.MAX': {'params': {'maxItems': 0}}}}             | /rules/RX.ITEMS.MAX/params/maxItems",
      "{'rules': {'RX.INTERNET.PRESCRIBER': {'params': {'minYears': -1}}}}  | /rules/RX.INTERNET.PRESCRIBER/params/minYears",
      "{'rules': {'RX.COST.LARGE': {'params': {'outpatientYuan': -1}}}}     | /rules/RX.COST.LARGE/params/outpatientYuan",
      "{'rules': {'RX.COST.LARGE': {'params': {'outpatientYuan': 800.12345}}}} | /rules/RX.COST.LARGE/params/outpatientYuan",
      "{'rules': {'RX.ITEMS.MAX': {'params': {'maxItems': null}}}}          | /rules/RX.ITEMS.MAX/params/maxItems",
      // bad zone
      "{'zone': 'Mars/Olympus_Mons'}                                        | /zone",
      "{'zone': 42}                                                         | /zone",
      // bad enums
      "{'failMode': {'dataAccess': 'NEVER'}}                                | /failMode/dataAccess",
      "{'rules': {'RX.DAYS.LIMIT': {'severity': 'FATAL'}}}                  | /rules/RX.DAYS.LIMIT/severity",
      "{'rules': {'VISIT.COMPANY.BLACKLISTED': {'params': {'blockFromRating': 'AWFUL'}}}} | /rules/VISIT.COMPANY.BLACKLISTED/params/blockFromRating",
      "{'tongfang': {'approvablePurposes': ['MARKETING']}}                  | /tongfang/approvablePurposes/0",
      "{'procurement': {'traceableCategories': ['FOOD']}}                   | /procurement/traceableCategories/0",
      // windows
      "{'visits': {'windows': [{'days': ['TUE'], 'from': '17:00', 'to': '14:00'}]}} | /visits/windows/0/to",
      "{'visits': {'windows': [{'days': ['TUE'], 'from': '14:00', 'to': '14:00'}]}} | /visits/windows/0/to",
      "{'visits': {'extraDates': [{'date': '2026-10-11', 'from': '17:00', 'to': '14:00'}]}} | /visits/extraDates/0/to",
      "{'visits': {'windows': [{'days': ['TUE', 'XYZ'], 'from': '14:00', 'to': '17:00'}]}} | /visits/windows/0/days/1",
      "{'visits': {'windows': [{'days': ['TUE'], 'from': '14:00'}]}}        | /visits/windows/0/to",
      "{'visits': {'closedDates': ['2026-02-30']}}                          | /visits/closedDates/0",
      // privacy key too short to be a key
      "{'privacy': {'patientIdKey': 'short'}}                               | /privacy/patientIdKey",
    })
    void eachErrorNamesItsField(String policy, String pointer) {
      assertThat(pointers(rejected(json(policy)))).containsExactly(pointer);
    }

    @Test
    void outOfRangeSaysWhatTheRangeIs() {
      ConfigurationException e =
          rejected(json("{'rules': {'RX.ITEMS.MAX': {'params': {'maxItems': 0}}}}"));
      assertThat(e.problems().get(0).reason()).contains("1");
    }

    @Test
    void duplicateKeysAreRejected() {
      assertThat(pointers(rejected(json("{'zone': 'Asia/Shanghai', 'zone': 'UTC'}"))))
          .containsExactly("");
      assertThat(pointers(rejected(json(
          "{'rules': {'RX.ITEMS.MAX': {'params': {'maxItems': 4}},"
              + " 'RX.ITEMS.MAX': {'params': {'maxItems': 9}}}}"))))
          .containsExactly("");
      assertThat(pointers(rejected(json(
          "{'rules': {'RX.ITEMS.MAX': {'params': {'maxItems': 4, 'maxItems': 9}}}}"))))
          .containsExactly("");
    }

    @Test
    void textThatIsNotJsonIsRejected() {
      assertThat(pointers(rejected("{ zone: Asia/Shanghai"))).containsExactly("");
    }

    @Test
    void aPolicyThatIsNotAnObjectIsRejected() {
      assertThat(pointers(rejected("[]"))).containsExactly("");
    }

    @Test
    void aRejectedPolicyInsideADocumentIsNamedFromThatDocument() throws Exception {
      JsonNode policy = MAPPER.readTree(json(
          "{'zone': 'Nowhere/Atall', 'rules': {'RX.NOPE': {}}}"));
      ConfigurationException e = catchThrowableOfType(ConfigurationException.class,
          () -> PolicyJson.read(policy, "/policy", new ArrayList<>()));
      assertThat(pointers(e)).containsExactlyInAnyOrder("/policy/zone", "/policy/rules/RX.NOPE");
    }
  }

  @Nested
  class StatutoryLimits {
    @Test
    void loosenedMaxItemsIsAcceptedWithAWarningNamingParameterLegalValueAndSource() {
      Policy p = PolicyJson.read(json("{'rules': {'RX.ITEMS.MAX': {'params': {'maxItems': 6}}}}"));

      assertThat(p.intParam(RuleCatalog.RX_ITEMS_MAX, "maxItems")).isEqualTo(6);
      assertThat(p.warnings()).hasSize(1);
      ConfigProblem w = p.warnings().get(0);
      assertThat(w.pointer()).isEqualTo("/rules/RX.ITEMS.MAX/params/maxItems");
      assertThat(w.reason()).contains("处方管理办法 第六条");
      assertThat(mentions(w.reason(), 5)).as(w.reason()).isTrue();
      assertThat(mentions(w.reason(), 6)).as(w.reason()).isTrue();
    }

    @Test
    void loosenedInternetMinYearsIsAcceptedWithAWarning() {
      Policy p = PolicyJson.read(
          json("{'rules': {'RX.INTERNET.PRESCRIBER': {'params': {'minYears': 2}}}}"));

      assertThat(p.intParam(RuleCatalog.RX_INTERNET_PRESCRIBER, "minYears")).isEqualTo(2);
      assertThat(p.warnings()).hasSize(1);
      ConfigProblem w = p.warnings().get(0);
      assertThat(w.pointer()).isEqualTo("/rules/RX.INTERNET.PRESCRIBER/params/minYears");
      assertThat(w.reason()).contains("互联网诊疗管理办法（试行） 第二十五条");
      assertThat(mentions(w.reason(), 3)).as(w.reason()).isTrue();
      assertThat(mentions(w.reason(), 2)).as(w.reason()).isTrue();
    }

    @Test
    void tighteningOrRestatingGivesNoWarning() {
      assertThat(PolicyJson.read(json(
          "{'rules': {'RX.ITEMS.MAX': {'params': {'maxItems': 4}},"
              + " 'RX.INTERNET.PRESCRIBER': {'params': {'minYears': 5}}}}")).warnings())
          .isEmpty();
      assertThat(PolicyJson.read(json(
          "{'rules': {'RX.ITEMS.MAX': {'params': {'maxItems': 5}},"
              + " 'RX.INTERNET.PRESCRIBER': {'params': {'minYears': 3}}}}")).warnings())
          .isEmpty();
    }

    @ParameterizedTest(name = "{0}.{1} = {2} loosens {3}")
    @CsvSource({
      // the statutory limits rules.md lists, each loosened
      "RX.DAYS.LIMIT, outpatientDays, 10, 7",
      "RX.DAYS.LIMIT, emergencyDays, 5, 3",
      "RX.INTERNET.CHILD_GUARDIAN, maxAgeYears, 3, 6",
      "RX.ANTIBIOTIC.OVERRIDE_OVERDUE, windowHours, 48, 24",
      "PROC.PAYMENT, maxDays, 60, 30",
      "PROC.FORMULARY.SPECS, maxSpecs, 3, 2",
      "PROC.FORMULARY.ANTIBIOTIC_COUNT, tertiary, 60, 50",
      "PROC.FORMULARY.ANTIBIOTIC_COUNT, secondary, 40, 35",
    })
    void everyListedStatutoryLimitWarnsWhenLoosened(
        String rule, String param, int loosened, int legal) {
      Policy p = PolicyJson.read(json("{'rules': {'" + rule + "': {'params': {'" + param + "': "
          + loosened + "}}}}"));
      assertThat(p.warnings()).singleElement().satisfies(w -> {
        assertThat(w.pointer()).isEqualTo("/rules/" + rule + "/params/" + param);
        assertThat(mentions(w.reason(), legal)).as(w.reason()).isTrue();
        Param declared = RuleCatalog.byId(rule).param(param);
        assertThat(declared.statutory()).isTrue();
        assertThat(w.reason()).contains(declared.legalSource());
      });
    }

    @Test
    void looseningAHospitalSetNumberGivesNoWarning() {
      assertThat(PolicyJson.read(json(
          "{'rules': {'RX.DAYS.LIMIT': {'params': {'extendedDays': 60}},"
              + " 'RX.COST.LARGE': {'params': {'outpatientYuan': 5000}}}}")).warnings())
          .isEmpty();
    }

    @Test
    void everyLoosenedLimitIsListed() {
      Policy p = PolicyJson.read(json("{'rules': {"
          + "'RX.ITEMS.MAX': {'params': {'maxItems': 6}},"
          + "'RX.INTERNET.PRESCRIBER': {'params': {'minYears': 2}},"
          + "'RX.DAYS.LIMIT': {'params': {'outpatientDays': 5, 'emergencyDays': 4}}}}"));
      assertThat(p.warnings()).extracting(ConfigProblem::pointer).containsExactlyInAnyOrder(
          "/rules/RX.ITEMS.MAX/params/maxItems",
          "/rules/RX.INTERNET.PRESCRIBER/params/minYears",
          "/rules/RX.DAYS.LIMIT/params/emergencyDays");
    }
  }

  @Nested
  class RoundTrip {
    static final String FULL = json("{"
        + "'version': '2026-11-01',"
        + "'zone': 'Asia/Urumqi',"
        + "'failMode': {'clinical': 'REVIEW', 'dataAccess': 'BLOCK'},"
        + "'rules': {"
        + "  'RX.DAYS.LIMIT': {'severity': 'REVIEW', 'params': {'outpatientDays': 5}},"
        + "  'RX.COST.LARGE': {'enabled': false, 'params': {'outpatientYuan': 800.5,"
        + "                    'internetYuan': 499.9999}},"
        + "  'RX.ITEMS.MAX': {'params': {'maxItems': 6}},"
        + "  'TF.OFF_HOURS': {'params': {'allowedDays': ['MON', 'WED'], 'from': '09:00',"
        + "                   'to': '17:30'}},"
        + "  'PROC.VBP_VOLUME': {'params': {'minCompletion': 0.90}},"
        + "  'PROC.FORMULARY.ANTIBIOTIC_COUNT': {'params': {'primary': 20}},"
        + "  'VISIT.COMPANY.BLACKLISTED': {'enabled': true, 'params': {'blockFromRating': 'MEDIUM'}}"
        + "},"
        + "'tongfang': {'departmentStatsRoles': ['PHARMACY', 'DISCIPLINE'],"
        + "             'approvablePurposes': ['PRESCRIPTION_REVIEW', 'REGULATOR_REQUEST']},"
        + "'visits': {"
        + "  'windows': [{'days': ['TUE', 'THU'], 'from': '14:00', 'to': '17:00'},"
        + "              {'days': ['FRI'], 'from': '09:00', 'to': '11:30'}],"
        + "  'closedDates': ['2026-10-01', '2026-10-02'],"
        + "  'extraDates': [{'date': '2026-10-11', 'from': '14:00', 'to': '17:00'}],"
        + "  'requiredApproverRoles': ['DEPARTMENT_HEAD']"
        + "},"
        + "'procurement': {'traceableCategories': ['DRUG', 'HIGH_VALUE_CONSUMABLE']},"
        + "'privacy': {'patientIdKey': '0123456789abcdef0123'}"
        + "}");

    @Test
    void everySectionSurvivesWritingAndReadingBack() {
      Policy original = PolicyJson.read(FULL);
      Policy back = PolicyJson.read(PolicyJson.toJson(original).toString());

      assertThat(back).isEqualTo(original);
      assertThat(back.version()).isEqualTo("2026-11-01");
      assertThat(back.zone()).isEqualTo(ZoneId.of("Asia/Urumqi"));
      assertThat(back.failMode()).isEqualTo(FailMode.of(Decision.REVIEW, Decision.BLOCK));
      assertThat(back.severity(RuleCatalog.RX_DAYS_LIMIT)).isEqualTo(Decision.REVIEW);
      assertThat(back.enabled(RuleCatalog.RX_COST_LARGE)).isFalse();
      assertThat(back.moneyParam(RuleCatalog.RX_COST_LARGE, "outpatientYuan"))
          .isEqualByComparingTo("800.5");
      assertThat(back.moneyParam(RuleCatalog.RX_COST_LARGE, "internetYuan"))
          .isEqualByComparingTo("499.9999");
      Rule offHours = RuleCatalog.byId("TF.OFF_HOURS");
      assertThat(back.param(offHours, "allowedDays"))
          .isEqualTo(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY));
      assertThat(back.param(offHours, "to")).isEqualTo(LocalTime.of(17, 30));
      assertThat((BigDecimal) back.param(RuleCatalog.byId("PROC.VBP_VOLUME"), "minCompletion"))
          .isEqualByComparingTo("0.9");
      assertThat(back.param(RuleCatalog.byId("PROC.FORMULARY.ANTIBIOTIC_COUNT"), "primary"))
          .isEqualTo(20);
      assertThat(back.param(RuleCatalog.byId("VISIT.COMPANY.BLACKLISTED"), "blockFromRating"))
          .isEqualTo("MEDIUM");
      assertThat(back.visitWindows()).hasSize(2);
      assertThat(back.extraDates()).hasSize(1);
      assertThat(back.closedDates()).hasSize(2);
      assertThat(back.requiredApproverRoles()).containsExactly("DEPARTMENT_HEAD");
      assertThat(back.traceableCategories()).containsExactly("DRUG", "HIGH_VALUE_CONSUMABLE");
      assertThat(back.patientIdKey()).isEqualTo("0123456789abcdef0123");
      // the loosened limit and the lowered statutory rule are warned of again on reading back
      assertThat(back.warnings()).extracting(ConfigProblem::pointer)
          .containsExactlyInAnyOrder("/rules/RX.ITEMS.MAX/params/maxItems",
              "/rules/RX.DAYS.LIMIT/severity");
    }

    @Test
    void theWrittenFormIsStable() {
      JsonNode once = PolicyJson.toJson(PolicyJson.read(FULL));
      JsonNode twice = PolicyJson.toJson(PolicyJson.read(once.toString()));
      assertThat(twice).isEqualTo(once);
    }

    @Test
    void theDefaultsSurviveWritingAndReadingBack() {
      Policy back = PolicyJson.read(PolicyJson.toJson(Policy.defaults()).toString());
      assertThat(back).isEqualTo(Policy.defaults());
      assertThat(back.warnings()).isEmpty();
    }

    @Test
    void anUnsetOptionalParameterSurvives() {
      Policy p = PolicyJson.read(json(
          "{'rules': {'PROC.FORMULARY.ANTIBIOTIC_COUNT': {'params': {'primary': null}}}}"));
      Policy back = PolicyJson.read(PolicyJson.toJson(p).toString());
      assertThat(back).isEqualTo(p);
      assertThat(back.param(RuleCatalog.byId("PROC.FORMULARY.ANTIBIOTIC_COUNT"), "primary"))
          .isNull();
    }

    @Test
    void aPolicyFileIsReadLikeItsText(@TempDir Path dir) throws Exception {
      Path file = dir.resolve("policy.json");
      Files.write(file, FULL.getBytes(StandardCharsets.UTF_8));
      assertThat(PolicyJson.read(file)).isEqualTo(PolicyJson.read(FULL));
    }
  }

  @Nested
  class UnknownFields {
    static final String WITH_UNKNOWN = json("{"
        + "'version': 'v', 'colour': 'red',"
        + "'rules': {'RX.DAYS.LIMIT': {'params': {'outpatientDays': 6}, 'note': 'x'}},"
        + "'visits': {'windows': [{'days': ['TUE'], 'from': '14:00', 'to': '17:00',"
        + "  'room': 'A'}]},"
        + "'failMode': {'clinical': 'WARN', 'audit': true}"
        + "}");

    @Test
    void areIgnoredWithAWarningNotAnError() throws Exception {
      List<ConfigProblem> warnings = new ArrayList<>();
      Policy p = PolicyJson.read(MAPPER.readTree(WITH_UNKNOWN), "", warnings);

      assertThat(p.version()).isEqualTo("v");
      assertThat(p.intParam(RuleCatalog.RX_DAYS_LIMIT, "outpatientDays")).isEqualTo(6);
      assertThat(warnings).extracting(ConfigProblem::pointer).containsExactlyInAnyOrder(
          "/colour",
          "/rules/RX.DAYS.LIMIT/note",
          "/visits/windows/0/room",
          "/failMode/audit");
    }

    @Test
    void doNotMakeTheTextRejected() {
      Policy p = PolicyJson.read(WITH_UNKNOWN);
      assertThat(p.intParam(RuleCatalog.RX_DAYS_LIMIT, "outpatientDays")).isEqualTo(6);
    }

    @Test
    void insideADocumentAreNamedFromThatDocument() throws Exception {
      List<ConfigProblem> warnings = new ArrayList<>();
      PolicyJson.read(MAPPER.readTree(json("{'colour': 'red'}")), "/policy", warnings);
      assertThat(warnings).extracting(ConfigProblem::pointer).containsExactly("/policy/colour");
    }
  }

  @Nested
  class Defaults {
    @Test
    void anEmptyPolicyIsTheDefaultPolicy() {
      assertThat(PolicyJson.read("{}")).isEqualTo(Policy.defaults());
      assertThat(PolicyJson.read(null, "/policy", new ArrayList<>())).isEqualTo(Policy.defaults());
    }

    @Test
    void theDefaultsAreTheValuesTheContractShows() {
      Policy p = PolicyJson.read("{}");
      assertThat(p.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
      assertThat(p.failMode().clinical()).isEqualTo(Decision.WARN);
      assertThat(p.failMode().dataAccess()).isEqualTo(Decision.BLOCK);
      assertThat(p.departmentStatsRoles()).containsExactlyInAnyOrder(
          "PHARMACY", "MEDICAL_AFFAIRS", "QUALITY_CONTROL", "INFORMATION", "DISCIPLINE");
      assertThat(p.approvablePurposes()).containsExactlyInAnyOrder(
          "PRESCRIPTION_REVIEW", "RATIONAL_USE_MONITORING", "QUALITY_CONTROL",
          "REGULATOR_REQUEST");
      assertThat(p.visitWindows()).containsExactly(ReceptionWindow.weekly(
          EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), LocalTime.of(14, 0),
          LocalTime.of(17, 0)));
      assertThat(p.requiredApproverRoles())
          .containsExactlyInAnyOrder("DEPARTMENT_HEAD", "MEDICAL_AFFAIRS");
      assertThat(p.traceableCategories()).containsExactly("DRUG");
      assertThat(p.warnings()).isEmpty();
    }

    @Test
    void everyRuleKeepsItsCatalogDefaultsWhenNotNamed() {
      Policy p = PolicyJson.read(json("{'rules': {'RX.COST.LARGE': {'enabled': false}}}"));
      for (Rule r : RuleCatalog.all()) {
        if (r == RuleCatalog.RX_COST_LARGE) {
          continue;
        }
        assertThat(p.enabled(r)).as(r.id()).isTrue();
        assertThat(p.severity(r)).as(r.id()).isEqualTo(r.defaultSeverity());
        for (Param param : r.params()) {
          assertThat(p.param(r, param.name())).as(r.id() + "." + param.name())
              .isEqualTo(param.defaultValue());
        }
      }
      assertThat(p.enabled(RuleCatalog.RX_COST_LARGE)).isFalse();
      assertThat(p.severity(RuleCatalog.RX_COST_LARGE)).isEqualTo(Decision.REVIEW);
    }

    @Test
    void aPartlyGivenSectionKeepsTheRestOfItsDefaults() {
      Policy p = PolicyJson.read(json(
          "{'failMode': {'clinical': 'REVIEW'}, 'tongfang': {}, 'visits': null,"
              + " 'rules': {'RX.DAYS.LIMIT': {'params': {'emergencyDays': 2}}}}"));
      assertThat(p.failMode().clinical()).isEqualTo(Decision.REVIEW);
      assertThat(p.failMode().dataAccess()).isEqualTo(Decision.BLOCK);
      assertThat(p.departmentStatsRoles()).isEqualTo(Policy.defaults().departmentStatsRoles());
      assertThat(p.visitWindows()).isEqualTo(Policy.defaults().visitWindows());
      assertThat(p.intParam(RuleCatalog.RX_DAYS_LIMIT, "emergencyDays")).isEqualTo(2);
      assertThat(p.intParam(RuleCatalog.RX_DAYS_LIMIT, "outpatientDays")).isEqualTo(7);
      assertThat(p.severity(RuleCatalog.RX_DAYS_LIMIT)).isEqualTo(Decision.BLOCK);
    }
  }

  @Test
  void theRejectionIsAConfigurationExceptionNotAnotherError() {
    assertThatThrownBy(() -> PolicyJson.read(json("{'rules': {'RX.NOPE': {}}}")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("/rules/RX.NOPE");
  }
}
