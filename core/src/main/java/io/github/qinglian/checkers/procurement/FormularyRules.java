package io.github.qinglian.checkers.procurement;

import static io.github.qinglian.rule.RuleCatalog.PROC_FORMULARY_ANTIBIOTIC_COUNT;
import static io.github.qinglian.rule.RuleCatalog.PROC_FORMULARY_SPECS;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.qinglian.Finding;
import io.github.qinglian.FormularyChecker;
import io.github.qinglian.Snapshot;
import io.github.qinglian.Verdict;
import io.github.qinglian.internal.FindingList;
import io.github.qinglian.internal.PerSnapshot;
import io.github.qinglian.internal.Findings;
import io.github.qinglian.model.AntibioticTier;
import io.github.qinglian.model.DrugForm;
import io.github.qinglian.model.FormClass;
import io.github.qinglian.model.FormularyAction;
import io.github.qinglian.model.FormularyChange;
import io.github.qinglian.policy.Policy;
import io.github.qinglian.reference.FormularyCatalog;
import io.github.qinglian.rule.Family;
import java.time.Clock;
import java.time.Instant;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The supply-catalogue change checker over a live snapshot: {@code PROC.FORMULARY.SPECS}
 * (一品两规) and {@code PROC.FORMULARY.ANTIBIOTIC_COUNT}. Thread-safe and lock-free; never throws.
 * Construct it through {@link io.github.qinglian.Qinglian#formulary()}.
 *
 * <p>An ADD is judged against the catalogue as it is: it fires SPECS only when it brings a new
 * distinct specification that takes its generic name over {@code maxSpecs} in its form class
 * (INJECTION, or ORAL with CONTROLLED_RELEASE), and ANTIBIOTIC_COUNT only when it brings a new
 * antibiotic generic name (品种) that takes the count over the institution level's cap. An ADD
 * of a specification or antibiotic already in the catalogue never fires. A REMOVE can take no
 * count over a cap, so no rule fires for it; removing an item that is not in the catalogue, or
 * adding one whose item code already is, is {@code INPUT.INVALID} naming
 * {@code /subject/item/itemCode}.
 */
public final class FormularyRules implements FormularyChecker {
  private static final Logger LOG = LoggerFactory.getLogger(FormularyRules.class);

  private final java.util.function.Supplier<Snapshot> snapshots;
  private final Clock clock;
  private final PerSnapshot<ProcurementLimits> limits =
      new PerSnapshot<>(ProcurementLimits::new);

  /** Creates a checker reading the snapshot {@code snapshots} supplies, timed by {@code clock}. */
  public FormularyRules(java.util.function.Supplier<Snapshot> snapshots, Clock clock) {
    this.snapshots = snapshots;
    this.clock = clock;
  }

  @Override
  public Verdict check(@Nullable FormularyChange change) {
    return run(change, clock.instant());
  }

  @Override
  public Verdict check(@Nullable FormularyChange change, Instant at) {
    return run(change, at);
  }

  private Verdict run(@Nullable FormularyChange change, Instant at) {
    Snapshot s = null;
    try {
      s = snapshots.get();
      ProcurementLimits l = limits.get(s);
      FindingList out = evaluate(l, change);
      return out == null ? s.allowVerdict() : out.verdict(s.allowVerdict());
    } catch (Throwable t) { // an internal failure must never reach the HIS's thread
      Findings.rethrowFatal(t);
      return Findings.engineError(s, t, false, LOG, "formulary check");
    }
  }

  private static @Nullable FindingList evaluate(ProcurementLimits l, @Nullable FormularyChange c) {
    Policy policy = l.snapshot.policy();
    if (c == null) {
      return invalid(policy, null, "/subject", "required", null);
    }
    FindingList out = null;
    FormularyAction action = c.action();
    if (action == null) {
      out = invalid(policy, out, "/subject/action", "required", null);
    }
    FormularyCatalog catalogue = l.snapshot.reference().formulary();
    if (!c.hasItem()) {
      return invalid(policy, out, "/subject/item", "required", null);
    }
    String code = c.itemCode();
    boolean codeGiven = !blank(code);
    if (!codeGiven) {
      out = invalid(policy, out, "/subject/item/itemCode", "required", null);
    }
    if (action == FormularyAction.REMOVE) {
      if (codeGiven && catalogue.find(code) == null) {
        out = invalid(policy, out, "/subject/item/itemCode", "is not in the catalogue", code);
      }
      return out;
    }
    if (action == null) {
      return out; // neither an ADD nor a REMOVE can be judged
    }
    if (codeGiven && catalogue.find(code) != null) {
      out = invalid(policy, out, "/subject/item/itemCode",
          "is already in the catalogue; remove it first to change it", code);
    }
    String name = c.genericName();
    if (blank(name)) {
      out = invalid(policy, out, "/subject/item/genericName", "required", null);
      name = null;
    }
    DrugForm form = c.form();
    if (form == null) {
      out = invalid(policy, out, "/subject/item/form", "required", null);
    }
    String spec = c.spec();
    if (blank(spec)) {
      out = invalid(policy, out, "/subject/item/spec", "required", null);
      spec = null;
    }
    AntibioticTier tier = c.antibioticTier();
    if (tier == AntibioticTier.NONE) {
      out = invalid(policy, out, "/subject/item/antibioticTier",
          "NONE is not a tier; leave it out for items that are not antibiotics", tier.name());
      tier = null;
    }
    if (name == null) {
      return out;
    }

    // 一品两规
    FormClass formClass = FormClass.of(form);
    if (formClass != null && spec != null && policy.enabled(PROC_FORMULARY_SPECS)) {
      ImmutableSet<String> specs = catalogue.specifications(name, formClass);
      if (!specs.contains(FormularyCatalog.key(spec)) && specs.size() + 1 > l.maxSpecs) {
        out = Findings.add(out, policy, PROC_FORMULARY_SPECS, null, Finding.NO_ITEM,
            "itemCode", code, "genericName", name, "formClass", formClass.name(), "spec", spec,
            "specifications", ImmutableList.copyOf(new TreeSet<>(specs)),
            "count", specs.size() + 1, "maxSpecs", l.maxSpecs);
      }
    }

    // antibiotic 品种 cap
    Integer cap = l.antibioticCap;
    if (tier != null && cap != null && policy.enabled(PROC_FORMULARY_ANTIBIOTIC_COUNT)
        && !catalogue.hasAntibiotic(name) && catalogue.antibioticCount() + 1 > cap) {
      out = Findings.add(out, policy, PROC_FORMULARY_ANTIBIOTIC_COUNT, null, Finding.NO_ITEM,
          "itemCode", code, "genericName", name, "antibioticTier", tier.name(),
          "count", catalogue.antibioticCount() + 1, "cap", cap,
          "level", l.snapshot.institution().level().name());
    }
    return out;
  }

  private static boolean blank(@Nullable String s) {
    return s == null || s.trim().isEmpty();
  }

  private static @Nullable FindingList invalid(
      Policy policy, @Nullable FindingList out, String pointer, String reason,
      @Nullable Object value) {
    return Findings.invalid(policy, Family.PROCUREMENT, out, Finding.NO_ITEM, pointer, reason,
        value);
  }
}
