package io.github.qinglian.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.alibaba.druid.pool.DruidDataSource;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.qinglian.Decision;
import io.github.qinglian.QueryChecker;
import io.github.qinglian.Qinglian;
import io.github.qinglian.Verdict;
import io.github.qinglian.audit.Alert;
import io.github.qinglian.audit.AuditEvent;
import io.github.qinglian.audit.ChainVerifier;
import io.github.qinglian.audit.ChainedFileAuditSink;
import io.github.qinglian.json.QueryJson;
import io.github.qinglian.jdbc.druid.QinglianDruidFilter;
import io.github.qinglian.model.Approval;
import io.github.qinglian.model.ApprovalScope;
import io.github.qinglian.model.ColumnRole;
import io.github.qinglian.model.Dialect;
import io.github.qinglian.model.Institution;
import io.github.qinglian.model.InstitutionLevel;
import io.github.qinglian.model.ProcedureMapping;
import io.github.qinglian.model.QueryClass;
import io.github.qinglian.model.QueryHistoryEntry;
import io.github.qinglian.model.QueryRequest;
import io.github.qinglian.model.ReportRequest;
import io.github.qinglian.model.Requester;
import io.github.qinglian.model.SchemaMapping;
import io.github.qinglian.model.TableMapping;
import io.github.qinglian.reference.InMemoryApprovalRegistry;
import io.github.qinglian.reference.ReferenceData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Javadoc examples of the 统方 guard's types, run as written (names the examples leave to
 * the reader — {@code qinglian}, {@code requester}, {@code hikari}, {@code at} — bound to the
 * sample hospital), each with what it promises checked.
 */
class GuardJavadocExamplesTest {
  static final Instant AT = Instant.parse("2026-11-24T02:00:00Z");

  /** The model types' examples build what {@code Qinglian.queries()} is given. */
  @Test
  void theModelExamplesBuildAMappingAnApprovalAndRequests() {
    // SchemaMapping, TableMapping, ProcedureMapping
    SchemaMapping m = SchemaMapping.newBuilder()
        .dialect(Dialect.SQLSERVER)
        .table(TableMapping.of("his.dbo.mz_cfzb", ImmutableMap.of(
            "cfh", ColumnRole.PRESCRIPTION, "ysdm", ColumnRole.PRESCRIBER)))
        .procedure(ProcedureMapping.of("usp_ystj", QueryClass.PRESCRIBER_STATS))
        .build();
    TableMapping t = TableMapping.of("mz_cfmx",
        ImmutableMap.of("cfh", ColumnRole.PRESCRIPTION, "ypdm", ColumnRole.DRUG, "sl",
            ColumnRole.QUANTITY));
    ProcedureMapping p = ProcedureMapping.of("usp_ystj", QueryClass.PRESCRIBER_STATS);
    assertThat(m.dialect()).isEqualTo(Dialect.SQLSERVER);
    assertThat(m.procedures()).containsExactly(p);
    // Requester, Approval, QueryHistoryEntry
    Requester r = Requester.newBuilder().userId("u-pharm-1").roles(ImmutableSet.of("PHARMACY"))
        .clientAddress("10.2.3.4").build();
    Approval a = Approval.newBuilder("A-7", "u-pharm-1", "PRESCRIPTION_REVIEW",
        ApprovalScope.PRESCRIBER, Instant.parse("2026-11-01T00:00:00Z"),
        Instant.parse("2026-11-30T16:00:00Z")).mask(true).build();
    QueryHistoryEntry e = QueryHistoryEntry.of("u-pharm-1", Instant.parse("2026-11-24T01:00:00Z"),
        QueryClass.PRESCRIBER_STATS);
    assertThat(a.mask()).isTrue();
    assertThat(e.userId()).isEqualTo(r.userId());

    // the mapping the examples build recognises a tally through the table and the procedure
    SchemaMapping both = SchemaMapping.newBuilder().dialect(Dialect.SQLSERVER)
        .table(m.tables().get(0)).table(t).procedure(p).build();
    QueryChecker guard = guard(ReferenceData.newBuilder().schema(both)
        .approvals(InMemoryApprovalRegistry.of(ImmutableList.of(a)))
        .queryHistory(ImmutableList.of(e)).build());
    for (String sql : new String[] {
        "SELECT z.ysdm, SUM(m.sl) FROM mz_cfmx m JOIN his.dbo.mz_cfzb z ON z.cfh = m.cfh"
            + " GROUP BY z.ysdm",
        "EXEC usp_ystj '2026-11'"}) {
      Verdict v = guard.check(QueryRequest.newBuilder().sql(sql).requester(r).build(), AT);
      assertThat(v.classification()).as(sql).isEqualTo("PRESCRIBER_STATS");
      assertThat(v.decision()).as(sql).isEqualTo(Decision.BLOCK);
    }
  }

  /**
   * QueryRequest's example, under the sample mapping and approval A-7 it names: the approved
   * review runs, with prescribers masked; ReportRequest's example asks the same question
   * without the approval and is refused.
   */
  @Test
  void theRequestExamplesAreApprovedAndRefused() {
    QueryChecker guard = guard(sampleReference());
    Requester requester = pharmacist();
    QueryRequest q = QueryRequest.newBuilder()
        .id("Q-1")
        .sql("SELECT ysdm, SUM(je) FROM mz_cfmx JOIN mz_cfzb USING (cfh) GROUP BY ysdm")
        .requester(requester).purpose("PRESCRIPTION_REVIEW").approvalId("A-7")
        .build();
    Verdict approved = guard.check(q, AT);
    assertThat(approved.classification()).isEqualTo("PRESCRIBER_STATS");
    assertThat(approved.decision()).isNotEqualTo(Decision.BLOCK);
    assertThat(approved.obligations()).containsExactly("MASK_PRESCRIBER");

    ReportRequest report = ReportRequest.of(ImmutableList.of("QUANTITY"),
        ImmutableList.of("PRESCRIBER", "DRUG"), ImmutableMap.of());
    Verdict unapproved = guard.check(QueryRequest.newBuilder().report(report)
        .requester(requester).build(), AT);
    assertThat(unapproved.classification()).isEqualTo("PRESCRIBER_STATS");
    assertThat(unapproved.decision()).isEqualTo(Decision.BLOCK);
    assertThat(unapproved.ruleIds()).contains("TF.PRESCRIBER_STATS");
  }

  /** QueryChecker's example: BLOCK becomes SQLState 42501; MASK_PRESCRIBER is an obligation. */
  @Test
  void theQueryCheckerExampleRefusesATallyWith42501() {
    QueryChecker guard = guard(sampleReference());
    QueryRequest request = QueryRequest.newBuilder().sql(Hospital.TALLY)
        .requester(Requester.newBuilder().userId("u-7").roles(ImmutableSet.of("PHARMACY")).build())
        .build();
    assertThatThrownBy(() -> {
      Verdict v = guard.check(request);
      if (v.decision() == Decision.BLOCK) {
        throw new SQLException("…", "42501");
      }
      boolean mask = v.obligations().contains("MASK_PRESCRIBER");
      assertThat(mask).isFalse();
    }).isInstanceOf(SQLException.class).extracting(x -> ((SQLException) x).getSQLState())
        .isEqualTo("42501");
  }

  /** QueryJson's example reads the pinyin sample mapping. */
  @Test
  void theQueryJsonExampleReadsTheSampleMapping() {
    SchemaMapping m = QueryJson.readSchema(
        Paths.get("..").resolve(Paths.get("docs/samples/schemas/pinyin.json")));
    assertThat(m.dialect()).isEqualTo(Dialect.SQLSERVER);
    assertThat(m.tables()).extracting(TableMapping::name)
        .contains("his.dbo.mz_cfzb", "his.dbo.mz_cfmx");
  }

  /**
   * GuardedDataSource's, StatementGuard's and QueryContext's examples: behind HikariCP, the
   * ordinary statement runs, the tally without approval is refused, and inside the approved
   * context it runs with doctors masked.
   */
  @Test
  void theGuardedDataSourceExampleRunsBehindHikari() throws SQLException {
    Qinglian qinglian = engine(sampleReference());
    String maskKey = "a mask key of the hospital's own";
    HikariConfig config = new HikariConfig();
    config.setDataSource(Hospital.newDatabase());
    config.setMaximumPoolSize(2);
    try (HikariDataSource hikariDataSource = new HikariDataSource(config)) {
      StatementGuard guard = StatementGuard.newBuilder(qinglian.queries())
          .maskKey(maskKey).prescriberColumns("ysdm")
          .clock(Clock.fixed(AT, ZoneOffset.UTC)) // not in the example: office hours, always
          .build();
      DataSource ds = GuardedDataSource.of(hikariDataSource, guard);
      Requester requester = pharmacist();
      try (QueryContext.Scope s = QueryContext.enter(requester, "PRESCRIPTION_REVIEW", "A-7");
           Connection c = ds.getConnection()) {
        // statements here are checked as the requester's
        List<String> doctors = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(Hospital.TALLY)) {
          while (rs.next()) {
            doctors.add(rs.getString("ysdm"));
          }
        }
        // four groups (CF6 has no doctor); the three doctors read as pseudonyms
        assertThat(doctors).hasSize(4).containsNull().doesNotContain("D001", "D002", "D003");
      }
      try (QueryContext.Scope s = QueryContext.enter(requester, null, null);
           Connection c = ds.getConnection(); Statement st = c.createStatement()) {
        assertThatThrownBy(() -> st.executeQuery(Hospital.TALLY))
            .isInstanceOf(QueryRefusedException.class)
            .hasMessageContaining("TF.PRESCRIBER_STATS");
        try (ResultSet rs = st.executeQuery("SELECT ypdm, sl FROM mz_cfmx WHERE cfh = 'CF1'")) {
          assertThat(rs.next()).isTrue();
        }
      }
    }
  }

  /** QinglianDruidFilter's example: the same guard in Druid's own pool. */
  @Test
  void theDruidFilterExampleRefusesATallyInDruidsPool() throws SQLException {
    StatementGuard guard = StatementGuard.newBuilder(engine(sampleReference()).queries())
        .maskKey("a mask key of the hospital's own").prescriberColumns("ysdm")
        .clock(Clock.fixed(AT, ZoneOffset.UTC)).build();
    String url = Hospital.newUrl();
    try (Connection setup = java.sql.DriverManager.getConnection(url)) {
      Hospital.create(setup);
    }
    DruidDataSource pool = new DruidDataSource();
    pool.setUrl(url);
    pool.setProxyFilters(Collections.singletonList(QinglianDruidFilter.of(guard)));
    try (QueryContext.Scope s = QueryContext.enter(pharmacist(), null, null);
         Connection c = pool.getConnection(); Statement st = c.createStatement()) {
      assertThatThrownBy(() -> st.executeQuery(Hospital.TALLY))
          .isInstanceOfSatisfying(SQLException.class,
              x -> assertThat(x.getSQLState()).isEqualTo("42501"));
    } finally {
      pool.close();
    }
  }

  /** SqlFingerprint's example: literals replaced, the comment (a patient's name) dropped. */
  @Test
  void theFingerprintExampleDropsLiteralsAndComments() {
    assertThat(SqlFingerprint.of(
        "SELECT * FROM mz_cfzb WHERE brid = 'P00123' AND je > 100.5 -- Zhang San"))
        .isEqualTo("SELECT * FROM mz_cfzb WHERE brid = ? AND je > ?");
  }

  /** AuditEvent's and Alert's examples build what the sinks receive. */
  @Test
  void theAuditEventAndAlertExamplesCarryWhatTheyWereGiven() {
    Instant at = AT;
    AuditEvent e = AuditEvent.newBuilder(at, "TONGFANG", Decision.BLOCK)
        .userId("u-7").clientAddress("10.2.3.4").classification("PRESCRIBER_STATS")
        .ruleIds(ImmutableList.of("TF.PRESCRIBER_STATS"))
        .fingerprint("SELECT ysdm, SUM(je) FROM mz_cfmx GROUP BY ysdm")
        .build();
    assertThat(e.userId()).isEqualTo("u-7");
    assertThat(e.ruleIds()).containsExactly("TF.PRESCRIBER_STATS");
    assertThat(e.decision()).isEqualTo(Decision.BLOCK);
    Alert a = Alert.newBuilder(at, "VISIT", Decision.BLOCK)
        .ruleIds(ImmutableList.of("VISIT.LOCATION"))
        .subjectId("V-1").actor("R1").where("WARD-3")
        .detail("locationKind", "WARD")
        .build();
    assertThat(a.ruleIds()).containsExactly("VISIT.LOCATION");
    assertThat(a.details()).containsEntry("locationKind", "WARD");
  }

  /**
   * ChainedFileAuditSink's and ChainVerifier's examples: the guard's audit written to a chained
   * file verifies, and a changed line is reported by number.
   */
  @Test
  void theChainedAuditExampleVerifiesAndCatchesAnEdit(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("tongfang-audit.jsonl");
    try (ChainedFileAuditSink audit = ChainedFileAuditSink.open(file, true)) {
      // hand it to the engine as its audit sink
      QueryChecker guard = Qinglian.newBuilder()
          .institution(Institution.of("H1", InstitutionLevel.TERTIARY))
          .reference(sampleReference()).clock(Clock.fixed(AT, ZoneOffset.UTC))
          .auditSink(audit).alertSink(x -> { }).build().queries();
      guard.check(QueryRequest.newBuilder().sql(Hospital.TALLY).requester(pharmacist()).build());
      guard.check(QueryRequest.newBuilder().sql("SELECT ypdm, SUM(sl) FROM mz_cfmx GROUP BY ypdm")
          .requester(pharmacist()).build());
    }
    ChainVerifier.Report r = ChainVerifier.verify(file);
    assertThat(r.ok()).as("%s", r).isTrue();
    assertThat(r.lines()).isEqualTo(2);

    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    lines.set(0, lines.get(0).replace("BLOCK", "ALLOW"));
    Files.write(file, lines, StandardCharsets.UTF_8);
    ChainVerifier.Report edited = ChainVerifier.verify(file);
    assertThat(edited.ok()).isFalse();
    assertThat(edited.problems()).anySatisfy(p -> assertThat(p).startsWith("line 1"));
  }

  private static Requester pharmacist() {
    return Requester.newBuilder().userId("u-pharm-1").roles(ImmutableSet.of("PHARMACY")).build();
  }

  /** The pinyin sample mapping and the pharmacist's approval A-7 (masked). */
  private static ReferenceData sampleReference() {
    Approval a = Approval.newBuilder("A-7", "u-pharm-1", "PRESCRIPTION_REVIEW",
        ApprovalScope.PRESCRIBER, Instant.parse("2026-11-01T00:00:00Z"),
        Instant.parse("2026-11-30T16:00:00Z")).mask(true).build();
    return ReferenceData.newBuilder()
        .schema(QueryJson.readSchema(Paths.get("..", "docs", "samples", "schemas", "pinyin.json")))
        .approvals(InMemoryApprovalRegistry.of(ImmutableList.of(a)))
        .build();
  }

  private static Qinglian engine(ReferenceData reference) {
    return Qinglian.newBuilder()
        .institution(Institution.of("H1", InstitutionLevel.TERTIARY))
        .reference(reference)
        .clock(Clock.fixed(AT, ZoneOffset.UTC))
        .auditSink(e -> { })
        .alertSink(a -> { })
        .build();
  }

  private static QueryChecker guard(ReferenceData reference) {
    return engine(reference).queries();
  }
}
