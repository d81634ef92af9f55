package io.github.qinglian.jdbc;

import org.jspecify.annotations.Nullable;

/**
 * The fingerprint as first written, a plain character-by-character pass: what
 * {@link SqlFingerprint#of} must keep agreeing with.
 */
final class SqlFingerprintOracle {
  static final int MAX_LENGTH = SqlFingerprint.MAX_LENGTH;

  private SqlFingerprintOracle() {}

  /** The fingerprint of {@code sql}; {@code ""} for {@code null}. */
  static String of(@Nullable String sql) {
    if (sql == null) {
      return "";
    }
    int n = sql.length();
    StringBuilder out = new StringBuilder(Math.min(n, MAX_LENGTH + 1));
    int i = 0;
    boolean space = false;
    while (i < n && out.length() <= MAX_LENGTH) {
      char c = sql.charAt(i);
      if (Character.isWhitespace(c)) {
        space = true;
        i++;
        continue;
      }
      if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        i = endOfLine(sql, i);
        space = true;
        continue;
      }
      if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        int end = sql.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
        space = true;
        continue;
      }
      if (space && out.length() > 0) {
        out.append(' ');
      }
      space = false;
      if (c == '\'') {
        i = endOfQuoted(sql, i, '\'');
        out.append('?');
      } else if (c == '$' && dollarTagEnd(sql, i) > 0) {
        int tagEnd = dollarTagEnd(sql, i);
        String tag = sql.substring(i, tagEnd);
        int end = sql.indexOf(tag, tagEnd);
        i = end < 0 ? n : end + tag.length();
        out.append('?');
      } else if (c == '"' || c == '`') {
        int end = endOfQuoted(sql, i, c);
        out.append(sql, i, end);
        i = end;
      } else if (c == '[') {
        int end = sql.indexOf(']', i);
        end = end < 0 ? n : end + 1;
        out.append(sql, i, end);
        i = end;
      } else if (isDigit(c) || (c == '.' && i + 1 < n && isDigit(sql.charAt(i + 1)))) {
        i = endOfNumber(sql, i);
        out.append('?');
      } else if (isIdentifierPart(c)) {
        int start = i;
        while (i < n && isIdentifierPart(sql.charAt(i))) {
          i++;
        }
        if (i < n && sql.charAt(i) == '\'' && isStringPrefix(sql, start, i)) {
          i = endOfQuoted(sql, i, '\''); // N'…', E'…', X'…', B'…'
          out.append('?');
        } else {
          out.append(sql, start, i);
        }
      } else {
        out.append(c);
        i++;
      }
    }
    if (out.length() > MAX_LENGTH) {
      out.setLength(MAX_LENGTH);
      out.append('…');
    }
    return out.toString();
  }

  private static int endOfLine(String s, int i) {
    int end = s.indexOf('\n', i);
    return end < 0 ? s.length() : end + 1;
  }

  /** The index after the closing quote; a doubled quote is an escaped one. */
  private static int endOfQuoted(String s, int i, char quote) {
    int j = i + 1;
    int n = s.length();
    while (j < n) {
      char c = s.charAt(j);
      if (c == quote) {
        if (j + 1 < n && s.charAt(j + 1) == quote) {
          j += 2;
          continue;
        }
        return j + 1;
      }
      if (c == '\\' && quote == '\'' && j + 1 < n) {
        j += 2; // MySQL-style escape; harmless elsewhere, the literal is replaced either way
        continue;
      }
      j++;
    }
    return n;
  }

  /** For a PostgreSQL dollar quote {@code $tag$}, the index after its opening tag, else -1. */
  private static int dollarTagEnd(String s, int i) {
    int j = i + 1;
    while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
      j++;
    }
    if (j < s.length() && s.charAt(j) == '$' && (j == i + 1 || !isDigit(s.charAt(i + 1)))) {
      return j + 1;
    }
    return -1;
  }

  private static int endOfNumber(String s, int i) {
    int j = i;
    int n = s.length();
    if (s.charAt(j) == '0' && j + 1 < n && (s.charAt(j + 1) == 'x' || s.charAt(j + 1) == 'X')) {
      j += 2;
      while (j < n && Character.digit(s.charAt(j), 16) >= 0) {
        j++;
      }
      return j;
    }
    while (j < n && (isDigit(s.charAt(j)) || s.charAt(j) == '.')) {
      j++;
    }
    if (j < n && (s.charAt(j) == 'e' || s.charAt(j) == 'E')) {
      int k = j + 1;
      if (k < n && (s.charAt(k) == '+' || s.charAt(k) == '-')) {
        k++;
      }
      if (k < n && isDigit(s.charAt(k))) {
        j = k;
        while (j < n && isDigit(s.charAt(j))) {
          j++;
        }
      }
    }
    return j;
  }

  private static boolean isStringPrefix(String s, int start, int end) {
    if (end - start != 1) {
      return false;
    }
    char p = Character.toUpperCase(s.charAt(start));
    return p == 'N' || p == 'E' || p == 'X' || p == 'B' || p == 'U';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isIdentifierPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '#' || c == '@' || c == '$';
  }
}
