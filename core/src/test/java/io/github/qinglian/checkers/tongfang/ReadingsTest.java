package io.github.qinglian.checkers.tongfang;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qinglian.model.Dialect;
import io.github.qinglian.model.QueryClass;
import org.junit.jupiter.api.Test;

/** The readings of {@code tongfang.md} that settle the edge cases, pinned. */
class ReadingsTest {
  static QueryClass cls(String sql) {
    return Tf.classify(sql, Dialect.SQLSERVER).cls;
  }

  static final String DETAIL = "SELECT m.ypdm, m.sl, m.je FROM mz_cfmx m JOIN mz_cfzb z"
      + " ON z.cfh = m.cfh WHERE ";

  @Test
  void narrowingExamplesVerbatim() {
    // brid IN (SELECT brid FROM gy_brxx WHERE sfzh = ?) narrows
    assertThat(cls(DETAIL + "z.brid IN (SELECT brid FROM gy_brxx WHERE sfzh = ?)"))
        .isEqualTo(QueryClass.NONE);
    // brid IN (SELECT brid FROM mz_cfzb WHERE ysdm = 'D001') does not
    assertThat(cls(DETAIL + "z.brid IN (SELECT brid FROM mz_cfzb WHERE ysdm = 'D001')"))
        .isEqualTo(QueryClass.PRESCRIBER_STATS);
  }

  @Test
  void aNarrowedStatementIsNoneEvenFilteredToOnePrescriber() {
    assertThat(cls("SELECT z.ysdm, SUM(m.je) FROM mz_cfmx m JOIN mz_cfzb z ON z.cfh = m.cfh"
        + " WHERE z.cfh = ? AND z.ysdm = 'D001' GROUP BY z.ysdm")).isEqualTo(QueryClass.NONE);
    assertThat(cls(DETAIL + "z.ghid = :visit")).isEqualTo(QueryClass.NONE);
  }

  @Test
  void aJoinConditionAndADateRangeDoNotNarrow() {
    assertThat(cls("SELECT z.ysdm, m.ypdm FROM mz_cfmx m JOIN mz_cfzb z ON z.cfh = m.cfh"
        + " AND z.brid = z.brid")).isEqualTo(QueryClass.PRESCRIBER_STATS);
    assertThat(cls("SELECT z.ysdm, SUM(m.je) FROM mz_cfmx m JOIN mz_cfzb z ON z.cfh = m.cfh"
        + " WHERE z.kfrq BETWEEN ? AND ? GROUP BY z.ysdm")).isEqualTo(QueryClass.PRESCRIBER_STATS);
  }

  @Test
  void aShortInListNarrowsALongOneDoesNot() {
    StringBuilder ten = new StringBuilder("'C0'");
    for (int i = 1; i < Analyzer.SHORT_LIST; i++) {
      ten.append(", 'C").append(i).append('\'');
    }
    String sql = "SELECT z.ysdm, SUM(m.je) FROM mz_cfmx m JOIN mz_cfzb z ON z.cfh = m.cfh"
        + " WHERE z.cfh IN (%s) GROUP BY z.ysdm";
    assertThat(cls(String.format(sql, ten))).isEqualTo(QueryClass.NONE);
    assertThat(cls(String.format(sql, ten + ", 'C99'"))).isEqualTo(QueryClass.PRESCRIBER_STATS);
  }

  @Test
  void aCountOverAHeaderTableIsWorkloadUnlessItJoinsOrFiltersADrug() {
    assertThat(cls("SELECT ysdm, COUNT(*) FROM mz_cfzb GROUP BY ysdm")).isEqualTo(QueryClass.NONE);
    assertThat(cls("SELECT z.ysdm, COUNT(*) FROM mz_cfzb z JOIN mz_cfmx m ON m.cfh = z.cfh"
        + " GROUP BY z.ysdm")).isEqualTo(QueryClass.PRESCRIBER_STATS);
    assertThat(cls("SELECT ysdm, COUNT(*) FROM mz_cfzb WHERE cfh IN (SELECT cfh FROM mz_cfmx"
        + " WHERE ypdm = 'Y1') GROUP BY ysdm")).isEqualTo(QueryClass.PRESCRIBER_STATS);
  }

  @Test
  void aggregatesOverTimeOrOtherAreNotMeasures() {
    assertThat(cls("SELECT ysdm, MAX(kfrq) FROM mz_cfzb GROUP BY ysdm")).isEqualTo(QueryClass.NONE);
    assertThat(cls("SELECT z.ysdm, MAX(m.yfdm) FROM mz_cfzb z JOIN mz_cfmx m ON m.cfh = z.cfh"
        + " WHERE z.cfh = ? GROUP BY z.ysdm")).isEqualTo(QueryClass.NONE);
  }

  @Test
  void bulkListings() {
    assertThat(cls("SELECT DISTINCT z.ysdm FROM mz_cfzb z JOIN mz_cfmx m ON m.cfh = z.cfh"
        + " WHERE m.ypdm = 'Y1'")).isEqualTo(QueryClass.PRESCRIBER_STATS);
    assertThat(cls("SELECT m.ypdm, m.sl FROM mz_cfmx m JOIN mz_cfzb z ON z.cfh = m.cfh"
        + " WHERE z.ysdm = 'D001'")).isEqualTo(QueryClass.PRESCRIBER_STATS);
    assertThat(cls("SELECT z.ksdm, m.ypdm, m.je FROM mz_cfmx m JOIN mz_cfzb z ON z.cfh = m.cfh"))
        .isEqualTo(QueryClass.DEPARTMENT_STATS);
    assertThat(cls("SELECT z.ksdm, m.ypdm FROM mz_cfmx m JOIN mz_cfzb z ON z.cfh = m.cfh"))
        .isEqualTo(QueryClass.NONE);
    assertThat(cls("SELECT ypdm, sl, je FROM mz_cfmx")).isEqualTo(QueryClass.NONE);
  }

  @Test
  void drugTotalsAndPerPatientTotals() {
    assertThat(cls("SELECT SUM(je) FROM mz_cfmx")).isEqualTo(QueryClass.DRUG_TOTALS);
    assertThat(cls("SELECT yfdm, SUM(je) FROM mz_cfmx WHERE yfdm <> 'X' GROUP BY yfdm"))
        .isEqualTo(QueryClass.DRUG_TOTALS);
    assertThat(cls("SELECT z.brid, SUM(m.je) FROM mz_cfmx m JOIN mz_cfzb z ON z.cfh = m.cfh"
        + " GROUP BY z.brid")).isEqualTo(QueryClass.NONE);
  }

  @Test
  void materialisingATallyTakesTheClassOfItsQuery() {
    String tally = "SELECT kdys, SUM(sl) s FROM zy_bqyz GROUP BY kdys";
    assertThat(cls("INSERT INTO t (a, b) " + tally)).isEqualTo(QueryClass.PRESCRIBER_STATS);
    assertThat(cls("SELECT kdys, SUM(sl) s INTO #t FROM zy_bqyz GROUP BY kdys"))
        .isEqualTo(QueryClass.PRESCRIBER_STATS);
    assertThat(cls("CREATE VIEW v AS " + tally)).isEqualTo(QueryClass.PRESCRIBER_STATS);
    assertThat(Tf.classify("CREATE TABLE t AS " + tally, Dialect.MYSQL).cls)
        .isEqualTo(QueryClass.PRESCRIBER_STATS);
  }

  @Test
  void dynamicSql() {
    assertThat(cls("EXEC('SELECT kdys, SUM(sl) FROM zy_bqyz GROUP BY kdys')"))
        .isEqualTo(QueryClass.PRESCRIBER_STATS);
    assertThat(cls("EXEC('SELECT kdys, SUM(sl) FROM zy_bqyz WHERE ' + @w)"))
        .isEqualTo(QueryClass.UNRESOLVED);
    assertThat(cls("EXEC('SELECT 1 FROM other WHERE ' + @w)")).isEqualTo(QueryClass.NONE);
  }

  @Test
  void unresolvedOnlyWhenAMappedNameOccurs() {
    assertThat(cls("SELECT ysdm, SUM(je FROM mz_cfmx")).isEqualTo(QueryClass.UNRESOLVED);
    assertThat(cls("SELECT ysdm, SUM(je FROM other_table")).isEqualTo(QueryClass.NONE);
  }

  @Test
  void hintsThatChangeNothingAreStrippedNotUnresolved() {
    assertThat(cls("SELECT kdys, SUM(sl) FROM zy_bqyz WITH (NOLOCK) GROUP BY kdys"
        + " OPTION (RECOMPILE)")).isEqualTo(QueryClass.PRESCRIBER_STATS);
    // regression: a comment inside the hint once defeated the stripping (found by a property)
    assertThat(cls("SELECT kdys, SUM(sl) FROM zy_bqyz /* x */ WITH /* x */ (NOLOCK) GROUP BY kdys"
        + " OPTION /* x */ (RECOMPILE)")).isEqualTo(QueryClass.PRESCRIBER_STATS);
    assertThat(cls("SELECT ypdm, sl FROM zy_bqyz WITH (NOLOCK, INDEX(ix_zyh)) WHERE zyh = @z"
        + " OPTION (MAXDOP 1)")).isEqualTo(QueryClass.NONE);
    assertThat(Tf.classify("SELECT /*+ INDEX(o ix_doc) */ doctor, SUM(dosage) FROM orders o"
        + " GROUP BY doctor", Dialect.ORACLE).cls).isEqualTo(QueryClass.PRESCRIBER_STATS);
  }

  @Test
  void severalStatementsTakeTheFirstOfTheOrder() {
    String none = "SELECT ypdm FROM mz_cfmx WHERE cfh = 1";
    String totals = "SELECT SUM(je) FROM mz_cfmx";
    String dept = "SELECT ksdm, SUM(je) FROM zy_bqyz GROUP BY ksdm";
    String doctor = "SELECT kdys, SUM(je) FROM zy_bqyz GROUP BY kdys";
    String broken = "SELECT kdys, SUM(je FROM zy_bqyz";
    Classification c = Tf.classify(String.join("; ", none, totals, dept, doctor),
        Dialect.SQLSERVER);
    assertThat(c.cls).isEqualTo(QueryClass.PRESCRIBER_STATS);
    assertThat(c.statements).containsExactly(QueryClass.NONE, QueryClass.DRUG_TOTALS,
        QueryClass.DEPARTMENT_STATS, QueryClass.PRESCRIBER_STATS);
    assertThat(cls(String.join("; ", none, totals, dept))).isEqualTo(QueryClass.DEPARTMENT_STATS);
    assertThat(cls(String.join("; ", none, totals))).isEqualTo(QueryClass.DRUG_TOTALS);
    assertThat(cls(String.join("; ", none, none))).isEqualTo(QueryClass.NONE);
    assertThat(cls(String.join("; ", doctor, broken))).isEqualTo(QueryClass.UNRESOLVED);
  }

  @Test
  void aNameSharedByTwoMappedTablesIsDecidedByItsQualifier() {
    assertThat(cls("SELECT ysdm, SUM(je) FROM otherdb.dbo.mz_cfmx GROUP BY ysdm"))
        .isEqualTo(QueryClass.DRUG_TOTALS); // the detail table has no prescriber
  }
}
