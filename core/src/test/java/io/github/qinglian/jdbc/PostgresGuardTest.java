package io.github.qinglian.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.qinglian.model.Requester;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;

/**
 * The guarded data source against a real PostgreSQL server, through HikariCP. The server is
 * given by {@code QINGLIAN_PG_URL} (for example
 * {@code jdbc:postgresql://127.0.0.1:5432/qinglian?user=qinglian&password=qinglian}); {@code
 * .ci/run} installs PostgreSQL from the Debian packages and starts one on loopback. Without the
 * variable the test is skipped, except under {@code CI=true}, where it fails.
 */
class PostgresGuardTest {
  private static final String SCHEMA = "qinglian_t" + Long.toHexString(
      ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
  private static String url;
  private static HikariDataSource pool;

  private final StubChecker checker = new StubChecker();

  @BeforeAll
  static void connect() throws SQLException {
    url = System.getenv("QINGLIAN_PG_URL");
    if (url == null || url.isEmpty()) {
      String why = "QINGLIAN_PG_URL is not set: no PostgreSQL server to run the JDBC guard"
          + " against (.ci/run starts one; see docs/jdbc.md)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(why + ", and under CI=true this test must run");
      }
      Assumptions.abort(why);
    }
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + SCHEMA);
      s.execute("SET search_path TO " + SCHEMA);
      Hospital.create(c);
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setSchema(SCHEMA);
    config.setMaximumPoolSize(4);
    pool = new HikariDataSource(config);
  }

  @AfterAll
  static void dropSchema() throws SQLException {
    if (pool != null) {
      pool.close();
      try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA " + SCHEMA + " CASCADE");
      }
    }
  }

  private GuardedDataSource guarded() {
    return GuardedDataSource.of(pool, StatementGuard.newBuilder(checker)
        .maskKey("a-test-mask-key-of-32-characters").build());
  }

  private static int count(String table) throws SQLException {
    try (Connection c = pool.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  @Test
  void aDoctorsQueryRunsAndTheDialectIsPostgres() throws SQLException {
    Requester doctor = Requester.newBuilder().userId("u-doc-1").build();
    try (QueryContext.Scope s = QueryContext.enter(doctor, null, null);
        Connection c = guarded().getConnection();
        PreparedStatement ps = c.prepareStatement(Hospital.ONE_PRESCRIPTION)) {
      ps.setString(1, "CF1");
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString("ypdm")).isEqualTo("Y01");
        assertThat(rs.getBigDecimal("je")).isEqualByComparingTo("20.00");
      }
    }
    assertThat(checker.requests.get(0).dialect()).isEqualTo(DatabaseDialect.POSTGRESQL);
    assertThat(checker.requests.get(0).requester()).isEqualTo(doctor);
  }

  @Test
  void aBlockedInsertNeverReachesTheServer() throws SQLException {
    checker.on("INSERT", StubChecker.block("PRESCRIBER_STATS", "TF.PRESCRIBER_STATS"));
    int before = count("mz_cfmx");
    try (Connection c = guarded().getConnection(); Statement s = c.createStatement()) {
      SQLException e = assertThrows(SQLException.class,
          () -> s.executeUpdate("INSERT INTO mz_cfmx SELECT * FROM mz_cfmx"));
      assertThat(e.getSQLState()).isEqualTo("42501");
      assertThat(e.getMessage()).contains("rules=TF.PRESCRIBER_STATS");
      assertThrows(QueryRefusedException.class,
          () -> c.prepareStatement("INSERT INTO mz_cfmx SELECT * FROM mz_cfmx"));
    }
    assertThat(count("mz_cfmx")).isEqualTo(before);
  }

  @Test
  void anApprovedTallyComesBackMasked() throws SQLException {
    checker.on("GROUP BY z.ysdm", StubChecker.mask(List.of(1), List.of()));
    List<String> doctors = new ArrayList<>();
    try (Connection c = guarded().getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(Hospital.TALLY)) {
      while (rs.next()) {
        doctors.add(rs.getString(1));
      }
    }
    // PostgreSQL sorts NULL last
    assertThat(doctors).hasSize(4);
    assertThat(doctors.subList(0, 3)).allMatch(d -> d.matches("D-[0-9a-f]{12}"));
    assertThat(doctors.get(3)).isNull();
  }

  @Test
  void theServersErrorsPassThroughUntouched() throws SQLException {
    try (Connection c = guarded().getConnection(); Statement s = c.createStatement()) {
      SQLException e = assertThrows(SQLException.class,
          () -> s.executeQuery("SELECT * FROM no_such_table"));
      assertThat((Throwable) e).isExactlyInstanceOf(PSQLException.class);
      assertThat(e.getSQLState()).isEqualTo("42P01");
      assertThat(c.unwrap(org.postgresql.PGConnection.class)).isNotNull();
    }
  }
}
