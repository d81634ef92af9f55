package io.github.qinglian.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class JdbcDemoTest {
  @Test
  void theDoctorPassesThePharmacistSeesMaskedDoctorsTheRankingIsBlocked() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JdbcDemo.run(JdbcDemo.guard(new DemoChecker()),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    String[] scenes = out.split("== ");
    assertThat(scenes).hasSize(4);
    assertThat(scenes[1]).contains("CF2603").contains("YP0").endsWith("-> passed\n");
    assertThat(scenes[2]).contains("ysdm").contains("D-").doesNotContain("D00")
        .contains("-> passed, doctors masked");
    assertThat(scenes[2].lines().filter(l -> l.contains("YP007")).count()).isGreaterThan(3);
    assertThat(scenes[3]).contains("-> blocked: SQLState 42501, Qinglian refused the statement:"
        + " decision=BLOCK rules=TF.PRESCRIBER_STATS classification=PRESCRIBER_STATS");
  }

  @Test
  void theDatabaseIsGeneratedTheSameEveryTime() throws Exception {
    DataSource a = HisDatabase.create("same-a");
    DataSource b = HisDatabase.create("same-b");
    assertThat(summary(a)).isEqualTo(summary(b)).startsWith(HisDatabase.PRESCRIPTIONS + " ");
  }

  private static String summary(DataSource ds) throws Exception {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM mz_cfzb),"
            + " (SELECT COUNT(*) FROM mz_cfmx), (SELECT SUM(je) FROM mz_cfmx)")) {
      rs.next();
      return rs.getInt(1) + " " + rs.getInt(2) + " " + rs.getBigDecimal(3);
    }
  }

  @Test
  void theRealGuardClassifiesAndDecidesTheThreeScenesAlike() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JdbcDemo.run(JdbcDemo.guard(JdbcDemo.checker(JdbcDemo.engine())),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    String[] scenes = out.split("== ");
    assertThat(scenes).as(out).hasSize(4);
    assertThat(scenes[1]).as(out).contains("CF2603").endsWith("-> passed\n");
    assertThat(scenes[2]).as(out).contains("D-").doesNotContain("D00")
        .contains("-> passed, doctors masked");
    assertThat(scenes[3]).as(out).contains("-> blocked: SQLState 42501")
        .contains("TF.PRESCRIBER_STATS").contains("classification=PRESCRIBER_STATS");
  }
}
