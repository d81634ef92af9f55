package io.github.qinglian.checkers.tongfang;

import static org.assertj.core.api.Assertions.assertThat;

import com.alibaba.druid.wall.WallCheckResult;
import com.alibaba.druid.wall.WallProvider;
import com.alibaba.druid.wall.spi.MySqlWallProvider;
import com.alibaba.druid.wall.spi.OracleWallProvider;
import com.alibaba.druid.wall.spi.PGWallProvider;
import com.alibaba.druid.wall.spi.SQLServerWallProvider;
import io.github.qinglian.model.Dialect;
import io.github.qinglian.model.QueryClass;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs the corpus through Druid's WallFilter (its default configuration per dialect) beside the
 * guard and prints what each stops, per expected class: the figures in {@code docs/tongfang.md}.
 * WallFilter guards against SQL injection; it does not know 统方.
 */
class WallFilterComparisonTest {
  static WallProvider provider(Dialect d) {
    if (d == null) {
      return new MySqlWallProvider();
    }
    switch (d) {
      case ORACLE:
      case DM:
        return new OracleWallProvider();
      case POSTGRESQL:
      case KINGBASE:
        return new PGWallProvider();
      case SQLSERVER:
        return new SQLServerWallProvider();
      default:
        return new MySqlWallProvider();
    }
  }

  @Test
  void wallFilterDoesNotKnowTongfang() {
    Map<QueryClass, int[]> n = new EnumMap<>(QueryClass.class); // [lines, wall stops, guard stops]
    for (String[] line : CorpusTest.lines()) {
      QueryClass want = QueryClass.valueOf(line[1]);
      Dialect d = CorpusTest.dialect(line[0]);
      boolean wallStops;
      try {
        WallCheckResult r = provider(d).check(line[2]);
        wallStops = !r.getViolations().isEmpty();
      } catch (RuntimeException e) {
        wallStops = true;
      }
      QueryClass got = Tf.classify(line[2], d).cls;
      boolean guardStops = got == QueryClass.PRESCRIBER_STATS || got == QueryClass.UNRESOLVED;
      int[] c = n.computeIfAbsent(want, k -> new int[3]);
      c[0]++;
      c[1] += wallStops ? 1 : 0;
      c[2] += guardStops ? 1 : 0;
    }
    StringBuilder sb = new StringBuilder("\nclass, statements, WallFilter rejects, guard blocks"
        + " without approval\n");
    for (Map.Entry<QueryClass, int[]> e : n.entrySet()) {
      sb.append(String.format("  %-17s %4d %4d %4d%n", e.getKey(), e.getValue()[0],
          e.getValue()[1], e.getValue()[2]));
    }
    System.out.println(sb);
    int[] doctor = n.get(QueryClass.PRESCRIBER_STATS);
    assertThat(doctor[2]).isEqualTo(doctor[0]);
    assertThat(doctor[1]).as("WallFilter lets most doctor tallies through")
        .isLessThan(doctor[0] / 2);
    assertThat(List.of(n.get(QueryClass.NONE)[2])).containsExactly(0);
  }
}
