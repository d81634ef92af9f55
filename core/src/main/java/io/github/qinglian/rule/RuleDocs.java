package io.github.qinglian.rule;

import io.github.qinglian.Decision;

/**
 * Generates {@code docs/rules.md} from the catalog: every rule with its family, default severity,
 * parameters (defaults, ranges, units, statutory marks) and citation, in Chinese and English.
 * A test fails when the committed file differs from {@link #markdown()}.
 */
public final class RuleDocs {
  private RuleDocs() {}

  /** The Markdown text of {@code docs/rules.md}. */
  public static String markdown() {
    StringBuilder sb = new StringBuilder();
    sb.append("# Rule catalog\n\n");
    sb.append("<!-- Generated from io.github.qinglian.rule.RuleCatalog by `bin/qinglian rules-doc`;"
        + " do not edit. -->\n\n");
    sb.append("Every rule Qinglian enforces: its stable id, family, default severity, parameters"
        + " and the regulation it enforces. A hospital's policy may switch a rule off, change its"
        + " severity or set its parameters under `rules.<id>`. Severities: ALLOW < WARN < REVIEW"
        + " < BLOCK.\n\n");
    sb.append("Parameters marked **statutory** restate a number fixed by regulation; a policy may"
        + " change them, but loading a policy that loosens one records a warning naming the"
        + " parameter, its legal value and its source.\n\n");
    sb.append("The readings that settle edge cases are in [readings.md](readings.md).\n\n");
    Family current = null;
    for (Rule r : RuleCatalog.all()) {
      if (r.family() != current) {
        current = r.family();
        sb.append("## ").append(current.title()).append(" — ").append(current.titleZh())
            .append("\n\n");
      }
      sb.append("### `").append(r.id()).append("`\n\n");
      sb.append("- Default severity: **").append(r.defaultSeverity()).append("**");
      if (!r.defaultSeverityNote().isEmpty()) {
        sb.append(" — ").append(r.defaultSeverityNote());
      }
      sb.append('\n');
      sb.append("- Citation: ").append(r.citation().isEmpty() ? "—" : r.citation()).append('\n');
      sb.append("- 规则: ").append(r.descriptionZh()).append('\n');
      sb.append("- Checks: ").append(r.descriptionEn()).append('\n');
      if (!r.params().isEmpty()) {
        sb.append("\n| parameter | type | default | range | unit | statutory |\n");
        sb.append("| --- | --- | --- | --- | --- | --- |\n");
        for (Param p : r.params()) {
          sb.append("| `").append(p.name()).append("` | ").append(p.type().name().toLowerCase(
              java.util.Locale.ROOT)).append(" | ").append(Param.format(p.defaultValue()))
              .append(" | ").append(range(p)).append(" | ").append(p.unit().isEmpty() ? "—"
                  : p.unit()).append(" | ").append(p.statutory() ? "**statutory** ("
                  + (p.loosening() == Loosening.HIGHER ? "raising" : "lowering") + " loosens; "
                  + p.legalSource() + ")" : "—").append(" |\n");
        }
      }
      sb.append('\n');
    }
    sb.append("## Severity order\n\n");
    for (Decision d : Decision.values()) {
      sb.append("- ").append(d).append('\n');
    }
    return sb.toString();
  }

  private static String range(Param p) {
    if (!p.choices().isEmpty()) {
      return String.join(", ", p.choices());
    }
    if (p.min() == null && p.max() == null) {
      return "—";
    }
    String lo = p.min() == null ? "" : p.min().toPlainString();
    String hi = p.max() == null ? "" : p.max().toPlainString();
    return lo + " … " + hi + (p.optional() ? " or null (no limit)" : "");
  }
}
