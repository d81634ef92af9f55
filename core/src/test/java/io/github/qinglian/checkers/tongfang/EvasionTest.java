package io.github.qinglian.checkers.tongfang;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qinglian.model.Dialect;
import io.github.qinglian.model.QueryClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One prescriber tally, disguised: none of the disguises may change its class. */
class EvasionTest {
  @ParameterizedTest
  @ValueSource(strings = {
    "SELECT z.ysdm, SUM(m.sl) FROM mz_cfmx m JOIN mz_cfzb z ON z.cfh = m.cfh GROUP BY z.ysdm",
    "/* 药房月报 */ SELECT z.ysdm, -- 医生\n SUM(m.sl) FROM mz_cfmx m JOIN mz_cfzb z ON z.cfh = m.cfh GROUP BY z.ysdm",
    "select Z.YsDm, Sum(M.Sl) from MZ_CFMX M join Mz_CfZb Z on Z.CFH = M.CFH group by Z.YSDM",
    "SELECT [Z].[ysdm], SUM([M].[sl]) FROM [his].[dbo].[mz_cfmx] AS [M] JOIN [dbo].[mz_cfzb] AS [Z] ON [Z].[cfh] = [M].[cfh] GROUP BY [Z].[ysdm]",
    "SELECT \"z\".\"ysdm\", SUM(\"m\".\"sl\") FROM \"mz_cfmx\" \"m\" JOIN \"mz_cfzb\" \"z\" ON \"z\".\"cfh\" = \"m\".\"cfh\" GROUP BY \"z\".\"ysdm\"",
    "SELECT q.ysdm AS x, SUM(p.b) FROM mz_cfmx AS p_ JOIN mz_cfzb q ON q.cfh = p_.cfh CROSS APPLY (SELECT p_.sl AS b) p GROUP BY q.ysdm",
    "SELECT RTRIM(LTRIM(UPPER(z.ysdm))) d, SUM(COALESCE(m.sl, 0) * 1) FROM mz_cfmx m JOIN mz_cfzb z ON z.cfh = m.cfh GROUP BY RTRIM(LTRIM(UPPER(z.ysdm)))",
    "SELECT CASE WHEN z.ysdm IS NULL THEN '?' ELSE z.ysdm END d, SUM(m.sl) FROM mz_cfmx m JOIN mz_cfzb z ON z.cfh = m.cfh GROUP BY CASE WHEN z.ysdm IS NULL THEN '?' ELSE z.ysdm END",
    "SELECT d, SUM(q) FROM (SELECT (SELECT z.ysdm FROM mz_cfzb z WHERE z.cfh = m.cfh) d, m.sl q FROM mz_cfmx m) t GROUP BY d",
    "WITH a AS (SELECT * FROM mz_cfzb), b AS (SELECT * FROM mz_cfmx) SELECT a.ysdm, SUM(b.sl) FROM a JOIN b ON a.cfh = b.cfh GROUP BY a.ysdm",
    "SELECT d, SUM(q) FROM (SELECT z.ysdm d, m.sl q FROM mz_cfmx m JOIN mz_cfzb z ON z.cfh = m.cfh UNION ALL SELECT kdys, sl FROM zy_bqyz) u GROUP BY d",
    "SELECT m.ypdm, SUM(CASE WHEN z.ysdm = 'D001' THEN m.sl END) d1, SUM(CASE WHEN z.ysdm = 'D002' THEN m.sl END) d2 FROM mz_cfmx m JOIN mz_cfzb z ON z.cfh = m.cfh GROUP BY m.ypdm",
    "SELECT DISTINCT z.ysdm, SUM(m.sl) OVER (PARTITION BY z.ysdm) FROM mz_cfmx m JOIN mz_cfzb z ON z.cfh = m.cfh",
    "SELECT x.ysdm, x.s FROM (SELECT z.ysdm, SUM(m.sl) s FROM mz_cfmx m JOIN mz_cfzb z ON z.cfh = m.cfh GROUP BY z.ysdm) x WHERE x.s > 0",
    "SELECT d.ysdm, (SELECT SUM(m.sl) FROM mz_cfmx m JOIN mz_cfzb y ON y.cfh = m.cfh WHERE y.ysdm = d.ysdm) FROM gy_ysxx d",
    "SELECT SUM(m.sl) FROM mz_cfmx m WHERE EXISTS (SELECT 1 FROM mz_cfzb z WHERE z.cfh = m.cfh AND z.ysdm = CHAR(68) + '001')",
  })
  void prescriberTallyStaysPrescriberStats(String sql) {
    Classification c = Tf.classify(sql, Dialect.SQLSERVER);
    assertThat(c.cls).as("%s", c).isEqualTo(QueryClass.PRESCRIBER_STATS);
  }
}
