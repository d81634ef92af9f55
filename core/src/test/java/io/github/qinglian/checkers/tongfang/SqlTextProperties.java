package io.github.qinglian.checkers.tongfang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link SqlText#scan} reads in one pass what three separate passes of a plain lexer read:
 * normalized text, depth and statement count agree on any text.
 */
class SqlTextProperties {

  @Property(tries = 2000)
  void oneScanAgreesWithSeparatePasses(@ForAll("texts") String s) {
    SqlText.Scan scan = SqlText.scan(s);
    assertThat(scan.normalized).as("normalized").isEqualTo(SqlTextOracle.normalize(s));
    assertThat(scan.depth).as("depth")
        .isEqualTo(SqlTextOracle.depth(s, SqlText.MAX_DEPTH));
    assertThat(scan.pieces).as("pieces").isEqualTo(SqlTextOracle.pieces(s));
  }

  @Property(tries = 2000)
  void theNameFilterNeverHidesAMappedName(@ForAll("named") String s) {
    assertThat(SqlText.namesMapped(s, SCHEMA)).isEqualTo(SqlTextOracle.namesMapped(s, SCHEMA));
  }

  @Example
  void mappedNamesAreFoundInAnyCaseAndBehindPrefixes() {
    assertThat(SqlText.namesMapped("select 1 from MZ_CFMX", SCHEMA)).isTrue();
    assertThat(SqlText.namesMapped("exec('select * from #mz_cfmx')", SCHEMA)).isTrue();
    assertThat(SqlText.namesMapped("select 1 from mz_cfmx2", SCHEMA)).isFalse();
    assertThat(SqlText.namesMapped("select 1 from dual", SCHEMA)).isFalse();
  }

  static final SchemaIndex SCHEMA = new SchemaIndex(Tf.ALL);

  @Property(tries = 300)
  void normalizedTextIsTheSameStringWhenNothingChanges(@ForAll("texts") String s) {
    String once = SqlText.scan(s).normalized;
    assertThat(SqlText.scan(once).normalized).isSameAs(once);
  }

  @Example
  void longAndDeepTextsAgreeToo() {
    StringBuilder deep = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      deep.append("( 'x' /* c */ ");
    }
    StringBuilder wide = new StringBuilder("SELECT ");
    while (wide.length() < 12 * 1024) {
      wide.append("\"col\" , N'v' , 12.5e3 ,\n");
    }
    for (String s : new String[] {deep.toString(), wide.toString(), wide + " ; " + deep}) {
      SqlText.Scan scan = SqlText.scan(s);
      assertThat(scan.normalized).isEqualTo(SqlTextOracle.normalize(s));
      assertThat(scan.depth).isEqualTo(SqlTextOracle.depth(s, SqlText.MAX_DEPTH));
      assertThat(scan.pieces).isEqualTo(SqlTextOracle.pieces(s));
    }
    assertThat(SqlText.scan(deep.toString()).depth).isEqualTo(SqlText.MAX_DEPTH + 1);
  }

  @Example
  void aTsqlPivotIsWrittenTheWayTheOracleParserReadsIt() {
    assertThat(SqlText.tsqlPivotAsOracle(
        "SELECT * FROM (SELECT a FROM t) AS s PIVOT (SUM(x) FOR y IN ([D1], [D 2])) AS p"))
        .isEqualTo("SELECT * FROM (SELECT a FROM t) PIVOT (SUM(x) FOR y IN (\"D1\", \"D 2\")) p");
    assertThat(SqlText.tsqlPivotAsOracle("SELECT * FROM dbo.t m PIVOT (SUM(x) FOR y IN ([a])) p"))
        .isEqualTo("SELECT * FROM dbo.t PIVOT (SUM(x) FOR y IN (\"a\")) p");
    assertThat(SqlText.tsqlPivotAsOracle("SELECT * FROM dbo.t PIVOT (SUM(x) FOR y IN ([a])) p"))
        .isEqualTo("SELECT * FROM dbo.t PIVOT (SUM(x) FOR y IN (\"a\")) p");
    assertThat(SqlText.tsqlPivotAsOracle("SELECT * FROM t PIVOT (SUM(x) FOR y IN ([a])) p"))
        .isEqualTo("SELECT * FROM t PIVOT (SUM(x) FOR y IN (\"a\")) p");
    assertThat(SqlText.tsqlPivotAsOracle("SELECT 'PIVOT (' FROM t")).isNull();
    assertThat(SqlText.tsqlPivotAsOracle("SELECT * FROM t UNPIVOT (x FOR y IN ([a])) p")).isNull();
    assertThat(SqlText.tsqlPivotAsOracle("SELECT * FROM t s PIVOT (SUM(x) FOR y IN ([a]) p"))
        .isNull();
  }

  /**
   * The parse as the guard calls it (a leading semicolon before a SELECT, so that Druid does not
   * split the text at white space) gives what Druid's own {@code parseStatements} gives: the
   * same statements, or a failure on both sides.
   */
  @Property(tries = 500)
  void theGuardsParseAgreesWithDruids(@ForAll("statements") String sql,
      @ForAll("dbTypes") com.alibaba.druid.DbType db) {
    java.util.List<com.alibaba.druid.sql.ast.SQLStatement> druid;
    try {
      druid = com.alibaba.druid.sql.SQLUtils.parseStatements(sql, db);
    } catch (RuntimeException | StackOverflowError e) {
      druid = null;
    }
    java.util.List<com.alibaba.druid.sql.ast.SQLStatement> guard = Classifier.parse(sql, db);
    if (druid == null) {
      assertThat(guard).isNull();
    } else {
      assertThat(guard).isNotNull();
      assertThat(render(guard, db)).isEqualTo(render(druid, db));
    }
  }

  /** The statements as Druid writes them in {@code db}, or their classes where it cannot. */
  private static String render(java.util.List<com.alibaba.druid.sql.ast.SQLStatement> list,
      com.alibaba.druid.DbType db) {
    StringBuilder sb = new StringBuilder();
    for (com.alibaba.druid.sql.ast.SQLStatement st : list) {
      try {
        sb.append(com.alibaba.druid.sql.SQLUtils.toSQLString(st, db));
      } catch (RuntimeException e) {
        sb.append(st.getClass().getName());
      }
      sb.append(";\n");
    }
    return sb.toString();
  }

  @Provide
  Arbitrary<String> statements() {
    List<String> corpus = new ArrayList<>();
    for (String[] line : CorpusTest.lines()) {
      corpus.add(line[2]);
    }
    Arbitrary<String> tokens = Arbitraries.of("SELECT", "select", " ", "\n", "*", "a", "t", "FROM",
        "WHERE", "x", "=", "1", ";", "(", ")", ",", "'s'", "GROUP BY", "@@session.tx_read_only",
        "UNION", "/* c */", "-- c\n", "WITH", "AS", "select @@session.tx_read_only");
    Arbitrary<String> probes = Arbitraries.of("select @@session.tx_read_only",
        "SELECT  @@SESSION.TX_READ_ONLY\n", " select @@session.tx_read_only",
        "select @@session.tx_read_only;", "select\t@@session.tx_read_only, 1");
    return Arbitraries.oneOf(Arbitraries.of(corpus), probes,
        tokens.list().ofMaxSize(16).map(l -> String.join(" ", l)));
  }

  @Provide
  Arbitrary<com.alibaba.druid.DbType> dbTypes() {
    return Arbitraries.of(com.alibaba.druid.DbType.mysql, com.alibaba.druid.DbType.oracle,
        com.alibaba.druid.DbType.postgresql, com.alibaba.druid.DbType.sqlserver);
  }

  @Property(tries = 1000)
  void thePivotRewriteNeverThrowsAndKeepsNoBracket(@ForAll("pivots") String sql) {
    String oracle = SqlText.tsqlPivotAsOracle(sql);
    if (oracle != null) {
      assertThat(oracle).containsIgnoringCase("PIVOT");
      assertThat(SqlText.scan(oracle).pieces).isLessThanOrEqualTo(SqlText.scan(sql).pieces);
    }
  }

  @Provide
  Arbitrary<String> pivots() {
    Arbitrary<String> tokens = Arbitraries.of("SELECT", "*", "FROM", "(", ")", "t", "s", "AS",
        "PIVOT", "UNPIVOT", "pivot", "SUM(x)", "FOR", "y", "IN", "[a]", "[b", "]", ",", "'p'",
        "\"q\"", "dbo.", ".", ";", "JOIN", "p", " ", "--", "/*");
    return tokens.list().ofMaxSize(24).map(l -> String.join(" ", l));
  }

  @Example
  void whatTheParseSkipsIsOnlyALeadingSelect() {
    assertThat(Classifier.startsWithSelect("SELECT 1")).isTrue();
    assertThat(Classifier.startsWithSelect(" \n\tselect*from t")).isTrue();
    assertThat(Classifier.startsWithSelect("select")).isTrue();
    assertThat(Classifier.startsWithSelect("selected FROM t")).isFalse();
    assertThat(Classifier.startsWithSelect("/* c */ SELECT 1")).isFalse();
    assertThat(Classifier.startsWithSelect("(SELECT 1)")).isFalse();
    assertThat(Classifier.startsWithSelect("WITH a AS (SELECT 1) SELECT * FROM a")).isFalse();
    // the MySQL driver probe Druid's split exists for is left to Druid
    assertThat(Classifier.driverProbe("select @@session.tx_read_only")).isTrue();
    assertThat(Classifier.driverProbe("SELECT\t@@SESSION.tx_read_only \n")).isTrue();
    assertThat(Classifier.driverProbe(" select @@session.tx_read_only")).isFalse();
    assertThat(Classifier.driverProbe("select @@session.tx_read_only, 1")).isFalse();
    assertThat(Classifier.driverProbe("select@@session.tx_read_only")).isFalse();
  }

  @Example
  void theAsciiShortcutsAnswerAsCharacterDoesForEveryChar() {
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      if (SqlText.isSpace(c) != Character.isWhitespace(c)
          || SqlText.isIdent(c) != (Character.isLetterOrDigit(c) || "_$#@".indexOf(c) >= 0)) {
        wrong.add(Integer.toHexString(i));
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Provide
  Arbitrary<String> named() {
    List<String> names = new ArrayList<>(SCHEMA.names());
    Arbitrary<String> name = Arbitraries.of(names).flatMap(n -> Arbitraries.of(n,
        n.toUpperCase(Locale.ROOT), "#" + n, "@@" + n, n + "_x", "x" + n, n.substring(1),
        n.replace('i', '\u0130')));
    Arbitrary<String> other = Arbitraries.of(" ", ".", "SELECT", "from", "'", "[", "]", "(",
        "dbo", "\u0130", "\u00df", "统方", "#", "@", "x", "1");
    return Arbitraries.oneOf(name, other, other).list().ofMaxSize(12)
        .map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> pieces = Arbitraries.of("SELECT", " ", "  ", "\n", "\t", "\r\n", "\u3000",
        "'", "''", "\\", "\"", "`", "[", "]", "a[", "--", "/*", "*/", "/*+", "/*!", "-", "/",
        "(", ")", ";", ";;", "N'", "E'", "x", "1", "12.5", "1e3", "a1", "#t", "@v", "?", "统方",
        "ysdm", ",", ".", "\u0000", "\u00a0", "\u000b", "\u001c", "\u001f", "\u0085", "\u2028",
        "\u00df", "\u0663", "\u00aa", "\u007f");
    return Arbitraries.oneOf(
        pieces.list().ofMaxSize(60).map(l -> String.join("", l)),
        Arbitraries.strings().ofMaxLength(120));
  }
}
