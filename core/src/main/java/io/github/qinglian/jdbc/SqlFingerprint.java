package io.github.qinglian.jdbc;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A statement's fingerprint for audit lines and alerts: the SQL with every string and number
 * literal replaced by {@code ?}, comments removed and runs of white space made one space, so
 * that no patient identifier written into the text reaches a log. Identifiers (also quoted
 * ones), keywords, operators and bind markers are kept. Stateless and thread-safe; never throws.
 *
 * <pre>{@code
 * SqlFingerprint.of("SELECT * FROM mz_cfzb WHERE brid = 'P00123' AND je > 100.5 -- Zhang San")
 *     // "SELECT * FROM mz_cfzb WHERE brid = ? AND je > ?"
 * }</pre>
 */
public final class SqlFingerprint {
  /** Fingerprints longer than this are cut and end with {@code …}. */
  public static final int MAX_LENGTH = 4000;

  private SqlFingerprint() {}

  /** The fingerprint of {@code sql}; {@code ""} for {@code null}. */
  public static String of(@Nullable String sql) {
    if (sql == null) {
      return "";
    }
    int n = sql.length();
    Out out = new Out(Math.min(n, MAX_LENGTH + 1) + 16);
    int i = 0;
    boolean space = false;
    while (i < n && out.length <= MAX_LENGTH) {
      char c = sql.charAt(i);
      if (isSpace(c)) {
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
      if (space && out.length > 0) {
        out.append(' ');
      }
      space = false;
      int tagEnd;
      if (c == '\'') {
        i = endOfQuoted(sql, i, '\'');
        out.append('?');
      } else if (c == '$' && (tagEnd = dollarTagEnd(sql, i)) > 0) {
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
    return out.length > MAX_LENGTH ? new String(out.chars, 0, MAX_LENGTH) + "…"
        : new String(out.chars, 0, out.length);
  }

  /** The fingerprint being written: a growable character array. */
  private static final class Out {
    char[] chars;
    int length;

    Out(int capacity) {
      chars = new char[capacity];
    }

    void append(char c) {
      if (length == chars.length) {
        chars = Arrays.copyOf(chars, length * 2);
      }
      chars[length++] = c;
    }

    void append(String s, int start, int end) {
      int need = length + end - start;
      if (need > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(need, length * 2));
      }
      s.getChars(start, end, chars, length);
      length = need;
    }
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
    return c < 128 ? IDENTIFIER_PART[c] : Character.isLetterOrDigit(c);
  }

  /** {@link Character#isWhitespace}, answering ASCII at once. */
  private static boolean isSpace(char c) {
    return c <= ' ' ? c == ' ' || (c >= '\t' && c <= '\r') || c >= '\u001c'
        : c >= 128 && Character.isWhitespace(c);
  }

  private static final boolean[] IDENTIFIER_PART = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      IDENTIFIER_PART[c] = Character.isLetterOrDigit(c) || c == '_' || c == '#' || c == '@'
          || c == '$';
    }
  }
}
