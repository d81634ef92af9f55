package io.github.qinglian.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlFingerprintTest {
  @Test
  void stringAndNumberLiteralsBecomeQuestionMarks() {
    assertThat(SqlFingerprint.of(
        "SELECT * FROM mz_cfzb WHERE brid = 'P00123' AND je > 100.5 -- Zhang San"))
        .isEqualTo("SELECT * FROM mz_cfzb WHERE brid = ? AND je > ?");
  }

  @Test
  void identifiersWithDigitsQuotedNamesAndBindMarkersStay() {
    assertThat(SqlFingerprint.of("select t1.ysdm, \"科室 1\", `x2` from mz_cfmx2 t1"
        + " where t1.cfh = ? and [col 3] = :id and sl = 1e3 and code = 0x1F"))
        .isEqualTo("select t1.ysdm, \"科室 1\", `x2` from mz_cfmx2 t1"
            + " where t1.cfh = ? and [col 3] = :id and sl = ? and code = ?");
  }

  @Test
  void escapedQuotesPrefixedStringsDollarQuotesAndCommentsGo() {
    assertThat(SqlFingerprint.of("SELECT N'王''五', E'a\\'b', $$P0001$$, $t$x$t$ /* 身份证 110101 */"
        + "\n\tFROM   ys"))
        .isEqualTo("SELECT ?, ?, ?, ? FROM ys");
  }

  @Test
  void nullIsEmptyAndLongTextIsCut() {
    assertThat(SqlFingerprint.of(null)).isEmpty();
    String longSql = "SELECT " + "a, ".repeat(3000) + "b FROM t";
    String f = SqlFingerprint.of(longSql);
    assertThat(f).hasSize(SqlFingerprint.MAX_LENGTH + 1).endsWith("…");
  }

  @Test
  void anUnterminatedLiteralHidesTheRest() {
    assertThat(SqlFingerprint.of("SELECT * FROM ys WHERE ysxm = '张三")).isEqualTo(
        "SELECT * FROM ys WHERE ysxm = ?");
  }
}
