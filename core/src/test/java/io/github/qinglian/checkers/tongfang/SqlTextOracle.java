package io.github.qinglian.checkers.tongfang;

import java.util.Locale;

/**
 * The text functions as separate passes over a lexer with callbacks: the plain reading that
 * {@link SqlText#scan}'s single pass must agree with, and the lexer the properties use to rewrite
 * statements outside their literals.
 */
final class SqlTextOracle {
  private SqlTextOracle() {}

  /** Receives the pieces of a text as {@link #lex} finds them. */
  interface Sink {
    /** Code outside literals and comments, from {@code start} to {@code end}. */
    void code(String s, int start, int end);

    /** A string literal (quotes included). */
    void string(String s, int start, int end);

    /** A quoted identifier (quotes included). */
    void quoted(String s, int start, int end);

    /** A comment. */
    void comment(String s, int start, int end);
  }

  /** Splits {@code s} into code, literals, quoted identifiers and comments, in order. */
  static void lex(String s, Sink sink) {
    int n = s.length();
    int i = 0;
    int codeStart = 0;
    while (i < n) {
      char c = s.charAt(i);
      int end = -1;
      int kind = 0; // 1 string, 2 quoted, 3 comment
      if (c == '\'') {
        end = closeQuote(s, i, '\'');
        kind = 1;
      } else if (c == '"' || c == '`') {
        end = closeQuote(s, i, c);
        kind = 2;
      } else if (c == '[' && (i == 0 || !SqlText.isIdent(s.charAt(i - 1)))) {
        int j = s.indexOf(']', i + 1);
        end = j < 0 ? n : j + 1;
        kind = 2;
      } else if (c == '-' && i + 1 < n && s.charAt(i + 1) == '-') {
        int j = s.indexOf('\n', i);
        end = j < 0 ? n : j;
        kind = 3;
      } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
        int j = s.indexOf("*/", i + 2);
        end = j < 0 ? n : j + 2;
        kind = 3;
      }
      if (kind == 0) {
        i++;
        continue;
      }
      if (codeStart < i) {
        sink.code(s, codeStart, i);
      }
      if (kind == 1) {
        sink.string(s, i, end);
      } else if (kind == 2) {
        sink.quoted(s, i, end);
      } else {
        sink.comment(s, i, end);
      }
      i = end;
      codeStart = end;
    }
    if (codeStart < n) {
      sink.code(s, codeStart, n);
    }
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
      if (!SqlText.isIdent(s.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < n && SqlText.isIdent(s.charAt(j))) {
        j++;
      }
      String token = s.substring(i, j).toLowerCase(Locale.ROOT);
      if (schema.isMappedName(token)) {
        return true;
      }
      int k = 0;
      while (k < token.length() && (token.charAt(k) == '#' || token.charAt(k) == '@')) {
        k++;
      }
      if (k > 0 && schema.isMappedName(token.substring(k))) {
        return true;
      }
      i = j;
    }
    return false;
  }

  /** The deepest parenthesis nesting in code, or more than {@code limit} as soon as it is. */
  static int depth(String s, int limit) {
    int[] d = new int[2];
    lex(s, new Adapter() {
      @Override
      public void code(String t, int start, int end) {
        for (int i = start; i < end && d[1] <= limit; i++) {
          char c = t.charAt(i);
          if (c == '(') {
            d[0]++;
            d[1] = Math.max(d[1], d[0]);
          } else if (c == ')') {
            d[0] = Math.max(0, d[0] - 1);
          }
        }
      }
    });
    return d[1];
  }

  /** The number of non-blank pieces between top-level semicolons. */
  static int pieces(String s) {
    int[] count = new int[2]; // count, whether the current piece has content
    lex(s, new Adapter() {
      @Override
      public void code(String t, int start, int end) {
        for (int i = start; i < end; i++) {
          char c = t.charAt(i);
          if (c == ';') {
            if (count[1] == 1) {
              count[0]++;
            }
            count[1] = 0;
          } else if (!Character.isWhitespace(c)) {
            count[1] = 1;
          }
        }
      }

      @Override
      public void string(String t, int start, int end) {
        count[1] = 1;
      }

      @Override
      public void quoted(String t, int start, int end) {
        count[1] = 1;
      }
    });
    return count[0] + count[1];
  }

  private static void space(StringBuilder out) {
    int l = out.length();
    if (l > 0 && out.charAt(l - 1) != ' ') {
      out.append(' ');
    }
  }

  /**
   * The text with comments (other than optimizer hints {@code /*+} and MySQL's executable
   * {@code /*!}) dropped and white space outside literals collapsed: the cache key, so that
   * formatting does not defeat the cache. Literals stay as they are (a value can change the
   * class: {@code GROUP BY 1}, a short IN list, dynamic SQL).
   */
  static String normalize(String s) {
    StringBuilder out = new StringBuilder(s.length());
    lex(s, new Adapter() {
      @Override
      public void code(String t, int start, int end) {
        for (int i = start; i < end; i++) {
          char c = t.charAt(i);
          if (Character.isWhitespace(c)) {
            space(out);
          } else {
            out.append(c);
          }
        }
      }

      @Override
      public void string(String t, int start, int end) {
        out.append(t, start, end);
      }

      @Override
      public void quoted(String t, int start, int end) {
        out.append(t, start, end);
      }

      @Override
      public void comment(String t, int start, int end) {
        if (end - start > 2 && t.charAt(start) == '/' && start + 2 < end
            && (t.charAt(start + 2) == '+' || t.charAt(start + 2) == '!')) {
          out.append(t, start, end);
        } else {
          space(out);
        }
      }
    });
    return out.toString().trim();
  }

  /** A {@link Sink} that ignores everything. */
  private static class Adapter implements Sink {
    @Override
    public void code(String s, int start, int end) {}

    @Override
    public void string(String s, int start, int end) {}

    @Override
    public void quoted(String s, int start, int end) {}

    @Override
    public void comment(String s, int start, int end) {}
  }
}
