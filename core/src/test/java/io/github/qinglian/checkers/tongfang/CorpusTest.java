package io.github.qinglian.checkers.tongfang;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qinglian.model.Dialect;
import io.github.qinglian.model.QueryClass;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus ({@code tongfang/corpus.tsv}): statements in the shapes HIS really use, with the
 * class each must get. A ratchet: every line must hold. Prints precision and recall per class.
 */
class CorpusTest {
  private static final Map<QueryClass, int[]> COUNTS = new EnumMap<>(QueryClass.class);

  static Stream<Arguments> corpus() {
    return lines().stream().map(l -> Arguments.of(l[0], l[1], l[2]));
  }

  static List<String[]> lines() {
    try (InputStream in = CorpusTest.class.getResourceAsStream("/tongfang/corpus.tsv")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<String[]> out = new ArrayList<>();
      for (String line : text.split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", 3);
        out.add(new String[] {f[0], f[1], f[2].replace("\\n", "\n")});
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Dialect dialect(String d) {
    return d.equals("-") ? null : Dialect.valueOf(d);
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @MethodSource("corpus")
  void classifies(String dialect, String expected, String sql) {
    Classification c = Tf.classify(sql, dialect(dialect));
    QueryClass want = QueryClass.valueOf(expected);
    synchronized (COUNTS) {
      // [true positives, expected, predicted]
      COUNTS.computeIfAbsent(want, k -> new int[3])[1]++;
      COUNTS.computeIfAbsent(c.cls, k -> new int[3])[2]++;
      if (c.cls == want) {
        COUNTS.get(want)[0]++;
      }
    }
    assertThat(c.cls).as("%s", c).isEqualTo(want);
  }

  @Test
  void holdsAtLeast150Statements() {
    assertThat(lines()).hasSizeGreaterThanOrEqualTo(150);
    for (QueryClass c : QueryClass.values()) {
      assertThat(lines()).as(c.name()).anyMatch(l -> l[1].equals(c.name()));
    }
  }

  @AfterAll
  static void printPrecisionAndRecall() {
    StringBuilder sb = new StringBuilder("\n统方 corpus: class, precision, recall (n)\n");
    for (QueryClass c : QueryClass.values()) {
      int[] n = COUNTS.getOrDefault(c, new int[3]);
      sb.append(String.format("  %-17s %6.3f %6.3f (%d)%n", c,
          n[2] == 0 ? 1.0 : (double) n[0] / n[2], n[1] == 0 ? 1.0 : (double) n[0] / n[1], n[1]));
    }
    System.out.println(sb);
  }
}
