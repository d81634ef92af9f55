package io.github.qinglian.checkers.procurement;

import static io.github.qinglian.rule.RuleCatalog.PROC_FORMULARY_ANTIBIOTIC_COUNT;
import static io.github.qinglian.rule.RuleCatalog.PROC_FORMULARY_SPECS;
import static io.github.qinglian.rule.RuleCatalog.PROC_OFF_PLATFORM;
import static io.github.qinglian.rule.RuleCatalog.PROC_PAYMENT;
import static io.github.qinglian.rule.RuleCatalog.PROC_SUPPLIER;
import static io.github.qinglian.rule.RuleCatalog.PROC_VBP_VOLUME;

import io.github.qinglian.Snapshot;
import io.github.qinglian.model.CreditRating;
import io.github.qinglian.model.InstitutionLevel;
import io.github.qinglian.model.ListingCategory;
import io.github.qinglian.policy.Policy;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A snapshot's PROC parameters as plain fields, read on the hot path. */
final class ProcurementLimits {
  static final long DAY_SECONDS = 24L * 3600;

  final Snapshot snapshot;
  final long filingSeconds;
  final long paymentSeconds;
  final CreditRating blockFromRating;
  final BigDecimal minCompletion;
  final long minCompletionUnits;
  final int maxSpecs;
  final @Nullable Integer antibioticCap;
  private final boolean[] traceable = new boolean[ListingCategory.values().length];

  ProcurementLimits(Snapshot snapshot) {
    this.snapshot = snapshot;
    Policy p = snapshot.policy();
    filingSeconds = DAY_SECONDS * p.intParam(PROC_OFF_PLATFORM, "filingDays");
    paymentSeconds = DAY_SECONDS * p.intParam(PROC_PAYMENT, "maxDays");
    blockFromRating = CreditRating.valueOf((String) p.param(PROC_SUPPLIER, "blockFromRating"));
    minCompletion = (BigDecimal) p.param(PROC_VBP_VOLUME, "minCompletion");
    minCompletionUnits = VbpSchedule.units(minCompletion);
    maxSpecs = p.intParam(PROC_FORMULARY_SPECS, "maxSpecs");
    antibioticCap = cap(p, snapshot.institution().level());
    for (ListingCategory c : ListingCategory.values()) {
      traceable[c.ordinal()] = p.traceableCategories().contains(c.name());
    }
  }

  /** Whether accepted lines of {@code category} need trace codes. */
  boolean traceable(ListingCategory category) {
    return traceable[category.ordinal()];
  }

  /** The antibiotic cap of {@code level} under {@code p}, or {@code null} for none. */
  static @Nullable Integer cap(Policy p, InstitutionLevel level) {
    String name = level == InstitutionLevel.TERTIARY ? "tertiary"
        : level == InstitutionLevel.SECONDARY ? "secondary" : "primary";
    return (Integer) p.param(PROC_FORMULARY_ANTIBIOTIC_COUNT, name);
  }
}
