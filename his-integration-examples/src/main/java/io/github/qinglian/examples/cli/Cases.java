package io.github.qinglian.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Splits CLI input into cases: one JSON document, or JSON lines. */
final class Cases {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Cases() {}

  /**
   * One case when the whole text is a single JSON value (pretty-printed or not); otherwise one
   * case per non-blank line, so that one malformed line spoils only its own verdict.
   */
  static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    if (text.trim().isEmpty()) {
      return out;
    }
    if (isSingleDocument(text)) {
      out.add(text);
      return out;
    }
    for (String line : text.split("\r?\n", -1)) {
      if (!line.trim().isEmpty()) {
        out.add(line);
      }
    }
    return out;
  }

  private static boolean isSingleDocument(String text) {
    try (com.fasterxml.jackson.core.JsonParser p = MAPPER.getFactory().createParser(text)) {
      MAPPER.readTree(p);
      return p.nextToken() == null;
    } catch (IOException | RuntimeException e) {
      // not one document: JSON lines, or broken; split by lines and judge each
      return !text.trim().contains("\n");
    }
  }
}
