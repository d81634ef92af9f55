package io.github.qinglian.checkers.procurement;

import static io.github.qinglian.testing.ProcurementFixtures.line;
import static io.github.qinglian.testing.ProcurementFixtures.listing;
import static io.github.qinglian.testing.ProcurementFixtures.order;
import static io.github.qinglian.testing.ProcurementFixtures.supplier;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.qinglian.Decision;
import io.github.qinglian.Qinglian;
import io.github.qinglian.Verdict;
import io.github.qinglian.model.PlatformListing;
import io.github.qinglian.model.PurchaseOrder;
import io.github.qinglian.model.VbpAgreement;
import io.github.qinglian.policy.Policy;
import io.github.qinglian.policy.RuleSetting;
import io.github.qinglian.testing.FixedClock;
import io.github.qinglian.testing.TestEngine;
import io.github.qinglian.testing.Verdicts;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * PROC.VBP_VOLUME and PROC.VBP_PRIORITY at the exact edges of the projection: on schedule and one
 * ten-thousandth behind, the first and last instants of a period, a leap day, minCompletion.
 */
class VbpRulesTest {
  /** 2026 (+08:00): 365 days, 3650 units agreed, so 10 a day: 1000 due after 100 days. */
  static final Instant START = FixedClock.instant("2026-01-01T00:00:00+08:00");
  static final Instant END = FixedClock.instant("2027-01-01T00:00:00+08:00");
  static final Instant DAY_100 = START.plus(Duration.ofDays(100));
  static final BigDecimal VOLUME = new BigDecimal("3650");

  static PlatformListing vbp(String code, String soFar, Instant start, Instant end,
      BigDecimal volume) {
    return listing(code).vbp(VbpAgreement.newBuilder(BigDecimal.TEN, volume, start, end)
        .procuredSoFar(new BigDecimal(soFar)).build()).build();
  }

  static Qinglian engine(String soFar) {
    return engine(vbp("XV01", soFar, START, END, VOLUME), Policy.defaults());
  }

  static Qinglian engine(PlatformListing l, Policy policy) {
    return TestEngine.newBuilder().listing(l, listing("XA01").build())
        .supplier(supplier("S1").build()).policy(policy).build();
  }

  static PurchaseOrder buy(String quantity) {
    return order("S1", line("XV01").quantity(new BigDecimal(quantity)).build())
        .createdAt(START).build();
  }

  static Policy minCompletion(String value) {
    return Policy.newBuilder().rule("PROC.VBP_VOLUME", RuleSetting.newBuilder()
        .param("minCompletion", new BigDecimal(value)).build()).build();
  }

  @Test
  void exactlyOnScheduleIsNotBehindAndOneTenThousandthLessIs() {
    Verdicts.assertAllows(engine("900").purchases().check(buy("100"), DAY_100));
    Verdict v = engine("900").purchases().check(buy("99.9999"), DAY_100);
    Verdicts.assertWarns(v, "PROC.VBP_VOLUME");
    Map<String, Object> e = v.findings("PROC.VBP_VOLUME").get(0).evidence();
    assertThat(e).containsEntry("item", 0).containsEntry("platformCode", "XV01")
        .containsEntry("procured", new BigDecimal("999.9999"))
        .containsEntry("orderQuantity", new BigDecimal("99.9999"))
        .containsEntry("target", new BigDecimal("3650"))
        .containsEntry("elapsedShare", new BigDecimal("0.2740"))
        .containsEntry("projected", new BigDecimal("3650.00"));
  }

  @Test
  void thisOrdersQuantityCountsTowardsTheProjection() {
    Verdicts.assertWarns(engine("0").purchases().check(buy("999.9999"), DAY_100),
        "PROC.VBP_VOLUME");
    Verdicts.assertAllows(engine("0").purchases().check(buy("1000"), DAY_100));
  }

  @Test
  void linesOfTheSameItemAreSummedAndReportedOnceAtTheFirst() {
    PurchaseOrder po = order("S1", line("XA01").build(),
        line("XV01").quantity(new BigDecimal("50")).build(),
        line("XV01").quantity(new BigDecimal("49.9999")).build()).createdAt(START).build();
    Verdict v = engine("900").purchases().check(po, DAY_100);
    assertThat(v.findings("PROC.VBP_VOLUME")).hasSize(1);
    assertThat(v.findings("PROC.VBP_VOLUME").get(0).item()).isEqualTo(1);
    Verdicts.assertAllows(engine("900.0001").purchases().check(po, DAY_100));
  }

  @Test
  void atTheFirstInstantOfThePeriodThereIsNoProjection() {
    Verdicts.assertAllows(engine("0").purchases().check(buy("1"), START));
    Verdicts.assertAllows(engine("0").purchases().check(buy("1"), START.minusSeconds(3600)));
    Verdicts.assertAllows(engine("0").purchases().check(buy("1"), START.plusMillis(1)));
  }

  @Test
  void atTheLastInstantTheWholeVolumeIsDue() {
    Verdicts.assertAllows(engine("3550").purchases().check(buy("100"), END));
    Verdicts.assertWarns(engine("3550").purchases().check(buy("99.9999"), END),
        "PROC.VBP_VOLUME");
    Verdict after = engine("3550").purchases().check(buy("99.9999"), END.plus(Duration.ofDays(9)));
    assertThat(after.findings("PROC.VBP_VOLUME").get(0).evidence())
        .containsEntry("elapsedShare", new BigDecimal("1.0000"));
  }

  @Test
  void aLeapDayIsADayOfThePeriod() {
    // 2028 has 366 days: 3660 agreed, 10 a day; 1 March is 60 days in (29 February included).
    Instant start = FixedClock.instant("2028-01-01T00:00:00+08:00");
    Instant end = FixedClock.instant("2029-01-01T00:00:00+08:00");
    Instant march1 = FixedClock.instant("2028-03-01T00:00:00+08:00");
    BigDecimal volume = new BigDecimal("3660");
    PurchaseOrder po = buy("1");
    assertThat(engine(vbp("XV01", "599", start, end, volume), Policy.defaults()).purchases()
        .check(po, march1).has("PROC.VBP_VOLUME")).isFalse();
    assertThat(engine(vbp("XV01", "598.9999", start, end, volume), Policy.defaults())
        .purchases().check(po, march1).has("PROC.VBP_VOLUME")).isTrue();
    // without the leap day 590 would be due by 1 March, and 595 would be on schedule
    assertThat(engine(vbp("XV01", "594", start, end, volume), Policy.defaults()).purchases()
        .check(po, march1).has("PROC.VBP_VOLUME")).isTrue();
  }

  @Test
  void minCompletionScalesTheTarget() {
    Policy p = minCompletion("0.8");
    Verdicts.assertAllows(engine(vbp("XV01", "700", START, END, VOLUME), p).purchases()
        .check(buy("100"), DAY_100));
    Verdict v = engine(vbp("XV01", "700", START, END, VOLUME), p).purchases()
        .check(buy("99.9999"), DAY_100);
    Verdicts.assertWarns(v, "PROC.VBP_VOLUME");
    assertThat(v.findings().get(0).evidence()).containsEntry("target", new BigDecimal("2920"))
        .containsEntry("minCompletion", new BigDecimal("0.8"));
    Verdicts.assertAllows(engine(vbp("XV01", "0", START, END, VOLUME), minCompletion("0"))
        .purchases().check(buy("1"), DAY_100));
  }

  @Test
  void aMinCompletionFinerThanTenThousandthsIsComparedExactly() {
    // 3650 × 0.33333 × 100 / 365 = 333.33 due after 100 days
    Policy p = minCompletion("0.33333");
    Verdicts.assertAllows(engine(vbp("XV01", "233.33", START, END, VOLUME), p).purchases()
        .check(buy("100"), DAY_100));
    Verdicts.assertWarns(engine(vbp("XV01", "233.3299", START, END, VOLUME), p).purchases()
        .check(buy("100"), DAY_100), "PROC.VBP_VOLUME");
  }

  @Test
  void severityAndEnabledComeFromThePolicy() {
    Policy review = Policy.newBuilder().rule("PROC.VBP_VOLUME",
        RuleSetting.newBuilder().severity(Decision.REVIEW).build()).build();
    Verdicts.assertReviews(engine(vbp("XV01", "0", START, END, VOLUME), review).purchases()
        .check(buy("1"), DAY_100), "PROC.VBP_VOLUME");
    Policy off = Policy.newBuilder().rule("PROC.VBP_VOLUME",
        RuleSetting.newBuilder().enabled(false).build()).build();
    Verdicts.assertAllows(engine(vbp("XV01", "0", START, END, VOLUME), off).purchases()
        .check(buy("1"), DAY_100));
  }

  // ------------------------------------------------------------------------------ priority

  static PurchaseOrder substitute(String quantity) {
    return order("S1", line("XA01").quantity(new BigDecimal(quantity))
        .substitutesVbpItem("XV01").build()).createdAt(START).build();
  }

  @Test
  void aSubstituteForAnItemBehindScheduleWarns() {
    Verdict v = engine("999.9999").purchases().check(substitute("5"), DAY_100);
    Verdicts.assertWarns(v, "PROC.VBP_PRIORITY");
    assertThat(v.findings("PROC.VBP_PRIORITY").get(0).evidence())
        .containsEntry("substitutesVbpItem", "XV01").containsEntry("platformCode", "XA01")
        .containsEntry("procuredSoFar", new BigDecimal("999.9999"));
    Verdicts.assertAllows(engine("1000").purchases().check(substitute("5"), DAY_100));
  }

  @Test
  void theSubstitutesQuantityDoesNotCountTowardsTheItem() {
    Verdicts.assertWarns(engine("999.9999").purchases().check(substitute("100000"), DAY_100),
        "PROC.VBP_PRIORITY");
  }

  @Test
  void anOrderThatAlsoBuysTheItemIsNotAPriorityFinding() {
    PurchaseOrder both = order("S1", line("XA01").substitutesVbpItem("XV01").build(),
        line("XV01").quantity(new BigDecimal("1")).build()).createdAt(START).build();
    Verdict v = engine("0").purchases().check(both, DAY_100);
    Verdicts.assertNoFinding(v, "PROC.VBP_PRIORITY");
    Verdicts.assertWarns(v, "PROC.VBP_VOLUME");
  }

  @Test
  void beforeThePeriodNothingIsBehind() {
    Verdicts.assertAllows(engine("0").purchases().check(substitute("5"), START));
  }

  @Test
  void anUnknownOrNonVbpSubstitutedItemIsInvalid() {
    PurchaseOrder unknown = order("S1", line("XA01").substitutesVbpItem("XZ99").build()).build();
    Verdict v = engine("0").purchases().check(unknown, DAY_100);
    Verdicts.assertBlocks(v, "INPUT.INVALID");
    assertThat(v.findings("INPUT.INVALID").get(0).evidence())
        .containsEntry("pointer", "/subject/lines/0/substitutesVbpItem")
        .containsEntry("value", "XZ99");
    PurchaseOrder plain = order("S1", line("XV01").quantity(new BigDecimal("5000")).build(),
        line("XA01").substitutesVbpItem("XA01").build()).build();
    assertThat(engine("0").purchases().check(plain, DAY_100).findings("INPUT.INVALID").get(0)
        .evidence()).containsEntry("reason", "is not a VBP-selected listing");
  }
}
