package io.github.qinglian.checkers.prescription;

import static io.github.qinglian.rule.RuleCatalog.RX_ANTIBIOTIC_OVERRIDE_OVERDUE;
import static io.github.qinglian.rule.RuleCatalog.RX_CONTROLLED_QUANTITY;
import static io.github.qinglian.rule.RuleCatalog.RX_COST_LARGE;
import static io.github.qinglian.rule.RuleCatalog.RX_DAYS_LIMIT;
import static io.github.qinglian.rule.RuleCatalog.RX_INTERNET_CHILD_GUARDIAN;
import static io.github.qinglian.rule.RuleCatalog.RX_INTERNET_PRESCRIBER;
import static io.github.qinglian.rule.RuleCatalog.RX_ITEMS_MAX;
import static io.github.qinglian.rule.RuleCatalog.RX_PSYCHOTROPIC2_QUANTITY;
import static io.github.qinglian.rule.RuleCatalog.RX_VALIDITY_EXPIRED;

import io.github.qinglian.Snapshot;
import io.github.qinglian.policy.Policy;
import java.math.BigDecimal;

/** A snapshot's RX parameters as plain fields, read on the hot path. */
final class Limits {
  final Snapshot snapshot;
  final long overrideWindowSeconds;
  final int injectionDoses;
  final int controlledReleaseDays;
  final int otherDays;
  final int painInjectionDays;
  final int painControlledReleaseDays;
  final int painOtherDays;
  final int inpatientDays;
  final int methylphenidateDays;
  final int psychotropic2Days;
  final int maxItems;
  final int outpatientDays;
  final int emergencyDays;
  final int extendedDays;
  final int longTermDays;
  final int validityDays;
  final int internetMinYears;
  final int childMaxAgeYears;
  final BigDecimal outpatientYuan;
  final BigDecimal emergencyYuan;
  final BigDecimal internetYuan;
  final long outpatientCost;
  final long emergencyCost;
  final long internetCost;

  Limits(Snapshot snapshot) {
    this.snapshot = snapshot;
    Policy p = snapshot.policy();
    overrideWindowSeconds = 3600L * p.intParam(RX_ANTIBIOTIC_OVERRIDE_OVERDUE, "windowHours");
    injectionDoses = p.intParam(RX_CONTROLLED_QUANTITY, "injectionDoses");
    controlledReleaseDays = p.intParam(RX_CONTROLLED_QUANTITY, "controlledReleaseDays");
    otherDays = p.intParam(RX_CONTROLLED_QUANTITY, "otherDays");
    painInjectionDays = p.intParam(RX_CONTROLLED_QUANTITY, "painInjectionDays");
    painControlledReleaseDays = p.intParam(RX_CONTROLLED_QUANTITY, "painControlledReleaseDays");
    painOtherDays = p.intParam(RX_CONTROLLED_QUANTITY, "painOtherDays");
    inpatientDays = p.intParam(RX_CONTROLLED_QUANTITY, "inpatientDays");
    methylphenidateDays = p.intParam(RX_CONTROLLED_QUANTITY, "methylphenidateDays");
    psychotropic2Days = p.intParam(RX_PSYCHOTROPIC2_QUANTITY, "maxDays");
    maxItems = p.intParam(RX_ITEMS_MAX, "maxItems");
    outpatientDays = p.intParam(RX_DAYS_LIMIT, "outpatientDays");
    emergencyDays = p.intParam(RX_DAYS_LIMIT, "emergencyDays");
    extendedDays = p.intParam(RX_DAYS_LIMIT, "extendedDays");
    longTermDays = p.intParam(RX_DAYS_LIMIT, "longTermDays");
    validityDays = p.intParam(RX_VALIDITY_EXPIRED, "maxDays");
    internetMinYears = p.intParam(RX_INTERNET_PRESCRIBER, "minYears");
    childMaxAgeYears = p.intParam(RX_INTERNET_CHILD_GUARDIAN, "maxAgeYears");
    outpatientYuan = p.moneyParam(RX_COST_LARGE, "outpatientYuan");
    emergencyYuan = p.moneyParam(RX_COST_LARGE, "emergencyYuan");
    internetYuan = p.moneyParam(RX_COST_LARGE, "internetYuan");
    outpatientCost = tenThousandths(outpatientYuan);
    emergencyCost = tenThousandths(emergencyYuan);
    internetCost = tenThousandths(internetYuan);
  }

  /** Yuan as ten-thousandths of a yuan, saturating; thresholds carry at most 4 decimals. */
  private static long tenThousandths(BigDecimal yuan) {
    BigDecimal v = yuan.movePointRight(4);
    return v.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) >= 0 ? Long.MAX_VALUE : v.longValue();
  }
}
