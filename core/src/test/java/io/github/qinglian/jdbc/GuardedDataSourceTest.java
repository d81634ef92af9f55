package io.github.qinglian.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableSet;
import io.github.qinglian.Decision;
import io.github.qinglian.model.QueryRequest;
import io.github.qinglian.model.Requester;
import java.math.BigDecimal;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.h2.jdbc.JdbcConnection;
import org.h2.jdbc.JdbcSQLSyntaxErrorException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GuardedDataSourceTest {
  private static final String KEY = "a-test-mask-key-of-32-characters";
  private static final Requester DOCTOR =
      Requester.newBuilder().userId("u-doc-1").roles(ImmutableSet.of("DOCTOR"))
          .clientAddress("10.2.3.4").build();

  private final StubChecker checker = new StubChecker();
  private final RecordingAlertSink alerts = new RecordingAlertSink();
  private DataSource h2;

  @BeforeEach
  void setUp() throws SQLException {
    h2 = Hospital.newDatabase();
  }

  private GuardedDataSource guarded() {
    return guarded(StatementGuard.newBuilder(checker));
  }

  private GuardedDataSource guarded(StatementGuard.Builder b) {
    return GuardedDataSource.of(h2, b.maskKey(KEY).alertSink(alerts).build());
  }

  private int count(String table) throws SQLException {
    try (Connection c = h2.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  // ---------------------------------------------------------------- ALLOW

  @Test
  void allowedStatementsRunAndTheCheckerSeesTheSqlContextAndDialect() throws SQLException {
    try (QueryContext.Scope s = QueryContext.enter(DOCTOR, null, null);
        Connection c = guarded().getConnection();
        PreparedStatement ps = c.prepareStatement(Hospital.ONE_PRESCRIPTION)) {
      ps.setString(1, "CF1");
      List<String> drugs = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          drugs.add(rs.getString("ypdm") + "x" + rs.getInt(2) + "=" + rs.getBigDecimal("je"));
        }
      }
      assertThat(drugs).containsExactly("Y01x2=20.00", "Y02x1=35.50");
    }
    assertThat(checker.requests).hasSize(1);
    QueryRequest r = checker.requests.get(0);
    assertThat(r.sql()).isEqualTo(Hospital.ONE_PRESCRIPTION);
    assertThat(r.requester()).isEqualTo(DOCTOR);
    assertThat(r.dialect()).isEqualTo(DatabaseDialect.POSTGRESQL); // H2 reads as PostgreSQL
  }

  @Test
  void warnPassesLikeAllow() throws SQLException {
    checker.on("mz_cfmx", StubChecker.verdict(Decision.WARN, "DRUG_TOTALS", "TF.BULK"));
    try (Connection c = guarded().getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT SUM(je) FROM mz_cfmx")) {
      rs.next();
      assertThat(rs.getBigDecimal(1)).isEqualByComparingTo("212.00");
    }
  }

  // ---------------------------------------------------------------- BLOCK

  @Test
  void blockThrows42501NamingTheRulesAndTheStatementNeverRuns() throws SQLException {
    checker.on("INSERT INTO mz_cfmx",
        StubChecker.block("PRESCRIBER_STATS", "TF.PRESCRIBER_STATS", "TF.PURPOSE"));
    String insert = "INSERT INTO mz_cfmx SELECT * FROM mz_cfmx";
    try (Connection c = guarded().getConnection(); Statement s = c.createStatement()) {
      SQLException e = assertThrows(SQLException.class, () -> s.executeUpdate(insert));
      assertThat((Throwable) e).isInstanceOf(QueryRefusedException.class);
      assertThat(e.getSQLState()).isEqualTo("42501");
      assertThat(e.getErrorCode()).isZero();
      assertThat(e.getMessage()).isEqualTo("Qinglian refused the statement: decision=BLOCK"
          + " rules=TF.PRESCRIBER_STATS,TF.PURPOSE classification=PRESCRIBER_STATS");
      QueryRefusedException q = (QueryRefusedException) e;
      assertThat(q.decision()).isEqualTo(Decision.BLOCK);
      assertThat(q.ruleIds()).containsExactly("TF.PRESCRIBER_STATS", "TF.PURPOSE");
      assertThat(q.classification()).isEqualTo("PRESCRIBER_STATS");
      assertThat(q.verdict()).isNotNull();

      assertThrows(QueryRefusedException.class, () -> s.execute(insert));
      assertThrows(QueryRefusedException.class, () -> s.execute(insert, Statement.NO_GENERATED_KEYS));
      assertThrows(QueryRefusedException.class, () -> s.executeLargeUpdate(insert));
      assertThrows(QueryRefusedException.class,
          () -> s.executeUpdate(insert, new String[] {"cfh"}));
      assertThrows(QueryRefusedException.class, () -> s.executeQuery(insert));
      assertThrows(QueryRefusedException.class, () -> c.prepareStatement(insert));
      assertThrows(QueryRefusedException.class,
          () -> c.prepareStatement(insert, Statement.RETURN_GENERATED_KEYS));
      assertThrows(QueryRefusedException.class, () -> c.prepareCall(insert));
      assertThrows(QueryRefusedException.class, () -> s.addBatch(insert));
      s.executeBatch();
    }
    assertThat(count("mz_cfmx")).isEqualTo(7);
  }

  @Test
  void theMessageNeverQuotesTheSql() throws SQLException {
    checker.on("P0001", StubChecker.block("PRESCRIBER_STATS", "TF.PRESCRIBER_STATS"));
    try (Connection c = guarded().getConnection(); Statement s = c.createStatement()) {
      SQLException e = assertThrows(SQLException.class,
          () -> s.executeQuery("SELECT * FROM mz_cfzb WHERE brid = 'P0001'"));
      assertThat(e.getMessage()).doesNotContain("P0001").doesNotContain("mz_cfzb");
    }
  }

  @Test
  void aBlockedTallyIsRefusedAtPrepare() throws SQLException {
    checker.on("GROUP BY z.ysdm", StubChecker.block("PRESCRIBER_STATS", "TF.PRESCRIBER_STATS"));
    try (Connection c = guarded().getConnection()) {
      assertThatThrownBy(() -> c.prepareStatement(Hospital.TALLY))
          .isInstanceOf(QueryRefusedException.class)
          .hasMessageContaining("rules=TF.PRESCRIBER_STATS");
    }
    assertThat(checker.requests).hasSize(1);
  }

  // ---------------------------------------------------------------- REVIEW

  @Test
  void reviewIsRefusedByDefault() throws SQLException {
    checker.on("GROUP BY z.ksdm",
        StubChecker.review("DEPARTMENT_STATS", "TF.DEPARTMENT_STATS"));
    String sql = "SELECT z.ksdm, SUM(m.je) FROM mz_cfzb z JOIN mz_cfmx m ON m.cfh = z.cfh"
        + " GROUP BY z.ksdm";
    try (Connection c = guarded().getConnection(); Statement s = c.createStatement()) {
      assertThatThrownBy(() -> s.executeQuery(sql))
          .isInstanceOf(QueryRefusedException.class)
          .hasMessage("Qinglian refused the statement: decision=REVIEW"
              + " rules=TF.DEPARTMENT_STATS classification=DEPARTMENT_STATS");
    }
  }

  @Test
  void reviewPassesWhenTheGuardAllowsIt() throws SQLException {
    checker.on("GROUP BY z.ksdm",
        StubChecker.review("DEPARTMENT_STATS", "TF.DEPARTMENT_STATS"));
    String sql = "SELECT z.ksdm, SUM(m.je) FROM mz_cfzb z JOIN mz_cfmx m ON m.cfh = z.cfh"
        + " GROUP BY z.ksdm ORDER BY z.ksdm";
    try (Connection c = guarded(StatementGuard.newBuilder(checker).reviewPasses(true))
            .getConnection();
        Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("K01");
    }
  }

  @Test
  void aBlockInTheVerdictIsRefusedEvenWhenReviewPasses() throws SQLException {
    checker.on("mz_cfmx", StubChecker.block("UNRESOLVED", "TF.UNPARSEABLE"));
    try (Connection c = guarded(StatementGuard.newBuilder(checker).reviewPasses(true))
            .getConnection(); Statement s = c.createStatement()) {
      assertThrows(QueryRefusedException.class, () -> s.executeQuery("SELECT * FROM mz_cfmx"));
    }
  }

  // ---------------------------------------------------------------- batches and prepared

  @Test
  void addBatchChecksEachStatement() throws SQLException {
    checker.on("INSERT INTO mz_cfzb",
        StubChecker.block("PRESCRIBER_STATS", "TF.PRESCRIBER_STATS"));
    try (Connection c = guarded().getConnection(); Statement s = c.createStatement()) {
      s.addBatch("INSERT INTO mz_cfmx VALUES ('CF7','Y01',1,10.00)");
      assertThrows(QueryRefusedException.class,
          () -> s.addBatch("INSERT INTO mz_cfzb SELECT * FROM mz_cfzb"));
      s.addBatch("INSERT INTO mz_cfmx VALUES ('CF8','Y01',1,10.00)");
      assertThat(s.executeBatch()).containsExactly(1, 1);
    }
    assertThat(checker.requests).hasSize(3);
    assertThat(count("mz_cfmx")).isEqualTo(9);
    assertThat(count("mz_cfzb")).isEqualTo(6);
  }

  @Test
  void aPreparedStatementIsCheckedOnceWhenPreparedAndAgainInAnotherContext()
      throws SQLException {
    Requester pharmacist = Requester.newBuilder().userId("u-ph-1").build();
    checker.on("mz_cfmx", r -> "u-ph-1".equals(r.requester().userId())
        ? StubChecker.block("PRESCRIBER_STATS", "TF.PRESCRIBER_STATS") : StubChecker.ALLOW);
    try (Connection c = guarded().getConnection()) {
      PreparedStatement ps;
      try (QueryContext.Scope s = QueryContext.enter(DOCTOR, null, null)) {
        ps = c.prepareStatement(Hospital.ONE_PRESCRIPTION);
        for (String cfh : new String[] {"CF1", "CF2", "CF3"}) {
          ps.setString(1, cfh);
          try (ResultSet rs = ps.executeQuery()) {
            assertThat(rs.next()).isTrue();
          }
        }
        assertThat(checker.requests).hasSize(1);
      }
      try (QueryContext.Scope s = QueryContext.enter(pharmacist, null, null)) {
        assertThrows(QueryRefusedException.class, ps::executeQuery);
        assertThat(checker.requests).hasSize(2);
      }
      ps.close();
    }
  }

  @Test
  void aCallableStatementIsCheckedAtPrepareCall() throws SQLException {
    checker.on("mz_cfmx", StubChecker.ALLOW);
    try (Connection c = guarded().getConnection();
        CallableStatement cs = c.prepareCall("SELECT COUNT(*) FROM mz_cfmx")) {
      try (ResultSet rs = cs.executeQuery()) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(7);
      }
    }
    assertThat(checker.requests).hasSize(1);
  }

  @Test
  void nativeSqlIsNotChecked() throws SQLException {
    try (Connection c = guarded().getConnection()) {
      assertThat(c.nativeSQL("SELECT 1")).isEqualTo("SELECT 1");
    }
    assertThat(checker.requests).isEmpty();
  }

  // ---------------------------------------------------------------- MASK

  @Test
  void maskedColumnsReadAsStablePseudonymsAndOthersAreUntouched() throws SQLException {
    checker.on("GROUP BY z.ysdm", StubChecker.mask(List.of(1), List.of()));
    List<String> first = new ArrayList<>();
    List<String> second = new ArrayList<>();
    List<BigDecimal> totals = new ArrayList<>();
    try (Connection c = guarded().getConnection(); Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery(Hospital.TALLY)) {
        while (rs.next()) {
          first.add(rs.getString(1));
          totals.add(rs.getBigDecimal("total"));
          assertThat(rs.getObject(1)).isEqualTo(rs.getString("ysdm"));
          assertThat(rs.getNString(1)).isEqualTo(rs.getString(1));
          assertThat(rs.getObject(1, String.class)).isEqualTo(rs.getString(1));
        }
      }
      assertThat(s.execute(Hospital.TALLY)).isTrue();
      try (ResultSet rs = s.getResultSet()) {
        while (rs.next()) {
          second.add(rs.getString("YSDM"));
        }
      }
    }
    // NULL sorts first in H2: the prescription without a doctor stays NULL
    assertThat(first).hasSize(4);
    assertThat(first.get(0)).isNull();
    assertThat(first.subList(1, 4)).allMatch(p -> p.matches("D-[0-9a-f]{12}"))
        .doesNotContain("D001", "D002", "D003").doesNotHaveDuplicates();
    assertThat(second).isEqualTo(first);
    assertThat(totals).extracting(BigDecimal::toPlainString)
        .containsExactly("35.50", "65.50", "30.00", "81.00");
  }

  @Test
  void pseudonymsAreTheKeyedHashOfTheValue() throws SQLException {
    checker.on("FROM ys", StubChecker.mask(List.of(), List.of("ysdm")));
    try (Connection c = guarded().getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT ysdm, ysxm FROM ys WHERE ysxm = '李医生'")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo(
          io.github.qinglian.audit.Pseudonymizer.withKey(KEY).prescriber("D002"));
    }
  }

  @Test
  void configuredPrescriberColumnsAreMaskedUnderTheObligationOnly() throws SQLException {
    checker.on("kdys", StubChecker.mask(List.of(), List.of()));
    StatementGuard.Builder b = StatementGuard.newBuilder(checker).prescriberColumns("KDYS");
    GuardedDataSource ds = guarded(b);
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT ysdm AS kdys, ysxm FROM ys ORDER BY ysdm")) {
        rs.next();
        assertThat(rs.getString("kdys")).startsWith("D-").isNotEqualTo("D001");
        assertThat(rs.getString(2)).isEqualTo("张医生");
      }
      try (ResultSet rs = s.executeQuery("SELECT ysdm AS ysdm2 FROM ys ORDER BY ysdm")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo("D001"); // ALLOW without obligation
      }
    }
  }

  @Test
  void otherGettersOnAMaskedColumnAreRefusedAndMetadataSaysVarchar() throws SQLException {
    checker.on("FROM mz_cfmx", StubChecker.mask(List.of(2), List.of()));
    try (Connection c = guarded().getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT ypdm, sl, je FROM mz_cfmx ORDER BY cfh, ypdm")) {
      rs.next();
      assertThat(rs.getString(2)).startsWith("D-");
      SQLException e = assertThrows(SQLException.class, () -> rs.getInt(2));
      assertThat(e.getSQLState()).isEqualTo("42501");
      assertThat(e.getMessage()).isEqualTo("Qinglian refused the read: column 2 is masked"
          + " (MASK_PRESCRIBER); read it with getString or getObject");
      assertThrows(QueryRefusedException.class, () -> rs.getInt("SL"));
      assertThrows(QueryRefusedException.class, () -> rs.getBytes(2));
      assertThrows(QueryRefusedException.class, () -> rs.getObject(2, Integer.class));
      assertThat(rs.getInt(3)).isEqualTo(20);
      ResultSetMetaData md = rs.getMetaData();
      assertThat(md.getColumnType(2)).isEqualTo(Types.VARCHAR);
      assertThat(md.getColumnClassName(2)).isEqualTo("java.lang.String");
      assertThat(md.getColumnType(3)).isEqualTo(Types.DECIMAL);
      assertThat(md.getColumnLabel(2)).isEqualToIgnoringCase("sl");
    }
  }

  // ---------------------------------------------------------------- transparency

  @Test
  void driverExceptionsPassThroughUntouched() throws SQLException {
    try (Connection c = guarded().getConnection(); Statement s = c.createStatement()) {
      SQLException e = assertThrows(SQLException.class, () -> s.executeQuery("SELEC nonsense"));
      assertThat((Throwable) e).isExactlyInstanceOf(JdbcSQLSyntaxErrorException.class);
      assertThat(e.getSQLState()).isEqualTo("42001");
      SQLException p = assertThrows(SQLException.class,
          () -> c.prepareStatement("SELECT * FROM no_such_table"));
      assertThat((Throwable) p).isExactlyInstanceOf(JdbcSQLSyntaxErrorException.class);
    }
  }

  @Test
  void unwrapAndTheObjectGraphAnswerThroughTheGuard() throws SQLException {
    GuardedDataSource ds = guarded();
    assertThat(ds.unwrap(JdbcDataSource.class)).isSameAs(h2);
    assertThat(ds.isWrapperFor(JdbcDataSource.class)).isTrue();
    assertThat(ds.unwrap(GuardedDataSource.class)).isSameAs(ds);
    try (Connection c = ds.getConnection(); Statement s = c.createStatement();
        PreparedStatement ps = c.prepareStatement("SELECT ysdm FROM ys")) {
      assertThat(c.isWrapperFor(JdbcConnection.class)).isTrue();
      assertThat(c.unwrap(JdbcConnection.class)).isInstanceOf(JdbcConnection.class);
      assertThat(c.isWrapperFor(String.class)).isFalse();
      assertThat(s.getConnection()).isSameAs(c);
      assertThat(ps.getConnection()).isSameAs(c);
      DatabaseMetaData md = c.getMetaData();
      assertThat(md.getConnection()).isSameAs(c);
      assertThat(md.getDatabaseProductName()).isEqualTo("H2");
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.getStatement()).isSameAs(ps);
        assertThat(rs.isWrapperFor(org.h2.jdbc.JdbcResultSet.class)).isTrue();
      }
      assertThat(s.execute("SELECT 1")).isTrue();
      assertThat(s.getResultSet()).isSameAs(s.getResultSet());
    }
  }

  // ---------------------------------------------------------------- context

  @Test
  void withoutAContextTheCheckerGetsAnEmptyRequester() throws SQLException {
    try (Connection c = guarded().getConnection(); Statement s = c.createStatement()) {
      s.executeQuery("SELECT 1").close();
    }
    Requester r = checker.requests.get(0).requester();
    assertThat(r).isNotNull();
    assertThat(r.userId()).isNull();
    assertThat(r.roles()).isEmpty();
  }

  @Test
  void scopesNestAndRestore() throws SQLException {
    Requester pharmacist = Requester.newBuilder().userId("u-ph-1").build();
    try (Connection c = guarded().getConnection(); Statement s = c.createStatement()) {
      try (QueryContext.Scope outer = QueryContext.enter(DOCTOR, null, null)) {
        try (QueryContext.Scope inner =
            QueryContext.enter(pharmacist, "PRESCRIPTION_REVIEW", "A-7")) {
          s.executeQuery("SELECT 1").close();
        }
        s.executeQuery("SELECT 2").close();
      }
      s.executeQuery("SELECT 3").close();
    }
    assertThat(checker.requests).extracting(r -> r.requester().userId())
        .containsExactly("u-ph-1", "u-doc-1", null);
    assertThat(checker.requests.get(0).purpose()).isEqualTo("PRESCRIPTION_REVIEW");
    assertThat(checker.requests.get(0).approvalId()).isEqualTo("A-7");
    assertThat(QueryContext.current()).isNull();
  }

  @Test
  void aSupplierCanProvideTheContext() throws SQLException {
    AtomicReference<QueryContext> session =
        new AtomicReference<>(QueryContext.of(DOCTOR, null, null).exporting(true));
    GuardedDataSource ds = guarded(StatementGuard.newBuilder(checker).context(session::get)
        .dialect(DatabaseDialect.MYSQL));
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.executeQuery("SELECT 1").close();
      session.set(null);
      s.executeQuery("SELECT 2").close();
    }
    assertThat(checker.requests.get(0).requester()).isEqualTo(DOCTOR);
    assertThat(checker.requests.get(0).export()).isTrue();
    assertThat(checker.requests.get(0).dialect()).isEqualTo("MYSQL");
    assertThat(checker.requests.get(1).requester().userId()).isNull();
  }

  // ---------------------------------------------------------------- checker failures

  @Test
  void aThrowingCheckerBlocksWithEngineErrorAndRaisesAnAlert() throws SQLException {
    checker.on("mz_cfzb", r -> {
      throw new IllegalStateException("boom with P0001");
    });
    try (QueryContext.Scope sc = QueryContext.enter(DOCTOR, null, null);
        Connection c = guarded().getConnection(); Statement s = c.createStatement()) {
      SQLException e = assertThrows(SQLException.class,
          () -> s.executeQuery("SELECT * FROM mz_cfzb WHERE brid = 'P0001'"));
      assertThat(e.getSQLState()).isEqualTo("42501");
      assertThat(e.getMessage()).isEqualTo(
          "Qinglian refused the statement: decision=BLOCK rules=ENGINE.ERROR classification=-");
    }
    assertThat(alerts.alerts).hasSize(1);
    var a = alerts.alerts.get(0);
    assertThat(a.decision()).isEqualTo(Decision.BLOCK);
    assertThat(a.ruleIds()).containsExactly("ENGINE.ERROR");
    assertThat(a.actor()).isEqualTo("u-doc-1");
    assertThat(a.where()).isEqualTo("10.2.3.4");
    assertThat(a.details()).containsEntry("fingerprint", "SELECT * FROM mz_cfzb WHERE brid = ?");
    assertThat(a.toString()).doesNotContain("P0001");
  }

  @Test
  void aCheckerReturningNullBlocks() throws SQLException {
    checker.on("mz_cfzb", r -> null);
    try (Connection c = guarded().getConnection(); Statement s = c.createStatement()) {
      assertThatThrownBy(() -> s.executeQuery("SELECT * FROM mz_cfzb"))
          .hasMessageContaining("rules=ENGINE.ERROR");
    }
  }

  @Test
  void theBuilderRefusesConflictingSettings() {
    StatementGuard.Builder b = StatementGuard.newBuilder(checker).reviewPasses(true);
    assertThatThrownBy(() -> b.reviewPasses(false)).isInstanceOf(IllegalStateException.class)
        .hasMessage("reviewPasses was already set to true");
    assertThatThrownBy(() -> b.maskKey("short")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GuardedDataSource.of(guarded(), b.build()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
