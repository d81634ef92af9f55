package io.github.qinglian.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** A small H2 in-memory HIS schema in the pinyin style, for the guard's tests. */
final class Hospital {
  private static final AtomicInteger SEQ = new AtomicInteger();

  private Hospital() {}

  /** The URL of a new, empty in-memory database that lives until the JVM ends. */
  static String newUrl() {
    return "jdbc:h2:mem:his" + SEQ.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
  }

  /** A new database with the schema and a few rows. */
  static DataSource newDatabase() throws SQLException {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(newUrl());
    try (Connection c = ds.getConnection()) {
      create(c);
    }
    return ds;
  }

  /**
   * Creates ys (doctors), mz_cfzb (prescription headers) and mz_cfmx (lines): 3 doctors, 6
   * prescriptions (CF6 has no doctor), 7 lines.
   */
  static void create(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE ys (ysdm VARCHAR(10) PRIMARY KEY, ysxm VARCHAR(20), ksdm VARCHAR(10))");
      s.execute("CREATE TABLE mz_cfzb (cfh VARCHAR(12) PRIMARY KEY, brid VARCHAR(12),"
          + " ysdm VARCHAR(10), ksdm VARCHAR(10), kfrq DATE)");
      s.execute("CREATE TABLE mz_cfmx (cfh VARCHAR(12), ypdm VARCHAR(10), sl INT,"
          + " je DECIMAL(10,2))");
      s.execute("INSERT INTO ys VALUES ('D001','张医生','K01'),('D002','李医生','K01'),"
          + "('D003','王医生','K02')");
      s.execute("INSERT INTO mz_cfzb VALUES"
          + " ('CF1','P0001','D001','K01',DATE '2026-03-01'),"
          + " ('CF2','P0002','D001','K01',DATE '2026-03-02'),"
          + " ('CF3','P0003','D002','K01',DATE '2026-03-02'),"
          + " ('CF4','P0004','D003','K02',DATE '2026-03-03'),"
          + " ('CF5','P0005','D003','K02',DATE '2026-03-04'),"
          + " ('CF6','P0006',NULL,'K02',DATE '2026-03-04')");
      s.execute("INSERT INTO mz_cfmx VALUES ('CF1','Y01',2,20.00),('CF1','Y02',1,35.50),"
          + "('CF2','Y01',1,10.00),('CF3','Y01',3,30.00),('CF4','Y02',2,71.00),"
          + "('CF5','Y01',1,10.00),('CF6','Y02',1,35.50)");
    }
  }

  /** A tally per doctor: the shape the guard's checker refuses without approval. */
  static final String TALLY = "SELECT z.ysdm, SUM(m.je) AS total FROM mz_cfzb z"
      + " JOIN mz_cfmx m ON m.cfh = z.cfh GROUP BY z.ysdm ORDER BY z.ysdm";

  /** One prescription's lines: ordinary business. */
  static final String ONE_PRESCRIPTION = "SELECT ypdm, sl, je FROM mz_cfmx WHERE cfh = ?";
}
