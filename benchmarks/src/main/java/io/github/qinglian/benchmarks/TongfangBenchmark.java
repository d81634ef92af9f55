package io.github.qinglian.benchmarks;

import com.alibaba.druid.DbType;
import com.alibaba.druid.sql.SQLUtils;
import com.alibaba.druid.wall.WallProvider;
import com.alibaba.druid.wall.spi.SQLServerWallProvider;
import io.github.qinglian.QueryChecker;
import io.github.qinglian.Qinglian;
import io.github.qinglian.Verdict;
import io.github.qinglian.checkers.tongfang.ClassifierProbe;
import io.github.qinglian.json.QueryJson;
import io.github.qinglian.model.Dialect;
import io.github.qinglian.model.Institution;
import io.github.qinglian.model.InstitutionLevel;
import io.github.qinglian.model.QueryClass;
import io.github.qinglian.model.QueryRequest;
import io.github.qinglian.model.Requester;
import io.github.qinglian.reference.ReferenceData;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The 统方 guard on the pinyin sample mapping (SQL Server), side by side with its peers on the
 * same typical doctor-level tally: a cached statement's verdict (ordinary business and a blocked
 * tally); an uncached verdict and an uncached classification alone (each text new); Druid's
 * parse alone, and as the guard calls it; JSqlParser 4.9's parse alone; Druid WallFilter's
 * check. Uncached texts differ by one number so
 * that no cache (ours or WallFilter's) answers.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
@State(Scope.Thread)
public class TongfangBenchmark {
  static final String TALLY = "SELECT z.ysdm, m.ypdm, SUM(m.sl) AS zsl FROM his.dbo.mz_cfmx m"
      + " INNER JOIN his.dbo.mz_cfzb z ON z.cfh = m.cfh WHERE z.kfrq >= '2026-10-01'"
      + " AND m.xh > %d GROUP BY z.ysdm, m.ypdm ORDER BY zsl DESC";
  static final String BUSINESS = "SELECT m.ypdm, m.sl, m.je FROM mz_cfmx m WHERE m.cfh = ?";
  static final Instant AT = Instant.parse("2026-11-24T02:00:00Z");
  static final int TEXTS = 1 << 16;

  QueryChecker guard;
  QueryRequest business;
  QueryRequest blocked;
  QueryRequest[] fresh;
  String[] texts;
  WallProvider wall;
  ClassifierProbe probe;
  int i;

  @Setup
  public void setUp() {
    Path root = Paths.get(System.getProperty("qinglian.home", "."));
    ReferenceData ref = ReferenceData.newBuilder()
        .schema(QueryJson.readSchema(root.resolve("docs/samples/schemas/pinyin.json"))).build();
    probe = new ClassifierProbe(ref.schema(), Dialect.SQLSERVER);
    guard = Qinglian.newBuilder()
        .institution(Institution.of("H1", InstitutionLevel.TERTIARY))
        .reference(ref)
        .clock(Clock.fixed(AT, ZoneOffset.UTC))
        .auditSink(e -> { })
        .alertSink(a -> { })
        .build()
        .queries();
    Requester who = Requester.newBuilder().userId("u-1").roles(List.of("PHARMACY")).build();
    business = QueryRequest.newBuilder().sql(BUSINESS).requester(who).build();
    blocked = QueryRequest.newBuilder().sql(String.format(TALLY, 0)).requester(who).build();
    texts = new String[TEXTS];
    fresh = new QueryRequest[TEXTS];
    for (int k = 0; k < TEXTS; k++) {
      texts[k] = String.format(TALLY, k + 1);
      fresh[k] = QueryRequest.newBuilder().sql(texts[k]).requester(who).build();
    }
    wall = new SQLServerWallProvider();
    guard.check(business, AT);
    guard.check(blocked, AT);
  }

  private int next() {
    i = (i + 1) & (TEXTS - 1);
    return i;
  }

  /** Ordinary business, cached: the prepared verdict. */
  @Benchmark
  public Verdict cachedNone() {
    return guard.check(business, AT);
  }

  /** A doctor-level tally, cached classification, blocked (findings built each time). */
  @Benchmark
  public Verdict cachedBlocked() {
    return guard.check(blocked, AT);
  }

  /** A doctor-level tally never seen before: parse, analysis, decision. */
  @Benchmark
  public Verdict uncachedGuard() {
    return guard.check(fresh[next()], AT);
  }

  /**
   * The classification alone of a tally never seen before (text scan, parse, analysis, cache
   * insertion), without the decision, its findings and audit event.
   */
  @Benchmark
  public QueryClass uncachedClassification() {
    return probe.classify(texts[next()]);
  }

  /** Druid's parse as the guard calls it (without the statement-list parser's split). */
  @Benchmark
  public int druidParseAsGuard() {
    return probe.parse(texts[next()]);
  }

  /** Druid's parse alone of the same texts. */
  @Benchmark
  public Object druidParse() {
    return SQLUtils.parseStatements(texts[next()], DbType.sqlserver);
  }

  /** JSqlParser 4.9's parse alone of the same texts (no executor: the parser directly). */
  @Benchmark
  public Object jsqlParserParse() throws Exception {
    return CCJSqlParserUtil.newParser(texts[next()]).Statements();
  }

  /** Druid WallFilter's check of the same texts (SQL Server provider, default configuration). */
  @Benchmark
  public Object wallFilterCheck() {
    return wall.check(texts[next()]);
  }
}
