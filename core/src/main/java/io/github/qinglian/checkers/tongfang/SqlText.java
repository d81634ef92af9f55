package io.github.qinglian.checkers.tongfang;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What the guard reads from SQL text without parsing it. One linear pass that knows string
 * literals, quoted identifiers and comments ({@link #scan}) yields the normalized text that keys
 * the cache, the nesting depth and the number of statements; a scan of identifiers that also looks inside literals and comments ({@link #namesMapped}) tells
 * whether a mapped name occurs. (What the audit records instead of the SQL is
 * {@link io.github.qinglian.jdbc.SqlFingerprint}'s.) Stateless and thread-safe.
 */
final class SqlText {
  /** Texts longer than this are not parsed. */
  static final int MAX_LENGTH = 256 * 1024;
  /** Texts nested deeper than this (parentheses) are not parsed. */
  static final int MAX_DEPTH = 128;

  private static final Pattern TABLE_HINT =
      Pattern.compile("(?i)\\bWITH\\s*\\(\\s*(NOLOCK|READUNCOMMITTED|READPAST|ROWLOCK|UPDLOCK"
          + "|HOLDLOCK|TABLOCK|TABLOCKX|PAGLOCK|NOWAIT|INDEX\\s*\\([^)]*\\)|INDEX\\s*=\\s*\\w+)"
          + "(\\s*,\\s*(NOLOCK|READUNCOMMITTED|READPAST|ROWLOCK|UPDLOCK|HOLDLOCK|TABLOCK|TABLOCKX"
          + "|PAGLOCK|NOWAIT|INDEX\\s*\\([^)]*\\)|INDEX\\s*=\\s*\\w+))*\\s*\\)");
  private static final Pattern BARE_NOLOCK = Pattern.compile("(?i)\\(\\s*NOLOCK\\s*\\)");
  private static final Pattern OPTION =
      Pattern.compile("(?i)\\bOPTION\\s*\\((\\s*[A-Z_]+(\\s+[A-Z_0-9]+)*(\\s*=\\s*\\w+)?\\s*,?)+\\)");
  private static final Pattern MYBATIS = Pattern.compile("[#$]\\{[^}]{0,200}\\}");

  private SqlText() {}

  /** What {@link #scan} read from one text. */
  static final class Scan {
    /**
     * The text with comments (other than optimizer hints {@code /*+} and MySQL's executable
     * {@code /*!}) dropped and white space outside literals collapsed: the cache key, so that
     * formatting does not defeat the cache. Literals stay as they are (a value can change the
     * class: {@code GROUP BY 1}, a short IN list, dynamic SQL). The scanned string itself, not a
     * copy, when it was already normalized.
     */
    final String normalized;
    /** The deepest parenthesis nesting in code, at most {@link #MAX_DEPTH} + 1. */
    final int depth;
    /** The number of non-blank pieces between top-level semicolons. */
    final int pieces;

    Scan(String normalized, int depth, int pieces) {
      this.normalized = normalized;
      this.depth = depth;
      this.pieces = pieces;
    }
  }

  /**
   * Reads {@code s} once, telling apart code, string literals (doubled quotes and backslashes
   * inside), quoted identifiers ({@code "…"}, {@code `…`}, and {@code […]} where the bracket
   * does not follow an identifier character) and comments ({@code --} to the end of the line,
   * slash-star to star-slash).
   */
  static Scan scan(String s) {
    int n = s.length();
    // the normalized text, written from the first character where it differs from the text
    char @Nullable [] norm = null;
    int nl = 0;
    int open = 0;
    int depth = 0;
    int pieces = 0;
    boolean content = false;
    int i = 0;
    int codeStart = 0;
    // where each character that may open a literal, quoted name or comment occurs next (found
    // with String.indexOf, which is much faster than testing every character)
    int quote = -1;
    int dquote = -1;
    int backtick = -1;
    int bracket = -1;
    int dash = -1;
    int slash = -1;
    while (true) {
      int end = n;
      int kind = -1; // -1 end of text, 1 string, 2 quoted identifier, 3 comment
      while (i < n) {
        quote = quote < i ? next(s, '\'', i) : quote;
        dquote = dquote < i ? next(s, '"', i) : dquote;
        backtick = backtick < i ? next(s, '`', i) : backtick;
        bracket = bracket < i ? next(s, '[', i) : bracket;
        dash = dash < i ? next(s, '-', i) : dash;
        slash = slash < i ? next(s, '/', i) : slash;
        int p = Math.min(Math.min(Math.min(quote, dquote), Math.min(backtick, bracket)),
            Math.min(dash, slash));
        if (p >= n) {
          i = n;
          break;
        }
        i = p;
        char c = s.charAt(p);
        if (c == '\'') {
          end = closeQuote(s, p, '\'');
          kind = 1;
        } else if (c == '"' || c == '`') {
          end = closeQuote(s, p, c);
          kind = 2;
        } else if (c == '[' && (p == 0 || !isIdent(s.charAt(p - 1)))) {
          int j = s.indexOf(']', p + 1);
          end = j < 0 ? n : j + 1;
          kind = 2;
        } else if (c == '-' && p + 1 < n && s.charAt(p + 1) == '-') {
          int j = s.indexOf('\n', p);
          end = j < 0 ? n : j;
          kind = 3;
        } else if (c == '/' && p + 1 < n && s.charAt(p + 1) == '*') {
          int j = s.indexOf("*/", p + 2);
          end = j < 0 ? n : j + 2;
          kind = 3;
        } else {
          i = p + 1; // not an opening: search on after it
          continue;
        }
        break;
      }
      // the code from codeStart to i
      for (int k = codeStart; k < i; k++) {
        char d = s.charAt(k);
        if (d < 128 && PLAIN[d]) {
          // a run of characters that the key takes as they are
          int r = k + 1;
          while (r < i && (d = s.charAt(r)) < 128 && PLAIN[d]) {
            r++;
          }
          if (norm != null) {
            s.getChars(k, r, norm, nl);
          }
          nl += r - k;
          content = true;
          k = r - 1;
          continue;
        }
        if (isSpace(d)) {
          if (nl > 0 && (norm == null ? s.charAt(nl - 1) : norm[nl - 1]) != ' ') {
            if (d != ' ' && norm == null) {
              norm = diverge(s, nl);
            }
            if (norm != null) {
              norm[nl] = ' ';
            }
            nl++;
          } else if (norm == null) {
            norm = diverge(s, nl);
          }
          continue;
        }
        if (norm != null) {
          norm[nl] = d;
        }
        nl++;
        if (d == '(') {
          if (depth <= MAX_DEPTH) {
            open++;
            depth = Math.max(depth, open);
          }
        } else if (d == ')') {
          if (depth <= MAX_DEPTH) {
            open = Math.max(0, open - 1);
          }
        }
        if (d == ';') {
          if (content) {
            pieces++;
          }
          content = false;
        } else {
          content = true;
        }
      }
      if (kind == -1) {
        break;
      }
      if (kind == 1 || kind == 2) {
        content = true;
        nl = copy(s, i, end, norm, nl);
      } else {
        if (end - i > 2 && s.charAt(i) == '/' && i + 2 < end
            && (s.charAt(i + 2) == '+' || s.charAt(i + 2) == '!')) {
          nl = copy(s, i, end, norm, nl);
        } else {
          if (norm == null) {
            norm = diverge(s, nl);
          }
          if (nl > 0 && norm[nl - 1] != ' ') {
            norm[nl++] = ' ';
          }
        }
      }
      i = end;
      codeStart = end;
    }
    String normalized = norm == null ? s.trim() : trim(norm, nl);
    return new Scan(normalized, depth, pieces + (content ? 1 : 0));
  }

  /** The index of {@code c} in {@code s} from {@code from}, or the length of {@code s}. */
  private static int next(String s, char c, int from) {
    int j = s.indexOf(c, from);
    return j < 0 ? s.length() : j;
  }



  /** The normalized text so far, which is {@code s[0, length)}, with room for the rest. */
  private static char[] diverge(String s, int length) {
    char[] norm = new char[s.length()];
    s.getChars(0, length, norm, 0);
    return norm;
  }

  /** Copies {@code s[start, end)} to {@code norm} at {@code at} unless it is not written yet. */
  private static int copy(String s, int start, int end, char @Nullable [] norm, int at) {
    if (norm != null) {
      s.getChars(start, end, norm, at);
    }
    return at + end - start;
  }

  /** {@code chars[0, length)} trimmed as {@link String#trim} does. */
  private static String trim(char[] chars, int length) {
    int a = 0;
    int z = length;
    while (a < z && chars[a] <= ' ') {
      a++;
    }
    while (z > a && chars[z - 1] <= ' ') {
      z--;
    }
    return new String(chars, a, z - a);
  }

  private static int closeQuote(String s, int open, char q) {
    int n = s.length();
    int i = open + 1;
    while (i < n) {
      char c = s.charAt(i);
      if (c == q) {
        if (i + 1 < n && s.charAt(i + 1) == q) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      if (c == '\\' && q == '\'' && i + 1 < n) {
        i += 2;
        continue;
      }
      i++;
    }
    return n;
  }

  /** Letters, digits and {@code _ $ # @}: what an identifier is made of. */
  static boolean isIdent(char c) {
    return c < 128 ? IDENT[c] : Character.isLetterOrDigit(c);
  }

  // Character's own tests cost more than the rest of the scan; these answer ASCII at once

  /** {@link Character#isWhitespace}. */
  static boolean isSpace(char c) {
    return c <= ' ' ? c == ' ' || (c >= '\t' && c <= '\r') || c >= '\u001c'
        : c >= 128 && Character.isWhitespace(c);
  }

  private static final boolean[] IDENT = new boolean[128];
  /**
   * ASCII characters the scan copies unchanged wherever they stand in code: all but white space,
   * parentheses (depth) and semicolons (statements).
   */
  private static final boolean[] PLAIN = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      IDENT[c] = Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '#' || c == '@';
      PLAIN[c] = c > ' ' && c != '(' && c != ')' && c != ';';
    }
  }

  /**
   * Whether an identifier token anywhere in {@code s}, inside literals and comments included,
   * is the name of a mapped table or procedure (case-insensitively).
   */
  static boolean namesMapped(String s, SchemaIndex schema) {
    if (schema.isEmpty()) {
      return false;
    }
    int n = s.length();
    int i = 0;
    while (i < n) {
      if (!isIdent(s.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      boolean ascii = true;
      while (j < n && isIdent(s.charAt(j))) {
        ascii &= s.charAt(j) < 128;
        j++;
      }
      if (schema.mayBeMappedName(s, i, j, ascii)
          && schema.isMappedName(s.substring(i, j).toLowerCase(Locale.ROOT))) {
        return true;
      }
      int k = i;
      while (k < j && (s.charAt(k) == '#' || s.charAt(k) == '@')) {
        k++;
      }
      if (k > i && k < j && schema.mayBeMappedName(s, k, j, ascii)
          && schema.isMappedName(s.substring(k, j).toLowerCase(Locale.ROOT))) {
        return true;
      }
      i = j;
    }
    return false;
  }

  /**
   * A T-SQL PIVOT, which Druid's SQL Server parser rejects, in the form Druid's Oracle parser
   * reads: {@code FROM (…) s PIVOT (SUM(sl) FOR ysdm IN ([D1], [D2])) AS p} becomes
   * {@code FROM (…) PIVOT (SUM(sl) FOR ysdm IN ("D1", "D2")) p} (the source's alias dropped,
   * as Oracle puts none before PIVOT; AS dropped before the pivot's alias; brackets as double
   * quotes). {@code null} when {@code s} (normalized) has no PIVOT, has UNPIVOT, or does not
   * have the shape. A reference to the dropped alias leaves the statement unresolved: the
   * rewrite can fail closed, never open.
   */
  static @Nullable String tsqlPivotAsOracle(String s) {
    String t = bracketsAsQuotes(s);
    if (t == null) {
      return null;
    }
    int n = t.length();
    StringBuilder out = new StringBuilder(n);
    java.util.BitSet closes = new java.util.BitSet();
    int i = 0;
    while (i < n) {
      char c = t.charAt(i);
      if (c == '\'' || c == '"') {
        int end = closeQuote(t, i, c);
        out.append(t, i, end);
        i = end;
      } else if (isIdent(c) && (i == 0 || !isIdent(t.charAt(i - 1)))) {
        int j = i;
        while (j < n && isIdent(t.charAt(j))) {
          j++;
        }
        String word = t.substring(i, j);
        if (word.equalsIgnoreCase("UNPIVOT")) {
          return null;
        }
        if (word.equalsIgnoreCase("PIVOT")) {
          int open = j < n && t.charAt(j) == ' ' ? j + 1 : j;
          int close = open < n && t.charAt(open) == '(' ? matching(t, open) : -1;
          if (close < 0 || !dropAlias(out)) {
            return null;
          }
          while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
          }
          out.append(' ');
          closes.set(close);
        }
        out.append(word);
        i = j;
      } else {
        out.append(c);
        i++;
        if (c == ')' && closes.get(i - 1) && t.regionMatches(true, i, " AS ", 0, 4)) {
          i += 3; // AS before the pivot's alias: Oracle takes the alias alone
        }
      }
    }
    return closes.isEmpty() ? null : out.toString();
  }

  /** {@code s} with each {@code [name]} in code as {@code "name"}; null when one is unclosed. */
  private static @Nullable String bracketsAsQuotes(String s) {
    int n = s.length();
    StringBuilder out = new StringBuilder(n);
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c == '\'' || c == '"' || c == '`') {
        int end = closeQuote(s, i, c);
        out.append(s, i, end);
        i = end;
      } else if (c == '[' && (i == 0 || !isIdent(s.charAt(i - 1)))) {
        int j = s.indexOf(']', i + 1);
        if (j < 0) {
          return null;
        }
        out.append('"').append(s.substring(i + 1, j).replace("\"", "\"\"")).append('"');
        i = j + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** Drops the alias that ends {@code out} (with its AS) before a PIVOT; false when unsure. */
  private static boolean dropAlias(StringBuilder out) {
    int z = out.length();
    while (z > 0 && out.charAt(z - 1) == ' ') {
      z--;
    }
    int a = z;
    if (a > 0 && out.charAt(a - 1) == '"') {
      a = out.lastIndexOf("\"", a - 2);
      if (a < 0) {
        return false;
      }
    } else {
      while (a > 0 && isIdent(out.charAt(a - 1))) {
        a--;
      }
    }
    if (a == z) {
      return false; // no alias: "(…) PIVOT" is not T-SQL
    }
    int b = a;
    while (b > 0 && out.charAt(b - 1) == ' ') {
      b--;
    }
    if (b == a && b > 0 && out.charAt(b - 1) == '.') {
      return true; // "FROM db.dbo.t PIVOT": a qualified table, no alias
    }
    if (b > 0 && out.charAt(b - 1) == ')') {
      out.setLength(b);
      return true;
    }
    int w = b;
    while (w > 0 && isIdent(out.charAt(w - 1))) {
      w--;
    }
    String before = out.substring(w, b);
    if (before.equalsIgnoreCase("AS")) {
      out.setLength(w);
      return true;
    }
    if (KEYWORDS_BEFORE_A_TABLE.contains(before.toUpperCase(Locale.ROOT))
        || (before.isEmpty() && (b == 0 || out.charAt(b - 1) == ','))) {
      return true; // "FROM t PIVOT": t is the table, there is no alias to drop
    }
    out.setLength(b); // "FROM db.dbo.t a PIVOT": a is the alias
    return true;
  }

  private static final java.util.Set<String> KEYWORDS_BEFORE_A_TABLE =
      new java.util.HashSet<>(java.util.Arrays.asList("FROM", "JOIN", "APPLY"));

  /** The index of the parenthesis closing the one at {@code open}, or -1. */
  private static int matching(String s, int open) {
    int depth = 0;
    int i = open;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\'' || c == '"') {
        i = closeQuote(s, i, c);
        continue;
      }
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
      i++;
    }
    return -1;
  }

  /** MyBatis placeholders ({@code #{id}}, {@code ${id}}) as JDBC parameters. */
  static String placeholders(String s) {
    if (s.indexOf('{') < 0) {
      return s;
    }
    return MYBATIS.matcher(s).replaceAll("?");
  }

  /**
   * The text without the table hints and query options that the parser may reject and that
   * change nothing the guard reads: {@code WITH (NOLOCK)}, {@code (NOLOCK)},
   * {@code OPTION (RECOMPILE)}.
   */
  static String stripHints(String s) {
    String t = TABLE_HINT.matcher(s).replaceAll(" ");
    t = BARE_NOLOCK.matcher(t).replaceAll(" ");
    return OPTION.matcher(t).replaceAll(" ");
  }
}
