package io.github.qinglian.checkers.tongfang;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qinglian.model.Dialect;
import org.junit.jupiter.api.Test;

/** The classification cache admits a text from its second sighting on. */
class ClassifierCacheTest {
  static final String TALLY = "SELECT z.ysdm, SUM(m.sl) FROM mz_cfmx m JOIN mz_cfzb z"
      + " ON z.cfh = m.cfh WHERE m.xh > %d GROUP BY z.ysdm";

  @Test
  void aTextMetOnceIsNotCachedATextMetTwiceIs() {
    Classifier c = new Classifier(new SchemaIndex(Tf.ALL), "p");
    Classification once = c.classify(String.format(TALLY, 1), Dialect.SQLSERVER);
    assertThat(c.cacheSize()).isZero();
    Classification twice = c.classify(String.format(TALLY, 1), Dialect.SQLSERVER);
    assertThat(c.cacheSize()).isEqualTo(1);
    assertThat(twice.sameAs(once)).isTrue();
    assertThat(c.classify(String.format(TALLY, 1), Dialect.SQLSERVER)).isSameAs(twice);
  }

  @Test
  void statementsThatDifferOnlyByAnInlinedLiteralDoNotFillTheCache() {
    Classifier c = new Classifier(new SchemaIndex(Tf.ALL), "p");
    for (int i = 0; i < 1000; i++) {
      c.classify(String.format(TALLY, i), Dialect.SQLSERVER);
    }
    assertThat(c.cacheSize()).isLessThan(10); // only hash collisions of the admission table
  }

  @Test
  void aReformattedTextCountsAsTheSameText() {
    Classifier c = new Classifier(new SchemaIndex(Tf.ALL), "p");
    c.classify(String.format(TALLY, 7), Dialect.SQLSERVER);
    Classification second = c.classify(String.format(TALLY, 7).replace(" ", "\n  "),
        Dialect.SQLSERVER);
    assertThat(c.classify(String.format(TALLY, 7), Dialect.SQLSERVER)).isSameAs(second);
  }

  @Test
  void everySingleNoneStatementSharesOneVerdict() {
    Classifier c = new Classifier(new SchemaIndex(Tf.ALL), "p");
    Classification a = c.classify("SELECT ypdm, sl FROM mz_cfmx WHERE cfh = ?", null);
    Classification b = c.classify("SELECT cfh FROM mz_cfzb WHERE brid = ?", null);
    assertThat(a.none).isNotNull().isSameAs(b.none);
  }
}
