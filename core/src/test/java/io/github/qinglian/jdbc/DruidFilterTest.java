package io.github.qinglian.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.alibaba.druid.pool.DruidDataSource;
import io.github.qinglian.jdbc.druid.QinglianDruidFilter;
import io.github.qinglian.model.Requester;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;
import org.h2.jdbc.JdbcSQLSyntaxErrorException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The same guard as a filter in Druid's pool. */
class DruidFilterTest {
  private final StubChecker checker = new StubChecker();
  private DruidDataSource druid;

  @BeforeEach
  void setUp() throws SQLException {
    String url = Hospital.newUrl();
    try (Connection c = java.sql.DriverManager.getConnection(url)) {
      Hospital.create(c);
    }
    druid = new DruidDataSource();
    druid.setUrl(url);
    druid.setPoolPreparedStatements(true);
    druid.setProxyFilters(Collections.singletonList(QinglianDruidFilter.of(
        StatementGuard.newBuilder(checker).maskKey("a-test-mask-key-of-32-characters")
            .build())));
  }

  @AfterEach
  void tearDown() {
    druid.close();
  }

  private int count(String table) throws SQLException {
    try (Connection c = druid.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  @Test
  void blockRefusesEveryEntryPointAndNothingRuns() throws SQLException {
    checker.on("INSERT INTO mz_cfmx",
        StubChecker.block("PRESCRIBER_STATS", "TF.PRESCRIBER_STATS"));
    String insert = "INSERT INTO mz_cfmx SELECT * FROM mz_cfmx";
    try (Connection c = druid.getConnection(); Statement s = c.createStatement()) {
      SQLException e = assertThrows(SQLException.class, () -> s.executeUpdate(insert));
      assertThat(e.getSQLState()).isEqualTo("42501");
      assertThat(e.getMessage()).isEqualTo("Qinglian refused the statement: decision=BLOCK"
          + " rules=TF.PRESCRIBER_STATS classification=PRESCRIBER_STATS");
      assertThrows(QueryRefusedException.class, () -> s.execute(insert));
      assertThrows(QueryRefusedException.class, () -> s.executeQuery(insert));
      assertThrows(QueryRefusedException.class, () -> s.addBatch(insert));
      assertThrows(QueryRefusedException.class, () -> c.prepareStatement(insert));
      assertThrows(QueryRefusedException.class, () -> c.prepareCall(insert));
    }
    assertThat(count("mz_cfmx")).isEqualTo(7);
  }

  @Test
  void reviewIsRefusedByDefault() throws SQLException {
    checker.on("GROUP BY z.ksdm",
        StubChecker.review("DEPARTMENT_STATS", "TF.DEPARTMENT_STATS"));
    try (Connection c = druid.getConnection(); Statement s = c.createStatement()) {
      assertThatThrownBy(() -> s.executeQuery("SELECT z.ksdm, COUNT(*) FROM mz_cfzb z"
          + " JOIN mz_cfmx m ON m.cfh = z.cfh GROUP BY z.ksdm"))
          .hasMessageContaining("decision=REVIEW");
    }
  }

  @Test
  void maskingThroughTheFilter() throws SQLException {
    checker.on("GROUP BY z.ysdm", StubChecker.mask(List.of(), List.of("ysdm")));
    try (Connection c = druid.getConnection();
        PreparedStatement ps = c.prepareStatement(Hospital.TALLY);
        ResultSet rs = ps.executeQuery()) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isNull();
      assertThat(rs.next()).isTrue();
      String d1 = rs.getString(1);
      assertThat(d1).matches("D-[0-9a-f]{12}");
      assertThat(rs.getObject("YSDM")).isEqualTo(d1);
      assertThat(rs.getNString(1)).isEqualTo(d1);
      assertThat(rs.getBigDecimal(2)).isEqualByComparingTo("65.50");
      assertThrows(QueryRefusedException.class, () -> rs.getInt(1));
      assertThrows(QueryRefusedException.class, () -> rs.getBytes("ysdm"));
    }
  }

  @Test
  void aCachedPreparedStatementIsJudgedForItsNewUser() throws SQLException {
    checker.on("mz_cfmx", r -> "u-rep".equals(r.requester().userId())
        ? StubChecker.block("PRESCRIBER_STATS", "TF.REPRESENTATIVE") : StubChecker.ALLOW);
    Requester doctor = Requester.newBuilder().userId("u-doc").build();
    Requester rep = Requester.newBuilder().userId("u-rep").build();
    druid.setMaxActive(1);
    try (QueryContext.Scope s = QueryContext.enter(doctor, null, null);
        Connection c = druid.getConnection();
        PreparedStatement ps = c.prepareStatement(Hospital.ONE_PRESCRIPTION)) {
      ps.setString(1, "CF1");
      ps.executeQuery().close();
      ps.executeQuery().close();
    }
    assertThat(checker.requests).hasSize(1);
    try (QueryContext.Scope s = QueryContext.enter(rep, null, null);
        Connection c = druid.getConnection()) {
      // Druid's cache serves the statement without a prepare: it is judged when it runs
      PreparedStatement ps = c.prepareStatement(Hospital.ONE_PRESCRIPTION);
      ps.setString(1, "CF1");
      assertThrows(QueryRefusedException.class, ps::executeQuery);
      ps.close();
    }
  }

  @Test
  void driverExceptionsPassThroughUntouched() throws SQLException {
    try (Connection c = druid.getConnection(); Statement s = c.createStatement()) {
      SQLException e = assertThrows(SQLException.class, () -> s.executeQuery("SELEC 1"));
      assertThat((Throwable) e).isExactlyInstanceOf(JdbcSQLSyntaxErrorException.class);
    }
  }
}
