package io.github.qinglian;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qinglian.rule.Param;
import io.github.qinglian.rule.Rule;
import io.github.qinglian.rule.RuleCatalog;
import io.github.qinglian.rule.RuleDocs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/** docs/rules.md is generated from the catalog and must not drift from it. */
class RuleDocsTest {
  private static final Path DOC = Paths.get("..", "docs", "rules.md");

  @Test
  void committedRuleDocMatchesTheCatalog() throws IOException {
    String committed = new String(Files.readAllBytes(DOC), StandardCharsets.UTF_8);
    assertThat(committed)
        .as("docs/rules.md is stale: regenerate it with `bin/qinglian rules-doc > docs/rules.md`")
        .isEqualTo(RuleDocs.markdown());
  }

  @Test
  void everyRuleAppearsWithItsCitationAndParameters() {
    String doc = RuleDocs.markdown();
    for (Rule r : RuleCatalog.all()) {
      assertThat(doc).contains("### `" + r.id() + "`");
      if (!r.citation().isEmpty()) {
        assertThat(doc).contains(r.citation());
      }
      for (Param p : r.params()) {
        assertThat(doc).contains("| `" + p.name() + "` |");
      }
    }
  }

  @Test
  void statutoryParametersAreMarked() {
    String doc = RuleDocs.markdown();
    assertThat(doc).containsPattern("\\| `maxItems` \\| integer \\| 5 \\|.*\\*\\*statutory\\*\\*");
    assertThat(doc).containsPattern("\\| `extendedDays` \\| integer \\| 30 \\|.*\\| — \\|");
  }
}
