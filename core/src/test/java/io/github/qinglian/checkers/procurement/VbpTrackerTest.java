package io.github.qinglian.checkers.procurement;

import static io.github.qinglian.testing.ProcurementFixtures.line;
import static io.github.qinglian.testing.ProcurementFixtures.listing;
import static io.github.qinglian.testing.ProcurementFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.qinglian.ConfigProblem;
import io.github.qinglian.model.PlatformListing;
import io.github.qinglian.model.PurchaseOrder;
import io.github.qinglian.model.VbpAgreement;
import io.github.qinglian.policy.Policy;
import io.github.qinglian.testing.FixedClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The tracker's arithmetic at exact boundaries, and the report's accounting. */
class VbpTrackerTest {
  static final Instant START = VbpRulesTest.START;
  static final Instant END = VbpRulesTest.END;
  static final Instant DAY_100 = VbpRulesTest.DAY_100;

  static PlatformListing xv01(String opening) {
    return VbpRulesTest.vbp("XV01", opening, START, END, VbpRulesTest.VOLUME);
  }

  static PurchaseOrder accepted(Instant at, String code, String quantity) {
    return order("S1", line(code).quantity(new BigDecimal(quantity)).build()).createdAt(at)
        .acceptedAt(at).build();
  }

  static VbpItemProgress only(VbpReport r) {
    assertThat(r.items()).hasSize(1);
    return r.items().get(0);
  }

  @Test
  void onlyVbpSelectedListingsAreTracked() {
    VbpTracker t = VbpTracker.of(ImmutableList.of(listing("XA01").build(), xv01("0")),
        Policy.defaults());
    assertThat(t.items()).extracting(PlatformListing::platformCode).containsExactly("XV01");
  }

  @Test
  void exactlyOnScheduleIsNotAtRiskAndOneTenThousandthLessIs() {
    VbpItemProgress on = only(VbpTracker.of(ImmutableList.of(xv01("900")), Policy.defaults())
        .accept(accepted(START.plus(Duration.ofDays(3)), "XV01", "100")).report(DAY_100));
    assertThat(on.procured()).isEqualByComparingTo("1000");
    assertThat(on.scheduled()).isEqualByComparingTo("1000");
    assertThat(on.atRisk()).isFalse();
    VbpItemProgress behind = only(VbpTracker.of(ImmutableList.of(xv01("900")),
        Policy.defaults()).accept(accepted(START.plus(Duration.ofDays(3)), "XV01", "99.9999"))
        .report(DAY_100));
    assertThat(behind.atRisk()).isTrue();
    assertThat(behind.completion()).isEqualByComparingTo("0.2740");
    assertThat(behind.elapsedShare()).isEqualByComparingTo("0.2740");
    assertThat(behind.projected()).isEqualByComparingTo("3650.00");
  }

  @Test
  void theTrackerReportsTheCheckersFigure() {
    for (String opening : new String[] {"899.9999", "900", "900.0001"}) {
      boolean checker = VbpRulesTest.engine(opening).purchases()
          .check(VbpRulesTest.buy("100"), DAY_100).has("PROC.VBP_VOLUME");
      boolean tracker = only(VbpTracker.of(ImmutableList.of(xv01(opening)), Policy.defaults())
          .accept(accepted(START, "XV01", "100")).report(DAY_100)).atRisk();
      assertThat(tracker).as(opening).isEqualTo(checker);
    }
  }

  @Test
  void anOrderAcceptedAtTheFirstInstantOfThePeriodCounts() {
    VbpReport r = VbpTracker.of(ImmutableList.of(xv01("0")), Policy.defaults())
        .accept(accepted(START, "XV01", "100"))
        .accept(accepted(START.minusSeconds(1), "XV01", "7"))
        .report(START);
    VbpItemProgress p = only(r);
    assertThat(p.procuredInOrders()).isEqualByComparingTo("100");
    assertThat(p.elapsedShare()).isEqualByComparingTo("0");
    assertThat(p.projected()).isNull();
    assertThat(p.atRisk()).isFalse();
    assertThat(pointers(r)).containsExactly("/orders/1/lines/0");
    assertThat(r.skipped().get(0).reason()).contains("outside the VBP period");
  }

  @Test
  void anOrderAcceptedExactlyAtPeriodEndCountsAndOneSecondLaterDoesNot() {
    VbpTracker t = VbpTracker.of(ImmutableList.of(xv01("3500")), Policy.defaults())
        .accept(accepted(END, "XV01", "150"))
        .accept(accepted(END.plusSeconds(1), "XV01", "1"));
    VbpReport atEnd = t.report(END);
    assertThat(only(atEnd).procured()).isEqualByComparingTo("3650");
    assertThat(only(atEnd).completion()).isEqualByComparingTo("1.0000");
    assertThat(only(atEnd).atRisk()).isFalse();
    assertThat(pointers(atEnd)).containsExactly("/orders/1/acceptedAt");
    VbpReport later = t.report(END.plus(Duration.ofDays(1)));
    assertThat(only(later).procured()).isEqualByComparingTo("3650");
    assertThat(pointers(later)).containsExactly("/orders/1/lines/0");
    VbpReport before = t.report(END.minusSeconds(1));
    assertThat(only(before).procured()).isEqualByComparingTo("3500");
    assertThat(only(before).atRisk()).isTrue();
    assertThat(pointers(before)).containsExactly("/orders/0/acceptedAt", "/orders/1/acceptedAt");
  }

  @Test
  void aLeapDayCountsInThePeriod() {
    Instant start = FixedClock.instant("2028-01-01T00:00:00+08:00");
    Instant end = FixedClock.instant("2029-01-01T00:00:00+08:00");
    Instant leapDay = FixedClock.instant("2028-02-29T12:00:00+08:00");
    Instant march1 = FixedClock.instant("2028-03-01T00:00:00+08:00");
    PlatformListing l = VbpRulesTest.vbp("XV02", "0", start, end, new BigDecimal("3660"));
    VbpItemProgress on = only(VbpTracker.of(ImmutableList.of(l), Policy.defaults())
        .accept(accepted(leapDay, "XV02", "600")).report(march1));
    assertThat(on.elapsedShare()).isEqualByComparingTo("0.1639"); // 60 / 366
    assertThat(on.scheduled()).isEqualByComparingTo("600");
    assertThat(on.atRisk()).isFalse();
    assertThat(on.timeline()).extracting(VbpPoint::at).containsExactly(start, leapDay, march1);
    VbpItemProgress behind = only(VbpTracker.of(ImmutableList.of(l), Policy.defaults())
        .accept(accepted(leapDay, "XV02", "599.9999")).report(march1));
    assertThat(behind.atRisk()).isTrue();
  }

  @Test
  void substitutesAreCountedApartAndTheirShareReported() {
    PurchaseOrder sub = order("S1", line("XA01").quantity(30).substitutesVbpItem("XV01")
        .build()).acceptedAt(START.plus(Duration.ofDays(2))).build();
    VbpItemProgress p = only(VbpTracker.of(ImmutableList.of(xv01("0")), Policy.defaults())
        .accept(accepted(START.plus(Duration.ofDays(1)), "XV01", "150")).accept(sub)
        .report(DAY_100));
    assertThat(p.procuredInOrders()).isEqualByComparingTo("150");
    assertThat(p.substituteQuantity()).isEqualByComparingTo("30");
    assertThat(p.substituteShare()).isEqualByComparingTo("0.1667");
    assertThat(p.amount()).isEqualByComparingTo("1500");
    assertThat(p.lines()).isEqualTo(1);
    assertThat(p.substituteLines()).isEqualTo(1);
  }

  @Test
  void everyOrderOrLineNotCountedIsListedWithItsPointer() {
    PurchaseOrder notAccepted = order("S1", line("XV01").build()).build();
    PurchaseOrder badLines = order("S1", line("XV01").quantity(0).build(), null,
        line("XV01").unitPrice("0.123456").build(), line("XA01").build())
        .acceptedAt(START.plus(Duration.ofDays(1))).build();
    VbpReport r = VbpTracker.of(ImmutableList.of(xv01("0")), Policy.defaults())
        .accept(null).accept(notAccepted).accept(badLines).report(DAY_100);
    assertThat(pointers(r)).containsExactly("/orders/0", "/orders/1/acceptedAt",
        "/orders/2/lines/0/quantity", "/orders/2/lines/1", "/orders/2/lines/2/unitPrice");
    assertThat(r.orders()).isEqualTo(3);
    assertThat(r.acceptedOrders()).isEqualTo(1);
    assertThat(r.countedLines()).isZero();
  }

  @Test
  void totalsAddUpTheCountedLines() {
    VbpReport r = VbpTracker.of(ImmutableList.of(xv01("10"),
            VbpRulesTest.vbp("XV03", "0", START, END, new BigDecimal("100"))), Policy.defaults())
        .accept(accepted(START.plus(Duration.ofDays(1)), "XV01", "12.5"))
        .accept(accepted(START.plus(Duration.ofDays(2)), "XV03", "7"))
        .accept(accepted(START.plus(Duration.ofDays(3)), "XA01", "1000"))
        .report(DAY_100);
    assertThat(r.totalQuantity()).isEqualByComparingTo("19.5");
    assertThat(r.totalAmount()).isEqualByComparingTo("195");
    assertThat(r.countedLines()).isEqualTo(2);
    assertThat(r.atRisk()).extracting(VbpItemProgress::platformCode)
        .containsExactly("XV01", "XV03");
  }

  @Test
  void theTimelineStartsAtTheOpeningBalanceAndEndsAtTheReportInstant() {
    Instant d1 = START.plus(Duration.ofDays(1));
    Instant d2 = START.plus(Duration.ofDays(2));
    VbpItemProgress p = only(VbpTracker.of(ImmutableList.of(xv01("5")), Policy.defaults())
        .accept(accepted(d2, "XV01", "3")).accept(accepted(d1, "XV01", "1"))
        .accept(accepted(d1, "XV01", "2")).report(DAY_100));
    assertThat(p.timeline()).containsExactly(VbpPoint.of(START, new BigDecimal("5")),
        VbpPoint.of(d1, new BigDecimal("8")), VbpPoint.of(d2, new BigDecimal("11")),
        VbpPoint.of(DAY_100, new BigDecimal("11")));
  }

  @Test
  void aNotedProblemComesFirstAndHidesTheTrackersOwnAtTheSamePointer() {
    VbpReport r = VbpTracker.of(ImmutableList.of(xv01("0")), Policy.defaults())
        .note(ConfigProblem.of("/orders/0/acceptedAt", "has no offset; not counted"))
        .accept(order("S1", line("XV01").build()).build()).report(DAY_100);
    assertThat(r.skipped()).containsExactly(
        ConfigProblem.of("/orders/0/acceptedAt", "has no offset; not counted"));
  }

  @Test
  void projectionArithmeticIsExactInBothPaths() {
    VbpAgreement a = VbpAgreement.newBuilder(BigDecimal.ONE, new BigDecimal("3650"), START, END)
        .build();
    long elapsed = Duration.ofDays(100).toMillis();
    assertThat(VbpSchedule.behind(10_000_000L, a, elapsed, BigDecimal.ONE, 10_000)).isFalse();
    assertThat(VbpSchedule.behind(9_999_999L, a, elapsed, BigDecimal.ONE, 10_000)).isTrue();
    assertThat(VbpSchedule.behind(new BigDecimal("1000"), a, elapsed, BigDecimal.ONE)).isFalse();
    assertThat(VbpSchedule.behind(new BigDecimal("999.9999"), a, elapsed, BigDecimal.ONE))
        .isTrue();
    assertThat(VbpSchedule.compareProducts(Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE,
        Long.MAX_VALUE - 1)).isPositive();
    assertThat(VbpSchedule.add(Long.MAX_VALUE, 1)).isEqualTo(-1);
  }

  private static List<String> pointers(VbpReport r) {
    return r.skipped().stream().map(ConfigProblem::pointer).collect(Collectors.toList());
  }
}
