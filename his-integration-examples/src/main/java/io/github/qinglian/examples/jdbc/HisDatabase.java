package io.github.qinglian.examples.jdbc;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Random;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * An outpatient HIS schema in the pinyin style most Chinese HIS use, in H2 in memory, filled with
 * generated data (the same for every run): {@code ys} (医生: ysdm 医生代码, ysxm 医生姓名, ksdm
 * 科室代码), {@code mz_cfzb} (门诊处方主表: cfh 处方号, ysdm, ksdm, kfrq 开方日期) and
 * {@code mz_cfmx} (门诊处方明细: cfh, ypdm 药品代码, sl 数量, je 金额).
 */
public final class HisDatabase {
  /** Doctors. */
  public static final int DOCTORS = 12;
  /** Prescriptions, in March 2026. */
  public static final int PRESCRIPTIONS = 400;
  /** The first day prescriptions are written. */
  public static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 1);

  private static final String[] SURNAMES =
      {"张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴", "徐", "孙"};
  private static final String[] DEPARTMENTS = {"NK01", "WK01", "EK01", "FK01"};
  private static final int DRUGS = 25;

  private HisDatabase() {}

  /** A new in-memory database named {@code name}, created and filled. */
  public static DataSource create(String name) throws SQLException {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    try (Connection c = ds.getConnection()) {
      fill(c);
    }
    return ds;
  }

  /** Creates the tables in {@code c} and fills them from a fixed seed. */
  public static void fill(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE ys (ysdm VARCHAR(10) PRIMARY KEY, ysxm VARCHAR(20),"
          + " ksdm VARCHAR(10))");
      s.execute("CREATE TABLE mz_cfzb (cfh VARCHAR(16) PRIMARY KEY, ysdm VARCHAR(10),"
          + " ksdm VARCHAR(10), kfrq DATE)");
      s.execute("CREATE TABLE mz_cfmx (cfh VARCHAR(16), ypdm VARCHAR(10), sl INT,"
          + " je DECIMAL(12,2))");
    }
    Random random = new Random(20260301L);
    try (PreparedStatement ys = c.prepareStatement("INSERT INTO ys VALUES (?, ?, ?)")) {
      for (int d = 1; d <= DOCTORS; d++) {
        ys.setString(1, doctor(d));
        ys.setString(2, SURNAMES[d - 1] + "医生");
        ys.setString(3, DEPARTMENTS[(d - 1) % DEPARTMENTS.length]);
        ys.addBatch();
      }
      ys.executeBatch();
    }
    try (PreparedStatement zb = c.prepareStatement("INSERT INTO mz_cfzb VALUES (?, ?, ?, ?)");
        PreparedStatement mx = c.prepareStatement("INSERT INTO mz_cfmx VALUES (?, ?, ?, ?)")) {
      for (int p = 1; p <= PRESCRIPTIONS; p++) {
        int d = 1 + random.nextInt(DOCTORS);
        String cfh = String.format("CF2603%05d", p);
        zb.setString(1, cfh);
        zb.setString(2, doctor(d));
        zb.setString(3, DEPARTMENTS[(d - 1) % DEPARTMENTS.length]);
        zb.setDate(4, Date.valueOf(FIRST_DAY.plusDays(random.nextInt(28))));
        zb.addBatch();
        int lines = 1 + random.nextInt(4);
        for (int l = 0; l < lines; l++) {
          int drug = 1 + random.nextInt(DRUGS);
          int quantity = 1 + random.nextInt(6);
          mx.setString(1, cfh);
          mx.setString(2, String.format("YP%03d", drug));
          mx.setInt(3, quantity);
          mx.setBigDecimal(4, java.math.BigDecimal.valueOf(quantity * (350L + drug * 137L), 2));
          mx.addBatch();
        }
      }
      zb.executeBatch();
      mx.executeBatch();
    }
  }

  /** The code of doctor {@code n} (1-based): D0001 … */
  public static String doctor(int n) {
    return String.format("D%04d", n);
  }
}
