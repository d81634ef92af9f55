package io.github.qinglian.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link SqlFingerprint#of} agrees with the plain pass it was first written as, on any text. */
class SqlFingerprintProperties {

  @Property(tries = 2000)
  void theFingerprintAgreesWithThePlainPass(@ForAll("texts") String sql) {
    assertThat(SqlFingerprint.of(sql)).isEqualTo(SqlFingerprintOracle.of(sql));
  }

  @Example
  void longTextsAgreeToo() {
    StringBuilder wide = new StringBuilder("SELECT ");
    while (wide.length() < 3 * SqlFingerprint.MAX_LENGTH) {
      wide.append("\"col\" , N'v' , $$x$$, 12.5e-3 ,\n ysdm_1 ");
    }
    String s = wide.toString();
    assertThat(SqlFingerprint.of(s)).isEqualTo(SqlFingerprintOracle.of(s)).endsWith("…");
    String quoted = "SELECT \"" + "x".repeat(2 * SqlFingerprint.MAX_LENGTH) + "\" FROM t";
    assertThat(SqlFingerprint.of(quoted)).isEqualTo(SqlFingerprintOracle.of(quoted));
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> pieces = Arbitraries.of("SELECT", " ", "\n", "\t", "\u3000", "\u00a0",
        "'", "''", "\\", "\"", "`", "[", "]", "--", "/*", "*/", "-", "/", "$", "$$", "$t$",
        "$1", "(", ")", ";", "N'", "E'", "U&'", "x", "0x1F", "1", "12.5", ".5", "1e3", "1e-3",
        "a1", "#t", "@v", "?", ":id", "统方", "ysdm", ",", ".", "\u0000", "\u001c", "\u00df",
        "\u0663");
    return Arbitraries.oneOf(
        pieces.list().ofMaxSize(60).map(l -> String.join("", l)),
        Arbitraries.strings().ofMaxLength(120));
  }
}
