package io.github.qinglian.checkers.tongfang;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qinglian.Decision;
import io.github.qinglian.Snapshot;
import io.github.qinglian.Verdict;
import io.github.qinglian.model.Dialect;
import io.github.qinglian.model.QueryRequest;
import io.github.qinglian.policy.Policy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The guard never throws, and its class does not depend on names, spacing or comments. */
class TongfangProperties {
  static final Instant AT = Instant.parse("2026-11-24T02:00:00Z");
  static final List<String[]> CORPUS = CorpusTest.lines();

  static final Snapshot SNAPSHOT = Tf.snapshot();
  static final TongfangRules GUARD = new TongfangRules(() -> SNAPSHOT,
      Clock.fixed(AT, ZoneOffset.UTC), e -> { }, a -> { });

  @Property(tries = 300)
  void neverThrowsOnArbitraryStrings(@ForAll("sqlish") String sql) {
    Verdict v = GUARD.check(QueryRequest.newBuilder().sql(sql)
        .requester(Tf.user("u-1", "PHARMACY")).build(), AT);
    assertThat(v.classification()).isNotNull();
    assertThat(v.ruleIds()).doesNotContain("ENGINE.ERROR");
  }

  @Property(tries = 200)
  void aliasRenamingDoesNotChangeTheClass(@ForAll("aliases") String a, @ForAll("aliases") String b) {
    String sql = "SELECT %1$s.ysdm, SUM(%2$s.je) FROM mz_cfmx %2$s JOIN mz_cfzb %1$s ON %1$s.cfh"
        + " = %2$s.cfh WHERE %1$s.kfrq > ? GROUP BY %1$s.ysdm";
    if (a.equalsIgnoreCase(b)) {
      return;
    }
    assertThat(Tf.classify(String.format(sql, a, b), Dialect.SQLSERVER).cls)
        .isEqualTo(Tf.classify(String.format(sql, "z", "m"), Dialect.SQLSERVER).cls);
  }

  @Property(tries = 200)
  void whitespaceAndCommentsDoNotChangeTheClass(@ForAll("corpusIndex") int i,
      @ForAll("gaps") String gap) {
    String[] line = CORPUS.get(i);
    Dialect d = CorpusTest.dialect(line[0]);
    String respaced = respace(line[2], gap);
    assertThat(Tf.classify(respaced, d).cls).as(respaced)
        .isEqualTo(Tf.classify(line[2], d).cls);
  }

  @Property(tries = 300)
  void aCachedAnswerEqualsAFreshAnalysis(@ForAll("corpusIndex") int i, @ForAll("gaps") String gap) {
    String[] line = CORPUS.get(i);
    Dialect d = CorpusTest.dialect(line[0]);
    Classifier shared = SHARED;
    Classification first = shared.classify(line[2], d);
    Classification variant = shared.classify(respace(line[2], gap), d);
    Classification fresh = new Classifier(new SchemaIndex(Tf.ALL), "p").analyse(line[2], d);
    assertThat(first.sameAs(fresh)).as("%s vs %s", first, fresh).isTrue();
    assertThat(variant.cls).isEqualTo(fresh.cls);
    // met at least twice now (once respaced): cached, and answered from the cache
    Classification cached = shared.classify(line[2], d);
    assertThat(cached.sameAs(fresh)).isTrue();
    assertThat(shared.classify(line[2], d)).isSameAs(cached);
  }

  static final Classifier SHARED = new Classifier(new SchemaIndex(Tf.ALL), "p");

  /** Replaces each single space outside literals by {@code gap}. */
  static String respace(String sql, String gap) {
    StringBuilder out = new StringBuilder();
    SqlTextOracle.lex(sql, new SqlTextOracle.Sink() {
      @Override
      public void code(String s, int start, int end) {
        for (int k = start; k < end; k++) {
          char c = s.charAt(k);
          out.append(c == ' ' ? gap : String.valueOf(c));
        }
      }

      @Override
      public void string(String s, int start, int end) {
        out.append(s, start, end);
      }

      @Override
      public void quoted(String s, int start, int end) {
        out.append(s, start, end);
      }

      @Override
      public void comment(String s, int start, int end) {
        out.append(s, start, end);
      }
    });
    return out.toString();
  }

  @Provide
  Arbitrary<Integer> corpusIndex() {
    return Arbitraries.integers().between(0, CORPUS.size() - 1);
  }

  @Provide
  Arbitrary<String> gaps() {
    return Arbitraries.of(" ", "  ", "\n", "\t ", " /* x */ ", " /* 统方 */\n", "\r\n  ");
  }

  @Provide
  Arbitrary<String> aliases() {
    return Combinators.combine(Arbitraries.of("t", "x", "a1", "doc", "明细", "Q", "tbl_"),
        Arbitraries.integers().between(0, 99)).as((p, n) -> p + n);
  }

  @Provide
  Arbitrary<String> sqlish() {
    Arbitrary<String> tokens = Arbitraries.of("SELECT", "FROM", "WHERE", "GROUP BY", "(", ")",
        ",", "'", "\"", "[", "]", "`", "--", "/*", "*/", ";", "mz_cfmx", "ysdm", "SUM(", "*",
        "JOIN", "ON", "=", "?", "UNION", "WITH", "AS", "EXEC", "PIVOT", "OVER(", "CASE", "END",
        "1", "@x", "::", "(+)", "zy_bqyz", "kdys", "IN", "EXISTS");
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(200),
        tokens.list().ofMaxSize(40).map(l -> String.join(" ", l)));
  }

  @Property(tries = 50)
  void decisionIsTheMostSevereFinding(@ForAll("corpusIndex") int i) {
    String[] line = CORPUS.get(i);
    Verdict v = GUARD.check(QueryRequest.newBuilder().sql(line[2])
        .requester(Tf.user("u-2", "REGISTRATION")).build(), AT);
    Decision max = Decision.ALLOW;
    for (var f : v.findings()) {
      max = max.max(f.severity());
    }
    assertThat(v.decision()).isEqualTo(max);
    assertThat(Policy.defaults()).isNotNull();
  }
}
