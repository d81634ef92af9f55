package io.github.qinglian.rule;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.qinglian.Decision;
import org.jspecify.annotations.Nullable;

/**
 * One rule of the catalog. Immutable and thread-safe; obtain rules from {@link RuleCatalog}.
 */
public final class Rule {
  private final int ordinal;
  private final String id;
  private final Family family;
  private final Decision defaultSeverity;
  private final String defaultSeverityNote;
  private final ImmutableMap<Family, Decision> severityByFamily;
  private final String citation;
  private final String descriptionZh;
  private final String descriptionEn;
  private final ImmutableList<Param> params;
  private final ImmutableMap<String, Param> paramsByName;

  Rule(
      int ordinal,
      String id,
      Family family,
      Decision defaultSeverity,
      String defaultSeverityNote,
      ImmutableMap<Family, Decision> severityByFamily,
      String citation,
      String descriptionZh,
      String descriptionEn,
      ImmutableList<Param> params) {
    checkArgument(id.matches("[A-Z]+(\\.[A-Z0-9_]+)+"), "bad rule id %s", id);
    this.ordinal = ordinal;
    this.id = id;
    this.family = checkNotNull(family);
    this.defaultSeverity = checkNotNull(defaultSeverity);
    this.defaultSeverityNote = defaultSeverityNote;
    this.severityByFamily = severityByFamily;
    this.citation = citation;
    this.descriptionZh = descriptionZh;
    this.descriptionEn = descriptionEn;
    this.params = params;
    ImmutableMap.Builder<String, Param> byName = ImmutableMap.builder();
    for (Param p : params) {
      byName.put(p.name(), p);
    }
    this.paramsByName = byName.buildOrThrow();
  }

  /** The rule's position in {@link RuleCatalog#all()}; stable within one library version. */
  public int ordinal() {
    return ordinal;
  }

  /** The stable id, e.g. {@code RX.DAYS.LIMIT}. */
  public String id() {
    return id;
  }

  /** The family. */
  public Family family() {
    return family;
  }

  /** The severity a finding has unless the policy sets another. */
  public Decision defaultSeverity() {
    return defaultSeverity;
  }

  /**
   * The default severity when the rule is applied by a checker of {@code family}: cross-cutting
   * rules differ by checker (INPUT.INVALID is REVIEW for prescriptions and visits, BLOCK for the
   * 统方 guard and procurement); other rules have one default.
   */
  public Decision defaultSeverity(Family family) {
    Decision d = severityByFamily.get(family);
    return d == null ? defaultSeverity : d;
  }

  /** How the default severity varies by checker, where it does; empty otherwise. */
  public String defaultSeverityNote() {
    return defaultSeverityNote;
  }

  /** The regulation and articles the rule enforces; empty for cross-cutting rules. */
  public String citation() {
    return citation;
  }

  /** What the rule checks, in Chinese. */
  public String descriptionZh() {
    return descriptionZh;
  }

  /** What the rule checks, in English. */
  public String descriptionEn() {
    return descriptionEn;
  }

  /** The parameters, in catalog order. */
  public ImmutableList<Param> params() {
    return params;
  }

  /** The parameter named {@code name}, or {@code null}. */
  public @Nullable Param param(String name) {
    return paramsByName.get(name);
  }

  @Override
  public String toString() {
    return id;
  }
}
