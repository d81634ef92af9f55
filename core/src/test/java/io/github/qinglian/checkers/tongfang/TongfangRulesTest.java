package io.github.qinglian.checkers.tongfang;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.qinglian.Decision;
import io.github.qinglian.Finding;
import io.github.qinglian.QueryChecker;
import io.github.qinglian.Snapshot;
import io.github.qinglian.Verdict;
import io.github.qinglian.audit.Alert;
import io.github.qinglian.audit.AuditEvent;
import io.github.qinglian.model.Approval;
import io.github.qinglian.model.ApprovalScope;
import io.github.qinglian.model.QueryClass;
import io.github.qinglian.model.QueryHistoryEntry;
import io.github.qinglian.model.QueryRequest;
import io.github.qinglian.model.ReportRequest;
import io.github.qinglian.model.Requester;
import io.github.qinglian.policy.Policy;
import io.github.qinglian.policy.RuleSetting;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every TF rule on both sides of its limits. */
class TongfangRulesTest {
  static final String DOCTOR_STATS =
      "SELECT z.ysdm, SUM(m.je) FROM mz_cfmx m JOIN mz_cfzb z ON z.cfh = m.cfh GROUP BY z.ysdm";
  static final String DEPT_STATS = "SELECT ksdm, SUM(je) FROM zy_bqyz GROUP BY ksdm";
  static final String TOTALS = "SELECT ypdm, SUM(sl) FROM mz_cfmx GROUP BY ypdm";
  static final String BUSINESS = "SELECT ypdm, sl FROM mz_cfmx WHERE cfh = ?";
  /** Tuesday 2026-11-24 09:30 in Shanghai. */
  static final Instant AT = instant("2026-11-24T09:30:00+08:00");
  static final Requester PHARMACIST = Tf.user("u-pharm-1", "PHARMACY");
  static final Requester CLERK = Tf.user("u-clerk-1", "REGISTRATION");

  final List<AuditEvent> audited = new ArrayList<>();
  final List<Alert> alerted = new ArrayList<>();

  static Instant instant(String s) {
    return OffsetDateTime.parse(s).toInstant();
  }

  static Approval approval(String id, String purpose, ApprovalScope scope, boolean mask) {
    return Approval.newBuilder(id, "u-pharm-1", purpose, scope,
        instant("2026-11-01T00:00:00+08:00"), instant("2026-11-30T23:59:59+08:00"))
        .mask(mask).build();
  }

  static final List<Approval> APPROVALS = List.of(
      approval("A-7", "PRESCRIPTION_REVIEW", ApprovalScope.PRESCRIBER, false),
      approval("A-8", "PRESCRIPTION_REVIEW", ApprovalScope.PRESCRIBER, true),
      approval("A-9", "PRESCRIPTION_REVIEW", ApprovalScope.DEPARTMENT, false),
      approval("A-10", "PERFORMANCE", ApprovalScope.PRESCRIBER, false));

  QueryChecker guard(Policy policy, List<QueryHistoryEntry> history) {
    Snapshot s = Tf.snapshot(policy, Tf.ALL, APPROVALS, history);
    return new TongfangRules(() -> s, Clock.fixed(AT, ZoneOffset.UTC), audited::add,
        alerted::add);
  }

  QueryChecker guard() {
    return guard(Policy.defaults(), List.of());
  }

  static QueryRequest approved(String sql, String approvalId) {
    return Tf.query(sql, PHARMACIST).purpose("PRESCRIPTION_REVIEW").approvalId(approvalId)
        .build();
  }

  @Test
  void prescriberStatsWithoutApprovalIsBlockedAndAuditedAndAlerted() {
    Verdict v = guard().check(Tf.query(DOCTOR_STATS, PHARMACIST).build(), AT);
    assertThat(v.decision()).isEqualTo(Decision.BLOCK);
    assertThat(v.ruleIds()).containsExactly("TF.PRESCRIBER_STATS");
    assertThat(v.classification()).isEqualTo("PRESCRIBER_STATS");
    Finding f = v.findings().get(0);
    assertThat(f.evidence()).containsEntry("clause", "GROUP BY");
    assertThat(f.evidence().get("columns").toString()).contains("mz_cfzb.ysdm");
    assertThat(audited).hasSize(1);
    assertThat(audited.get(0).fingerprint()).isEqualTo(
        "SELECT z.ysdm, SUM(m.je) FROM mz_cfmx m JOIN mz_cfzb z ON z.cfh = m.cfh GROUP BY z.ysdm");
    assertThat(audited.get(0).userId()).isEqualTo("u-pharm-1");
    assertThat(audited.get(0).clientAddress()).isEqualTo("10.2.3.4");
    assertThat(alerted).hasSize(1);
  }

  @Test
  void theAuditAndTheAlertRecordTheSameFingerprintAndNoLiteralOfAnyQuoting() {
    String sql = "SELECT z.ysdm, SUM(m.je) FROM mz_cfmx m JOIN mz_cfzb z ON z.cfh = m.cfh"
        + " WHERE z.kfrq >= $$2026-10-01$$ AND z.kfrq < $d$2026-11-01$d$ AND m.ypdm <> N'Y0099'"
        + " GROUP BY z.ysdm";
    Verdict v = guard().check(Tf.query(sql, PHARMACIST).build(), AT);
    assertThat(audited).as("%s", v).hasSize(1);
    String f = audited.get(0).fingerprint();
    assertThat(f).doesNotContain("2026-10-01", "2026-11-01", "Y0099")
        .isEqualTo(io.github.qinglian.jdbc.SqlFingerprint.of(sql));
    assertThat(alerted).hasSize(1);
    assertThat(alerted.get(0).details()).containsEntry("fingerprint", f);
  }

  @Test
  void prescriberStatsWithAValidApprovalIsAllowedAndStillAudited() {
    Verdict v = guard().check(approved(DOCTOR_STATS, "A-7"), AT);
    assertThat(v.decision()).isEqualTo(Decision.ALLOW);
    assertThat(v.findings()).isEmpty();
    assertThat(v.classification()).isEqualTo("PRESCRIBER_STATS");
    assertThat(audited).hasSize(1);
    assertThat(alerted).isEmpty();
  }

  @Test
  void ordinaryBusinessIsAllowedWithoutAuditAndTheVerdictIsShared() {
    QueryChecker g = guard();
    QueryRequest q = Tf.query(BUSINESS, CLERK).build();
    Verdict v = g.check(q, AT);
    assertThat(v.decision()).isEqualTo(Decision.ALLOW);
    assertThat(v.classification()).isEqualTo("NONE");
    assertThat(g.check(q, AT)).isSameAs(v);
    assertThat(audited).isEmpty();
  }

  @Test
  void departmentStatsNeedAnAuthorisedRole() {
    assertThat(guard().check(Tf.query(DEPT_STATS, PHARMACIST).build(), AT).findings()).isEmpty();
    Verdict v = guard().check(Tf.query(DEPT_STATS, CLERK).build(), AT);
    assertThat(v.decision()).isEqualTo(Decision.REVIEW);
    assertThat(v.ruleIds()).containsExactly("TF.DEPARTMENT_STATS");
    Policy narrower = Policy.newBuilder().departmentStatsRoles(List.of("DISCIPLINE")).build();
    assertThat(guard(narrower, List.of()).check(Tf.query(DEPT_STATS, PHARMACIST).build(), AT)
        .ruleIds()).containsExactly("TF.DEPARTMENT_STATS");
  }

  @Test
  void drugTotalsAreAllowedButAudited() {
    Verdict v = guard().check(Tf.query(TOTALS, CLERK).build(), AT);
    assertThat(v.decision()).isEqualTo(Decision.ALLOW);
    assertThat(v.classification()).isEqualTo("DRUG_TOTALS");
    assertThat(audited).hasSize(1);
  }

  @Test
  void aRepresentativeGetsNoStatisticWhateverTheApproval() {
    Requester rep = Requester.newBuilder().userId("u-pharm-1").roles(List.of("PHARMACY"))
        .representativeId("R1").build();
    Verdict v = guard().check(Tf.query(DOCTOR_STATS, rep).purpose("PRESCRIPTION_REVIEW")
        .approvalId("A-7").build(), AT);
    assertThat(v.ruleIds()).containsExactly("TF.REPRESENTATIVE");
    assertThat(v.decision()).isEqualTo(Decision.BLOCK);
    assertThat(guard().check(Tf.query(TOTALS, rep).build(), AT).ruleIds())
        .containsExactly("TF.REPRESENTATIVE");
    assertThat(guard().check(Tf.query(BUSINESS, rep).build(), AT).findings()).isEmpty();
  }

  @Test
  void anApprovalThatDoesNotFitIsThePurposeRule() {
    assertThat(reason(approved(DOCTOR_STATS, "A-404"))).isEqualTo("UNKNOWN");
    assertThat(reason(Tf.query(DOCTOR_STATS, Tf.user("u-other")).purpose("PRESCRIPTION_REVIEW")
        .approvalId("A-7").build())).isEqualTo("OTHER_USER");
    assertThat(reason(Tf.query(DOCTOR_STATS, PHARMACIST).purpose("QUALITY_CONTROL")
        .approvalId("A-7").build())).isEqualTo("PURPOSE_MISMATCH");
    assertThat(reason(Tf.query(DOCTOR_STATS, PHARMACIST).purpose("PERFORMANCE")
        .approvalId("A-10").build())).isEqualTo("NOT_APPROVABLE");
    assertThat(reason(approved(DOCTOR_STATS, "A-9"))).isEqualTo("SCOPE");
    // a DEPARTMENT-scope approval covers a department statistic
    assertThat(guard().check(Tf.query(DEPT_STATS, Tf.user("u-pharm-1", "REGISTRATION"))
        .purpose("PRESCRIPTION_REVIEW").approvalId("A-9").build(), AT).findings()).isEmpty();
  }

  private String reason(QueryRequest q) {
    Verdict v = guard().check(q, AT);
    assertThat(v.ruleIds()).containsExactly("TF.PURPOSE");
    assertThat(v.decision()).isEqualTo(Decision.BLOCK);
    return (String) v.findings().get(0).evidence().get("reason");
  }

  @Test
  void anApprovalIsValidFromValidFromToValidToInclusive() {
    Instant from = instant("2026-11-01T00:00:00+08:00");
    Instant to = instant("2026-11-30T23:59:59+08:00");
    QueryChecker g = guard(Policy.newBuilder().rule("TF.OFF_HOURS",
        RuleSetting.newBuilder().enabled(false).build()).build(), List.of());
    assertThat(g.check(approved(DOCTOR_STATS, "A-7"), from).findings()).isEmpty();
    assertThat(g.check(approved(DOCTOR_STATS, "A-7"), to).findings()).isEmpty();
    assertThat(g.check(approved(DOCTOR_STATS, "A-7"), from.minusSeconds(1)).findings().get(0)
        .evidence()).containsEntry("reason", "NOT_YET_VALID");
    assertThat(g.check(approved(DOCTOR_STATS, "A-7"), to.plusSeconds(1)).findings().get(0)
        .evidence()).containsEntry("reason", "EXPIRED");
  }

  @Test
  void offHoursAtFromAndToExactlyInShanghai() {
    QueryChecker g = guard();
    Instant eight = instant("2026-11-24T08:00:00+08:00");
    Instant six = instant("2026-11-24T18:00:00+08:00");
    assertThat(g.check(approved(DOCTOR_STATS, "A-7"), eight).findings()).isEmpty();
    assertThat(g.check(approved(DOCTOR_STATS, "A-7"), eight.minusSeconds(1)).ruleIds())
        .containsExactly("TF.OFF_HOURS");
    assertThat(g.check(approved(DOCTOR_STATS, "A-7"), six.minusSeconds(1)).findings()).isEmpty();
    Verdict late = g.check(approved(DOCTOR_STATS, "A-7"), six);
    assertThat(late.ruleIds()).containsExactly("TF.OFF_HOURS");
    assertThat(late.decision()).isEqualTo(Decision.REVIEW);
    // Saturday 2026-11-28 at ten is not an allowed day
    assertThat(g.check(approved(DOCTOR_STATS, "A-7"), instant("2026-11-28T10:00:00+08:00"))
        .ruleIds()).containsExactly("TF.OFF_HOURS");
  }

  @Test
  void bulkAtMaxRowsAndOneMoreAndOnExport() {
    QueryChecker g = guard();
    assertThat(g.check(approved(DOCTOR_STATS, "A-7").toBuilder().expectedRows(500).build(), AT)
        .findings()).isEmpty();
    Verdict over = g.check(approved(DOCTOR_STATS, "A-7").toBuilder().expectedRows(501).build(),
        AT);
    assertThat(over.ruleIds()).containsExactly("TF.BULK");
    assertThat(over.findings().get(0).evidence()).containsEntry("maxRows", 500);
    assertThat(g.check(approved(DOCTOR_STATS, "A-7").toBuilder().export(true).build(), AT)
        .ruleIds()).containsExactly("TF.BULK");
  }

  @Test
  void frequencyCountsThisQueryWithTheHistoryInTheWindow() {
    List<QueryHistoryEntry> history = new ArrayList<>();
    for (int i = 0; i < 19; i++) {
      history.add(QueryHistoryEntry.of("u-pharm-1", AT.minus(Duration.ofHours(1 + i)),
          QueryClass.PRESCRIBER_STATS));
    }
    history.add(QueryHistoryEntry.of("u-pharm-1", AT.minus(Duration.ofHours(25)),
        QueryClass.PRESCRIBER_STATS)); // outside the 24 h window
    history.add(QueryHistoryEntry.of("u-pharm-1", AT.minus(Duration.ofHours(2)),
        QueryClass.NONE)); // not a statistic
    QueryChecker g = guard(Policy.defaults(), history);
    assertThat(g.check(approved(DOCTOR_STATS, "A-7"), AT).findings()).isEmpty(); // the 20th
    Verdict v = g.check(approved(DOCTOR_STATS, "A-7"), AT.plusSeconds(60)); // the 21st
    assertThat(v.ruleIds()).containsExactly("TF.FREQUENCY");
    assertThat(v.findings().get(0).evidence()).containsEntry("count", 21)
        .containsEntry("maxQueries", 20);
  }

  @Test
  void frequencyWindowIncludesItsStartInstant() {
    Policy p = Policy.newBuilder().rule("TF.FREQUENCY", RuleSetting.newBuilder()
        .param("maxQueries", 1).param("windowHours", 1).build()).build();
    List<QueryHistoryEntry> h = List.of(QueryHistoryEntry.of("u-pharm-1",
        AT.minus(Duration.ofHours(1)), QueryClass.DEPARTMENT_STATS));
    assertThat(guard(p, h).check(approved(DOCTOR_STATS, "A-7"), AT).ruleIds())
        .containsExactly("TF.FREQUENCY");
    assertThat(guard(p, h).check(approved(DOCTOR_STATS, "A-7"), AT.plusMillis(1)).findings())
        .isEmpty();
  }

  @Test
  void maskCarriesTheObligationAndThePrescriberColumns() {
    Verdict v = guard().check(approved(
        "SELECT m.ypdm, z.ysdm AS doctor, SUM(m.sl) FROM mz_cfmx m JOIN mz_cfzb z"
            + " ON z.cfh = m.cfh GROUP BY m.ypdm, z.ysdm", "A-8"), AT);
    assertThat(v.decision()).isEqualTo(Decision.ALLOW);
    assertThat(v.obligations()).containsExactly(QueryChecker.MASK_PRESCRIBER);
    assertThat(v.ruleIds()).containsExactly("TF.MASK");
    assertThat(v.findings().get(0).evidence()).containsEntry("maskColumns", List.of(2))
        .containsEntry("maskColumnNames", List.of("doctor"));
    Verdict star = guard().check(approved("SELECT * FROM mz_cfzb z JOIN mz_cfmx m"
        + " ON m.cfh = z.cfh", "A-8"), AT);
    assertThat(star.findings().get(0).evidence()).containsEntry("maskColumns", List.of(4));
    assertThat(guard().check(approved(DOCTOR_STATS, "A-7"), AT).obligations()).isEmpty();
  }

  @Test
  void unresolvedIsBlockedWhateverTheApproval() {
    Verdict v = guard().check(approved("SELECT ysdm, SUM(je FROM mz_cfmx", "A-7"), AT);
    assertThat(v.classification()).isEqualTo("UNRESOLVED");
    assertThat(v.ruleIds()).containsExactly("TF.UNPARSEABLE");
    assertThat(v.decision()).isEqualTo(Decision.BLOCK);
    assertThat(alerted).hasSize(1);
  }

  @Test
  void malformedRequestsAreInvalidAndBlocked() {
    assertThat(guard().check(null, AT).findings().get(0).evidence())
        .containsEntry("pointer", "/subject");
    Verdict v = guard().check(QueryRequest.newBuilder().sql(BUSINESS).build(), AT);
    assertThat(v.decision()).isEqualTo(Decision.BLOCK);
    assertThat(v.findings().get(0).evidence()).containsEntry("pointer", "/subject/requester");
    assertThat(guard().check(QueryRequest.newBuilder().requester(CLERK).build(), AT)
        .findings().get(0).evidence()).containsEntry("pointer", "/subject/sql");
    assertThat(guard().check(Tf.query(BUSINESS, CLERK).purpose("FUN").build(), AT)
        .findings().get(0).evidence()).containsEntry("pointer", "/subject/purpose");
  }

  @Test
  void aFailingAuditSinkFailsClosedAndAFailingAlertSinkDoesNot() {
    Snapshot s = Tf.snapshot(Policy.defaults(), Tf.ALL, APPROVALS, List.of());
    QueryChecker g = new TongfangRules(() -> s, Clock.fixed(AT, ZoneOffset.UTC),
        e -> { throw new IllegalStateException("disk full"); },
        a -> { throw new IllegalStateException("pager down"); });
    Verdict v = g.check(approved(DOCTOR_STATS, "A-7"), AT);
    assertThat(v.ruleIds()).containsExactly("ENGINE.ERROR");
    assertThat(v.decision()).isEqualTo(Decision.BLOCK);
    assertThat(g.check(Tf.query(BUSINESS, CLERK).build(), AT).decision())
        .isEqualTo(Decision.ALLOW);
  }

  @Test
  void reportRequestsAreClassifiedLikeSql() {
    QueryChecker g = guard();
    QueryRequest byDoctor = QueryRequest.newBuilder().requester(CLERK).report(ReportRequest.of(
        List.of("QUANTITY"), List.of("DRUG", "PRESCRIBER"), ImmutableMap.of())).build();
    Verdict v = g.check(byDoctor, AT);
    assertThat(v.classification()).isEqualTo("PRESCRIBER_STATS");
    assertThat(v.ruleIds()).containsExactly("TF.PRESCRIBER_STATS");
    QueryRequest onePatient = QueryRequest.newBuilder().requester(CLERK).report(ReportRequest.of(
        List.of("AMOUNT"), List.of("PRESCRIBER"),
        ImmutableMap.of("PATIENT", ImmutableList.of("P-1")))).build();
    assertThat(g.check(onePatient, AT).classification()).isEqualTo("NONE");
    QueryRequest byDept = QueryRequest.newBuilder().requester(CLERK).report(ReportRequest.of(
        List.of("COUNT"), List.of("DEPARTMENT"), ImmutableMap.of())).build();
    assertThat(g.check(byDept, AT).ruleIds()).containsExactly("TF.DEPARTMENT_STATS");
    QueryRequest totals = QueryRequest.newBuilder().requester(CLERK).report(ReportRequest.of(
        List.of("AMOUNT"), List.of("DRUG", "TIME"), ImmutableMap.of())).build();
    assertThat(g.check(totals, AT).classification()).isEqualTo("DRUG_TOTALS");
    QueryRequest bad = QueryRequest.newBuilder().requester(CLERK).report(ReportRequest.of(
        List.of("PROFIT"), List.of("DOCTOR"), ImmutableMap.of())).build();
    Verdict b = g.check(bad, AT);
    assertThat(b.ruleIds()).containsExactly("INPUT.INVALID");
    assertThat(b.findings()).extracting(f -> f.evidence().get("pointer"))
        .containsExactlyInAnyOrder("/subject/report/measures/0", "/subject/report/dimensions/0");
  }
}
