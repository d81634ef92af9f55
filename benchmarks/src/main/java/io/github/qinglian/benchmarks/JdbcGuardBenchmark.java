package io.github.qinglian.benchmarks;

import io.github.qinglian.Decision;
import io.github.qinglian.Finding;
import io.github.qinglian.QueryChecker;
import io.github.qinglian.Verdict;
import io.github.qinglian.jdbc.GuardedDataSource;
import io.github.qinglian.jdbc.QueryContext;
import io.github.qinglian.jdbc.StatementGuard;
import io.github.qinglian.model.QueryRequest;
import io.github.qinglian.model.Requester;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Collections;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The JDBC guard's overhead on an H2 in-memory query, side by side with the bare data source:
 * one prescription's lines joined to its header (prepare, bind, execute, read 5 columns of 1–4
 * rows, close), the way an HIS reads them. The checker is a stub answering a fixed verdict, so
 * this measures the wrapper (context lookup, request, enforcement, delegating proxies), not the
 * classification. BARE is H2's data source; GUARDED the same behind {@link GuardedDataSource}
 * with an ALLOW verdict; GUARDED_MASKED with MASK_PRESCRIBER, the doctor column read as a
 * pseudonym.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class JdbcGuardBenchmark {
  static final String SQL = "SELECT z.cfh, z.ysdm, m.ypdm, m.sl, m.je FROM mz_cfzb z"
      + " JOIN mz_cfmx m ON m.cfh = z.cfh WHERE z.cfh = ?";
  static final int PRESCRIPTIONS = 2000;

  @Param({"BARE", "GUARDED", "GUARDED_MASKED"})
  public String target;

  private Connection connection;
  private QueryContext.Scope scope;
  private int next;

  /** A checker that answers one verdict: the cost of the wrapper alone. */
  static final class FixedChecker implements QueryChecker {
    private final Verdict verdict;

    FixedChecker(Verdict verdict) {
      this.verdict = verdict;
    }

    @Override
    public Verdict check(@Nullable QueryRequest request) {
      return verdict;
    }

    @Override
    public Verdict check(@Nullable QueryRequest request, Instant at) {
      return verdict;
    }
  }

  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:bench-" + target + ";DB_CLOSE_DELAY=-1");
    try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE mz_cfzb (cfh VARCHAR(16) PRIMARY KEY, ysdm VARCHAR(10),"
          + " ksdm VARCHAR(10), kfrq DATE)");
      s.execute("CREATE TABLE mz_cfmx (cfh VARCHAR(16), ypdm VARCHAR(10), sl INT,"
          + " je DECIMAL(12,2))");
      s.execute("CREATE INDEX mz_cfmx_cfh ON mz_cfmx (cfh)");
      try (PreparedStatement zb = c.prepareStatement(
              "INSERT INTO mz_cfzb VALUES (?, ?, 'NK01', DATE '2026-03-01')");
          PreparedStatement mx = c.prepareStatement("INSERT INTO mz_cfmx VALUES (?, ?, ?, ?)")) {
        for (int p = 0; p < PRESCRIPTIONS; p++) {
          zb.setString(1, "CF" + p);
          zb.setString(2, "D" + (p % 40));
          zb.addBatch();
          for (int l = 0; l <= p % 4; l++) {
            mx.setString(1, "CF" + p);
            mx.setString(2, "YP" + ((p + l) % 30));
            mx.setInt(3, 1 + l);
            mx.setBigDecimal(4, BigDecimal.valueOf(1250 + l * 100L, 2));
            mx.addBatch();
          }
        }
        zb.executeBatch();
        mx.executeBatch();
      }
    }
    DataSource ds;
    switch (target) {
      case "BARE":
        ds = h2;
        break;
      case "GUARDED":
        ds = GuardedDataSource.of(h2, StatementGuard.newBuilder(
            new FixedChecker(Verdict.allow("bench"))).dialect("POSTGRESQL").build());
        break;
      case "GUARDED_MASKED":
        Verdict masked = Verdict.newBuilder("bench").classification("PRESCRIBER_STATS")
            .obligation(QueryChecker.MASK_PRESCRIBER)
            .add(Finding.newBuilder("TF.MASK", Decision.ALLOW)
                .evidence("maskColumns", Collections.singletonList(2)).build())
            .build();
        ds = GuardedDataSource.of(h2, StatementGuard.newBuilder(new FixedChecker(masked))
            .maskKey("bench-mask-key-of-32-characters!").dialect("POSTGRESQL").build());
        break;
      default:
        throw new IllegalArgumentException(target);
    }
    connection = ds.getConnection();
    scope = QueryContext.enter(Requester.newBuilder().userId("D7").build(), null, null);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    scope.close();
    connection.close();
  }

  /** Prepare, bind, execute, read every column of every row, close. */
  @Benchmark
  public void prescriptionLines(Blackhole bh) throws SQLException {
    next = (next + 1) % PRESCRIPTIONS;
    try (PreparedStatement ps = connection.prepareStatement(SQL)) {
      ps.setString(1, "CF" + next);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          bh.consume(rs.getString(1));
          bh.consume(rs.getString(2));
          bh.consume(rs.getString(3));
          bh.consume(rs.getInt(4));
          bh.consume(rs.getBigDecimal(5));
        }
      }
    }
  }
}
