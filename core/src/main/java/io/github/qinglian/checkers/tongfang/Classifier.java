package io.github.qinglian.checkers.tongfang;

import com.alibaba.druid.DbType;
import com.alibaba.druid.sql.ast.SQLStatement;
import com.alibaba.druid.sql.parser.SQLParserUtils;
import com.alibaba.druid.sql.parser.SQLStatementParser;
import com.alibaba.druid.sql.parser.Token;
import com.google.common.collect.ImmutableList;
import io.github.qinglian.Verdict;
import io.github.qinglian.model.Dialect;
import io.github.qinglian.model.QueryClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Classifies SQL text against one schema mapping, once per distinct text: parse with Druid in the
 * dialect given (or, with none, in the dialects the text suggests, keeping the first parse that
 * does not split the text into more statements than it has), analyse each statement, cache the
 * outcome by the text and by its normalized form from the text's second sighting on. Bounded:
 * texts over {@link SqlText#MAX_LENGTH} characters or nested deeper than
 * {@link SqlText#MAX_DEPTH} are not parsed (UNRESOLVED when they name a mapped table, else
 * NONE); no thread is started. Thread-safe.
 */
final class Classifier {
  static final int CACHE_ENTRIES = 8192;
  static final long CACHE_CHARS = 8L * 1024 * 1024;
  /** Texts longer than this are classified every time rather than cached. */
  static final int MAX_CACHED_LENGTH = 32 * 1024;

  private static final Dialect[] DEFAULT_ORDER = {
    Dialect.ORACLE, Dialect.SQLSERVER, Dialect.MYSQL, Dialect.POSTGRESQL
  };

  private final SchemaIndex schema;
  private final String policyVersion;
  /** The verdict every single NONE statement shares. */
  private final Verdict singleNone;
  @SuppressWarnings("unchecked")
  private final BoundedCache<Classification>[] caches = new BoundedCache[Dialect.values().length + 1];

  Classifier(SchemaIndex schema, String policyVersion) {
    this.schema = schema;
    this.policyVersion = policyVersion;
    this.singleNone = Classification.noneVerdict(ImmutableList.of(QueryClass.NONE.name()),
        policyVersion);
    for (int i = 0; i < caches.length; i++) {
      caches[i] = new BoundedCache<>(CACHE_ENTRIES, CACHE_CHARS);
    }
  }

  /** Classifies {@code sql}; {@code dialect} null uses the mapping's, else one from the text. */
  Classification classify(String sql, @Nullable Dialect dialect) {
    Dialect d = dialect != null ? dialect : schema.dialect();
    BoundedCache<Classification> cache = caches[d == null ? 0 : d.ordinal() + 1];
    Classification c = cache.get(sql);
    if (c != null) {
      return c;
    }
    SqlText.Scan scan = SqlText.scan(sql);
    if (sql.length() > MAX_CACHED_LENGTH) {
      return analyse(sql, d, scan);
    }
    String key = scan.normalized;
    if (key != sql) { // already normalized: the same string, looked up above
      c = cache.get(key);
    }
    if (c == null) {
      c = analyse(sql, d, scan);
      if (!cache.admit(key)) {
        return c; // met for the first time: cached if it comes again
      }
      cache.put(key, c);
    }
    if (key != sql) {
      cache.put(sql, c);
    }
    return c;
  }

  /** A fresh analysis, bypassing the cache. */
  Classification analyse(String sql, @Nullable Dialect dialect) {
    return analyse(sql, dialect, SqlText.scan(sql));
  }

  private Classification analyse(String sql, @Nullable Dialect dialect, SqlText.Scan scan) {
    String text = SqlText.placeholders(sql);
    if (!SqlText.namesMapped(text, schema)) {
      return of(ImmutableList.of(Analyzer.none()), sql, null, null);
    }
    if (text.length() > SqlText.MAX_LENGTH) {
      return unresolved("longer than " + SqlText.MAX_LENGTH + " characters", sql);
    }
    SqlText.Scan read = text == sql ? scan : SqlText.scan(text);
    if (read.depth > SqlText.MAX_DEPTH) {
      return unresolved("nested deeper than " + SqlText.MAX_DEPTH + " levels", sql);
    }
    Dialect[] order = dialect != null ? new Dialect[] {dialect} : guess(text);
    int pieces = dialect != null ? Integer.MAX_VALUE : read.pieces;
    for (Dialect d : order) {
      DbType db = dbType(d);
      List<SQLStatement> statements = parse(text, db);
      if (statements == null || statements.size() > pieces) {
        // comments may sit inside a hint (OPTION /* x */ (RECOMPILE)): strip on the text without them
        String stripped = SqlText.stripHints(read.normalized);
        if (!stripped.equals(text)) {
          statements = parse(stripped, db);
        }
      }
      if ((statements == null || statements.size() > pieces) && d == Dialect.SQLSERVER) {
        // Druid's SQL Server parser has no PIVOT; its Oracle parser reads the same clause
        String pivot = SqlText.tsqlPivotAsOracle(SqlText.stripHints(read.normalized));
        if (pivot != null) {
          statements = parse(pivot, DbType.oracle);
        }
      }
      if (statements != null && statements.size() <= pieces && !statements.isEmpty()) {
        return of(analyse(statements, text, db, 0), sql, null, d.name());
      }
    }
    return unresolved(dialect != null ? "does not parse as " + dialect
        : "parses in no dialect", sql);
  }

  private List<Analyzer.Result> analyse(List<SQLStatement> statements, String text, DbType db,
      int depth) {
    List<Analyzer.Result> out = new ArrayList<>(statements.size());
    for (SQLStatement st : statements) {
      Analyzer a = new Analyzer(schema, (sql, next) -> dynamic(sql, db, next), depth);
      out.add(a.classify(st, text));
    }
    return out;
  }

  private List<Analyzer.Result> dynamic(String sql, DbType db, int depth) {
    String text = SqlText.placeholders(sql);
    List<Analyzer.Result> out = new ArrayList<>(1);
    if (!SqlText.namesMapped(text, schema)) {
      out.add(Analyzer.none());
      return out;
    }
    List<SQLStatement> statements =
        SqlText.scan(text).depth > SqlText.MAX_DEPTH ? null : parse(text, db);
    if (statements == null) {
      statements = parse(SqlText.stripHints(text), db);
    }
    if (statements == null || statements.isEmpty()) {
      throw new Analyzer.Unresolvable("dynamic SQL that does not parse");
    }
    return analyse(statements, text, db, depth);
  }

  /**
   * Druid's parse of {@code text}, as {@code SQLUtils.parseStatements} does it, or {@code null}
   * when it fails. One difference in cost, none in outcome: Druid's statement-list parser splits
   * any text whose first token is SELECT at white space, to recognise one MySQL driver probe
   * ({@code select @@session.tx_read_only}), which costs about as much as the rest of the parse
   * of a typical statement; such a text is parsed after a leading semicolon instead, which the
   * parser skips as an empty statement, and the probe itself is left to Druid. (Druid's Oracle
   * parser has its own statement loop, without the split.)
   */
  static @Nullable List<SQLStatement> parse(String text, DbType db) {
    try {
      SQLStatementParser parser = SQLParserUtils.createSQLStatementParser(
          db != DbType.oracle && startsWithSelect(text) && !driverProbe(text) ? ";" + text : text,
          db);
      List<SQLStatement> statements = new ArrayList<>(1);
      parser.parseStatementList(statements, -1, null);
      return parser.getLexer().token() == Token.EOF ? statements : null;
    } catch (RuntimeException | StackOverflowError e) {
      return null;
    }
  }

  /**
   * Whether {@code text} is the probe Druid's split looks for: {@code select}, white space,
   * {@code @@session.tx_read_only}, nothing else but trailing white space (as its split at
   * {@code \\s+} sees it: no leading white space). Druid answers it as a MySQL statement.
   */
  static boolean driverProbe(String text) {
    String probe = "@@session.tx_read_only";
    int n = text.length();
    int i = 6;
    if (!text.regionMatches(true, 0, "select", 0, 6)) {
      return false;
    }
    while (i < n && regexSpace(text.charAt(i))) {
      i++;
    }
    if (i == 6 || !text.regionMatches(true, i, probe, 0, probe.length())) {
      return false;
    }
    for (i += probe.length(); i < n; i++) {
      if (!regexSpace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean regexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** Whether {@code text} starts, after white space, with the keyword SELECT. */
  static boolean startsWithSelect(String text) {
    int i = 0;
    int n = text.length();
    while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\n'
        || text.charAt(i) == '\r')) {
      i++;
    }
    return text.regionMatches(true, i, "select", 0, 6)
        && (i + 6 == n || !SqlText.isIdent(text.charAt(i + 6)));
  }

  private Classification unresolved(String reason, String sql) {
    return new Classification(QueryClass.UNRESOLVED, ImmutableList.of(QueryClass.UNRESOLVED),
        ImmutableList.<String>of(), ImmutableList.<String>of(), "", null,
        ImmutableList.<Integer>of(), ImmutableList.<String>of(), reason, sql, null,
        policyVersion, null);
  }

  private Classification of(List<Analyzer.Result> results, String sql,
      @Nullable String reason, @Nullable String dialect) {
    Analyzer.Result w = Analyzer.worst(results);
    ImmutableList<QueryClass> each;
    if (results.size() == 1) {
      each = ImmutableList.of(w.cls);
    } else {
      ImmutableList.Builder<QueryClass> b = ImmutableList.builderWithExpectedSize(results.size());
      for (Analyzer.Result r : results) {
        b.add(r.cls);
      }
      each = b.build();
    }
    return new Classification(w.cls, each, w.tables, w.columns, w.clause, w.measure,
        w.maskColumns, w.maskNames, reason != null ? reason : w.reason, sql, dialect,
        policyVersion, singleNone);
  }

  /** Druid's parser for {@code d}: 达梦 parses as Oracle, 人大金仓 as PostgreSQL. */
  static DbType dbType(Dialect d) {
    switch (d) {
      case MYSQL:
        return DbType.mysql;
      case ORACLE:
      case DM:
        return DbType.oracle;
      case POSTGRESQL:
      case KINGBASE:
        return DbType.postgresql;
      case SQLSERVER:
        return DbType.sqlserver;
      default:
        throw new AssertionError(d);
    }
  }

  /** The dialects to try, those the text's marks suggest first. */
  static Dialect[] guess(String text) {
    String u = text.toUpperCase(Locale.ROOT);
    int[] score = new int[Dialect.values().length];
    score[Dialect.SQLSERVER.ordinal()] = marks(u, "[", " TOP ", "NOLOCK", "@", "N'", "DBO.",
        "EXEC ", "EXEC(", "GETDATE(", "ISNULL(", "DATEADD(", "CONVERT(", "OPTION (", "#");
    score[Dialect.MYSQL.ordinal()] = marks(u, "`", " LIMIT ", "IFNULL(", "DATE_FORMAT(",
        "GROUP_CONCAT(", "NOW()", "CURDATE(");
    score[Dialect.ORACLE.ordinal()] = marks(u, "ROWNUM", "(+)", "NVL(", "DECODE(", "SYSDATE",
        "CONNECT BY", "TO_CHAR(", "DUAL", "EXECUTE IMMEDIATE", "LISTAGG(", "TRUNC(");
    score[Dialect.POSTGRESQL.ordinal()] = marks(u, "::", "ILIKE", "$1", "ARRAY[", "FILTER (",
        "STRING_AGG(", " LIMIT ", "DATE_TRUNC(");
    Dialect[] order = DEFAULT_ORDER.clone();
    // a stable insertion sort by descending score keeps the default order among equals
    for (int i = 1; i < order.length; i++) {
      Dialect x = order[i];
      int j = i - 1;
      while (j >= 0 && score[order[j].ordinal()] < score[x.ordinal()]) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = x;
    }
    return order;
  }

  private static int marks(String u, String... marks) {
    int n = 0;
    for (String m : marks) {
      if (u.contains(m)) {
        n++;
      }
    }
    return n;
  }

  int cacheSize() {
    int n = 0;
    for (BoundedCache<Classification> c : caches) {
      n += c.size();
    }
    return n;
  }
}
