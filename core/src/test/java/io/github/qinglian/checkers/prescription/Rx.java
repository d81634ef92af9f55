package io.github.qinglian.checkers.prescription;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qinglian.Decision;
import io.github.qinglian.Finding;
import io.github.qinglian.Qinglian;
import io.github.qinglian.Verdict;
import io.github.qinglian.model.AntibioticTier;
import io.github.qinglian.model.AntitumorTier;
import io.github.qinglian.model.ControlClass;
import io.github.qinglian.model.Drug;
import io.github.qinglian.model.DrugCategory;
import io.github.qinglian.model.DrugForm;
import io.github.qinglian.model.Practitioner;
import io.github.qinglian.model.Prescription;
import io.github.qinglian.model.PrescriptionItem;
import io.github.qinglian.model.Setting;
import io.github.qinglian.model.SpecialRule;
import io.github.qinglian.policy.Policy;
import io.github.qinglian.policy.RuleSetting;
import io.github.qinglian.rule.Rule;
import io.github.qinglian.rule.RuleCatalog;
import io.github.qinglian.testing.FixedClock;
import io.github.qinglian.testing.Fixtures;
import io.github.qinglian.testing.TestEngine;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Shared builders and assertions for the RX rule tests. */
final class Rx {
  /** The prescriber the fixtures' prescriptions name: a senior physician with every privilege. */
  static final String DOC = "D1";

  /** The issue instant of the fixtures' prescriptions: 2026-11-24T09:30+08:00. */
  static final Instant ISSUED = FixedClock.DEFAULT_INSTANT;

  private Rx() {}

  static Instant at(String iso) {
    return FixedClock.instant(iso);
  }

  // ------------------------------------------------------------------------------ engines

  /** An engine at a tertiary institution with {@link #DOC} and {@code drugs}. */
  static TestEngine engine(Drug... drugs) {
    return TestEngine.newBuilder().practitioner(Fixtures.physician(DOC).build()).drug(drugs);
  }

  static Verdict check(TestEngine engine, Prescription rx) {
    return engine.build().prescriptions().check(rx);
  }

  static Verdict check(Qinglian q, Prescription rx) {
    return q.prescriptions().check(rx);
  }

  // ------------------------------------------------------------------------------ drugs

  static Drug plain(String code) {
    return Fixtures.drug(code).build();
  }

  static Drug antibiotic(String code, AntibioticTier tier) {
    return Fixtures.drug(code).antibioticTier(tier).build();
  }

  static Drug antitumor(String code, AntitumorTier tier) {
    return Fixtures.drug(code).antitumorTier(tier).build();
  }

  static Drug controlled(String code, ControlClass control, DrugForm form) {
    return Drug.newBuilder(code, DrugCategory.WESTERN, form, BigDecimal.TEN)
        .genericName("管制药品 " + code)
        .control(control)
        .build();
  }

  static Drug special(String code, SpecialRule rule, ControlClass control, DrugForm form) {
    return Drug.newBuilder(code, DrugCategory.WESTERN, form, BigDecimal.TEN)
        .genericName("特殊药品 " + code)
        .control(control)
        .specialRule(rule)
        .build();
  }

  static Drug category(String code, DrugCategory category) {
    return Drug.newBuilder(code, category, DrugForm.ORAL, BigDecimal.TEN)
        .genericName("药品 " + code)
        .build();
  }

  static Drug priced(String code, String unitPrice) {
    return Drug.newBuilder(code, DrugCategory.WESTERN, DrugForm.ORAL, new BigDecimal(unitPrice))
        .genericName("药品 " + code)
        .build();
  }

  // ------------------------------------------------------------------------------ prescriptions

  static PrescriptionItem item(String code) {
    return Fixtures.item(code).build();
  }

  static PrescriptionItem days(String code, int daysSupply) {
    return Fixtures.item(code).daysSupply(daysSupply).build();
  }

  static Prescription.Builder rx(PrescriptionItem... items) {
    return Fixtures.prescription(DOC, items);
  }

  static Prescription.Builder rx(Setting setting, PrescriptionItem... items) {
    return Fixtures.prescription(DOC, items).setting(setting);
  }

  static Practitioner.Builder physician(String id) {
    return Fixtures.physician(id);
  }

  // ------------------------------------------------------------------------------ policies

  static Policy policy(String ruleId, RuleSetting setting) {
    return Policy.newBuilder().rule(ruleId, setting).build();
  }

  static Policy severity(String ruleId, Decision severity) {
    return policy(ruleId, RuleSetting.newBuilder().severity(severity).build());
  }

  static Policy disabled(String ruleId) {
    return policy(ruleId, RuleSetting.newBuilder().enabled(false).build());
  }

  static Policy param(String ruleId, String name, Object value) {
    return policy(ruleId, RuleSetting.newBuilder().param(name, value).build());
  }

  // ------------------------------------------------------------------------------ assertions

  /**
   * Asserts exactly one finding of {@code ruleId} at {@code severity}, well formed (see
   * {@link #assertWellFormed}), and returns it.
   */
  static Finding single(Verdict v, String ruleId, Decision severity) {
    List<Finding> found = v.findings(ruleId);
    assertThat(found).as("findings of %s in %s", ruleId, v).hasSize(1);
    Finding f = found.get(0);
    assertThat(f.severity()).as("severity of %s in %s", ruleId, v).isEqualTo(severity);
    assertWellFormed(f);
    return f;
  }

  /** {@link #single} at the rule's catalog severity. */
  static Finding single(Verdict v, String ruleId) {
    return single(v, ruleId, RuleCatalog.byId(ruleId).defaultSeverity());
  }

  /** Asserts that {@code v} has no finding of {@code ruleId}. */
  static void none(Verdict v, String ruleId) {
    assertThat(v.has(ruleId)).as("no finding of %s expected in %s", ruleId, v).isFalse();
  }

  /** Asserts the verdict's findings are exactly those of {@code ruleIds} (in any order). */
  static void onlyRules(Verdict v, String... ruleIds) {
    assertThat(v.ruleIds()).as("rules fired in %s", v).containsExactlyInAnyOrder(ruleIds);
  }

  /**
   * The message has zh and en text with every placeholder filled (an unfilled one renders as
   * {@code ?}), not the bare rule id, and the citation is the catalog's.
   */
  static void assertWellFormed(Finding f) {
    Rule rule = RuleCatalog.byId(f.ruleId());
    assertThat(f.citation()).as("citation of %s", f).isEqualTo(rule.citation());
    assertThat(f.message().zh()).as("zh message of %s", f)
        .isNotBlank()
        .doesNotContain("?")
        .doesNotStartWith(f.ruleId());
    assertThat(f.message().en()).as("en message of %s", f)
        .isNotBlank()
        .doesNotContain("?")
        .doesNotStartWith(f.ruleId());
    if (f.item() != Finding.NO_ITEM) {
      assertThat(f.evidence()).as("evidence of %s", f).containsEntry("item", f.item());
    }
  }

  /** The decision is {@code expected}, and is the most severe of the findings. */
  static void assertDecision(Verdict v, Decision expected) {
    assertThat(v.decision()).as("decision of %s", v).isEqualTo(expected);
    Decision max = Decision.ALLOW;
    for (Finding f : v.findings()) {
      max = max.max(f.severity());
    }
    assertThat(v.decision()).isEqualTo(max);
  }

  /** Asserts the single INPUT.INVALID finding names {@code pointer}, and returns it. */
  static Finding invalid(Verdict v, String pointer) {
    List<Finding> found = v.findings(RuleCatalog.INPUT_INVALID.id());
    assertThat(found)
        .as("INPUT.INVALID findings naming %s in %s", pointer, v)
        .filteredOn(f -> pointer.equals(f.evidence().get("pointer")))
        .hasSize(1);
    Finding f = found.stream().filter(x -> pointer.equals(x.evidence().get("pointer")))
        .findFirst().orElseThrow();
    assertThat(f.severity()).isEqualTo(Decision.REVIEW);
    assertWellFormed(f);
    return f;
  }
}
