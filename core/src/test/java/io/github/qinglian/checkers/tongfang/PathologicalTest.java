package io.github.qinglian.checkers.tongfang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.qinglian.model.Dialect;
import io.github.qinglian.model.QueryClass;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Bad input returns within a bounded time and memory: UNRESOLVED when it names a mapped table,
 * NONE otherwise. (The bound asserted is generous; the point is that it returns at all.)
 */
class PathologicalTest {
  static final Duration BOUND = Duration.ofSeconds(20);

  static QueryClass cls(String sql) {
    return assertTimeoutPreemptively(BOUND, () -> Tf.classify(sql, null).cls);
  }

  @Test
  void overOneMegabyte() {
    StringBuilder sb = new StringBuilder("SELECT kdys, SUM(sl) FROM zy_bqyz WHERE kdys IN ('D0'");
    while (sb.length() < 1_100_000) {
      sb.append(", 'D0'");
    }
    sb.append(") GROUP BY kdys");
    assertThat(cls(sb.toString())).isEqualTo(QueryClass.UNRESOLVED);
    assertThat(cls(sb.toString().replace("zy_bqyz", "other_tb"))).isEqualTo(QueryClass.NONE);
  }

  @Test
  void nestedAThousandLevels() {
    String open = "(".repeat(1000);
    String close = ")".repeat(1000);
    assertThat(cls("SELECT kdys, SUM(sl) FROM zy_bqyz WHERE sl > " + open + "1" + close))
        .isEqualTo(QueryClass.UNRESOLVED);
    String sub = "SELECT sl FROM zy_bqyz";
    for (int i = 0; i < 1000; i++) {
      sub = "SELECT * FROM (" + sub + ") t" + i;
    }
    assertThat(cls(sub)).isEqualTo(QueryClass.UNRESOLVED);
    assertThat(cls("SELECT 1 FROM other WHERE x > " + open + "1" + close))
        .isEqualTo(QueryClass.NONE);
  }

  @Test
  void longChainsJustUnderTheLimits() {
    StringBuilder sb = new StringBuilder("SELECT kdys, SUM(sl) FROM zy_bqyz WHERE sl > 0");
    while (sb.length() < SqlText.MAX_LENGTH - 100) {
      sb.append(" OR sl = 1");
    }
    sb.append(" GROUP BY kdys");
    QueryClass c = cls(sb.toString());
    assertThat(c).isIn(QueryClass.PRESCRIBER_STATS, QueryClass.UNRESOLVED);
    StringBuilder plus = new StringBuilder("SELECT kdys, SUM(sl + 0");
    while (plus.length() < SqlText.MAX_LENGTH - 100) {
      plus.append(" + sl");
    }
    plus.append(") FROM zy_bqyz GROUP BY kdys");
    assertThat(cls(plus.toString())).isIn(QueryClass.PRESCRIBER_STATS, QueryClass.UNRESOLVED);
  }

  @Test
  void manyCteReferencesAreBounded() {
    StringBuilder sb = new StringBuilder("WITH t0 AS (SELECT kdys, sl FROM zy_bqyz)");
    for (int i = 1; i < 40; i++) {
      sb.append(", t").append(i).append(" AS (SELECT a.kdys, a.sl FROM t").append(i - 1)
          .append(" a JOIN t").append(i - 1).append(" b ON a.kdys = b.kdys)");
    }
    sb.append(" SELECT kdys, SUM(sl) FROM t39 GROUP BY kdys");
    assertThat(cls(sb.toString())).isIn(QueryClass.UNRESOLVED, QueryClass.PRESCRIBER_STATS);
  }

  @Test
  void garbage() {
    assertThat(cls("\u0000\u0001' \" ` [ /* -- ;;;; zy_bqyz")).isEqualTo(QueryClass.UNRESOLVED);
    assertThat(cls("'''''''''''''''")).isEqualTo(QueryClass.NONE);
    assertThat(Tf.classify("", Dialect.ORACLE).cls).isEqualTo(QueryClass.NONE);
  }
}
