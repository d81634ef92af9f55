package io.github.qinglian.examples.jdbc;

import com.google.common.collect.ImmutableSet;
import com.google.common.io.ByteStreams;
import io.github.qinglian.Qinglian;
import io.github.qinglian.QueryChecker;
import io.github.qinglian.jdbc.GuardedDataSource;
import io.github.qinglian.jdbc.QueryContext;
import io.github.qinglian.jdbc.QueryRefusedException;
import io.github.qinglian.jdbc.StatementGuard;
import io.github.qinglian.json.ReferenceJson;
import io.github.qinglian.model.Institution;
import io.github.qinglian.model.InstitutionLevel;
import io.github.qinglian.model.Requester;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * The 统方 guard in front of an HIS database: {@link HisDatabase} (H2 in memory, generated
 * outpatient prescriptions) behind a {@link GuardedDataSource}, and three users:
 *
 * <ol>
 *   <li>a doctor's ordinary queries (her prescriptions of a day, one prescription's lines) pass;
 *   <li>a pharmacist's approved 处方点评 statistic (usage per doctor and drug, purpose
 *       PRESCRIPTION_REVIEW, approval {@value #APPROVAL}) passes with the doctors masked;
 *   <li>an unapproved ranking of doctors by amount prescribed is blocked (SQLState 42501).
 * </ol>
 *
 * <p>The HIS sets who runs each unit of work with {@link QueryContext#enter}; the statements are
 * written as the HIS already writes them.
 */
public final class JdbcDemo {
  /** The 统方 approval the pharmacist relies on. */
  public static final String APPROVAL = "TF-2026-031";
  /** The mask key of the demo; a hospital configures its own. */
  static final String MASK_KEY = "demo-mask-key-change-me-32-chars";

  static final Requester DOCTOR = Requester.newBuilder().userId("D0003")
      .roles(ImmutableSet.of("DOCTOR")).clientAddress("10.20.1.31").build();
  static final Requester PHARMACIST = Requester.newBuilder().userId("YJ007")
      .roles(ImmutableSet.of("PHARMACY")).clientAddress("10.20.5.12").build();
  static final Requester CLERK = Requester.newBuilder().userId("XX021")
      .roles(ImmutableSet.of("INFORMATION")).clientAddress("10.20.9.40").build();

  /** A doctor's own prescriptions of one day: ordinary business. */
  static final String MY_PRESCRIPTIONS =
      "SELECT cfh, kfrq FROM mz_cfzb WHERE ysdm = ? AND kfrq = ? ORDER BY cfh";
  /** One prescription's lines: ordinary business. */
  static final String PRESCRIPTION_LINES =
      "SELECT ypdm, sl, je FROM mz_cfmx WHERE cfh = ? ORDER BY ypdm";
  /** 处方点评: usage per doctor and drug over a month, approved for review. */
  static final String REVIEW_STATISTIC = "SELECT z.ysdm, m.ypdm, SUM(m.sl) AS sl,"
      + " SUM(m.je) AS je FROM mz_cfzb z JOIN mz_cfmx m ON m.cfh = z.cfh"
      + " WHERE z.kfrq BETWEEN ? AND ? AND m.ypdm = ? GROUP BY z.ysdm, m.ypdm ORDER BY z.ysdm";
  /** A ranking of doctors by amount prescribed: 统方 with no approval. */
  static final String RANKING = "SELECT z.ysdm, SUM(m.je) AS total FROM mz_cfzb z"
      + " JOIN mz_cfmx m ON m.cfh = z.cfh GROUP BY z.ysdm ORDER BY total DESC LIMIT 5";

  private static final AtomicInteger RUNS = new AtomicInteger();

  private JdbcDemo() {}

  /** The guard of the demo: {@code checker}, the demo's mask key, {@code ysdm} as PRESCRIBER. */
  public static StatementGuard guard(QueryChecker checker) {
    return StatementGuard.newBuilder(checker).maskKey(MASK_KEY).prescriberColumns("ysdm")
        .build();
  }

  /** When the demo runs: a Tuesday morning in April 2026, inside the approval and office hours. */
  static final Instant NOW = Instant.parse("2026-04-07T02:00:00Z");

  /**
   * The engine of the demo: the pinyin schema mapped (mz_cfzb, mz_cfmx, ys) and the pharmacist's
   * approval {@value #APPROVAL}, which asks for doctors to be masked; a clock fixed at {@link #NOW}.
   */
  static Qinglian engine() {
    String json;
    try (InputStream in = JdbcDemo.class.getResourceAsStream("reference.json")) {
      if (in == null) {
        throw new IllegalStateException("the demo's reference.json is missing");
      }
      json = new String(ByteStreams.toByteArray(in), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Qinglian.newBuilder()
        .institution(Institution.of("H1", InstitutionLevel.TERTIARY))
        .reference(ReferenceJson.read(json))
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .build();
  }

  /** The engine's 统方 checker. */
  static QueryChecker checker(Qinglian q) {
    return q.queries();
  }

  public static void main(String[] args) throws SQLException {
    runOnTheEngine(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /** Runs the three scenes through the real 统方 guard of {@link #engine()}. */
  public static void runOnTheEngine(PrintStream out) throws SQLException {
    run(guard(checker(engine())), out);
  }

  /** Runs the three scenes against a new database, printing to {@code out}. */
  @SuppressWarnings("try") // the scope is held open, not read
  public static void run(StatementGuard guard, PrintStream out) throws SQLException {
    // a database of its own for each run: H2 keeps a named in-memory database for the JVM
    DataSource ds =
        GuardedDataSource.of(HisDatabase.create("jdbc-demo-" + RUNS.incrementAndGet()), guard);

    out.println("== 1. Doctor " + DOCTOR.userId() + ": her prescriptions of 2026-03-05, and one"
        + " prescription's lines");
    try (QueryContext.Scope s = QueryContext.enter(DOCTOR, null, null);
        Connection c = ds.getConnection()) {
      String first = null;
      try (PreparedStatement ps = c.prepareStatement(MY_PRESCRIPTIONS)) {
        ps.setString(1, DOCTOR.userId());
        ps.setDate(2, Date.valueOf("2026-03-05"));
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            first = first == null ? rs.getString("cfh") : first;
            out.println("   " + rs.getString("cfh") + "  " + rs.getDate("kfrq"));
          }
        }
      }
      if (first != null) {
        try (PreparedStatement ps = c.prepareStatement(PRESCRIPTION_LINES)) {
          ps.setString(1, first);
          print(ps, out);
        }
      }
      out.println("   -> passed");
    }

    out.println("== 2. Pharmacist " + PHARMACIST.userId() + ": 处方点评 of YP007 in March,"
        + " purpose PRESCRIPTION_REVIEW, approval " + APPROVAL);
    try (QueryContext.Scope s = QueryContext.enter(PHARMACIST, "PRESCRIPTION_REVIEW", APPROVAL);
        Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(REVIEW_STATISTIC)) {
      ps.setDate(1, Date.valueOf("2026-03-01"));
      ps.setDate(2, Date.valueOf("2026-03-31"));
      ps.setString(3, "YP007");
      print(ps, out);
      out.println("   -> passed, doctors masked");
    }

    out.println("== 3. " + CLERK.userId() + " (信息科), no approval: top 5 doctors by amount");
    try (QueryContext.Scope s = QueryContext.enter(CLERK, null, null);
        Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(RANKING)) {
      print(ps, out);
      out.println("   -> passed (unexpected)");
    } catch (QueryRefusedException e) {
      out.println("   -> blocked: SQLState " + e.getSQLState() + ", " + e.getMessage());
    }
  }

  private static void print(PreparedStatement ps, PrintStream out) throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      ResultSetMetaData md = rs.getMetaData();
      StringBuilder header = new StringBuilder("   ");
      for (int i = 1; i <= md.getColumnCount(); i++) {
        header.append(String.format("%-16s", md.getColumnLabel(i).toLowerCase()));
      }
      out.println(header);
      while (rs.next()) {
        StringBuilder row = new StringBuilder("   ");
        for (int i = 1; i <= md.getColumnCount(); i++) {
          row.append(String.format("%-16s", rs.getString(i)));
        }
        out.println(row);
      }
    }
  }
}
