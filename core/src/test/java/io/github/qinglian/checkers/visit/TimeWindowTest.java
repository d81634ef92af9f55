package io.github.qinglian.checkers.visit;

import static io.github.qinglian.checkers.visit.V.engine;
import static io.github.qinglian.checkers.visit.V.evidence;
import static io.github.qinglian.checkers.visit.V.reasons;
import static io.github.qinglian.checkers.visit.V.t;
import static io.github.qinglian.checkers.visit.V.visit;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.qinglian.Qinglian;
import io.github.qinglian.Verdict;
import io.github.qinglian.model.Visit;
import io.github.qinglian.model.VisitRecord;
import io.github.qinglian.model.VisitStage;
import io.github.qinglian.policy.Policy;
import io.github.qinglian.policy.ReceptionWindow;
import io.github.qinglian.testing.Verdicts;
import io.github.qinglian.testing.VisitFixtures;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * VISIT.TIME_WINDOW (定时): from inclusive, to exclusive, in the policy's zone; closed and extra
 * dates; the appointment lies inside one window; the check-out by that window's end.
 */
class TimeWindowTest {
  private static final String RULE = "VISIT.TIME_WINDOW";

  private static Verdict window(Qinglian q, Visit v) {
    return V.check(q, v);
  }

  /** A check-in at {@code iso}, with an appointment around it so only the window can fire. */
  private static Visit checkIn(String iso) {
    Instant at = t(iso);
    return visit(VisitStage.CHECK_IN)
        .appointment(VisitFixtures.appointment().start(at.minusSeconds(1800))
            .end(at.plusSeconds(1800)).approvedAt(at.minusSeconds(3 * 86_400)).build())
        .checkIn(at).build();
  }

  private static Visit appointment(String start, String end) {
    Instant s = t(start);
    return visit(VisitStage.APPOINTMENT)
        .appointment(VisitFixtures.appointment().start(s).end(t(end))
            .approvedAt(s.minusSeconds(3 * 86_400)).build())
        .build();
  }

  private static Qinglian q() {
    return engine().build();
  }

  @Test
  void fromIsInclusiveAndToExclusiveAtTheExactInstants() {
    Verdicts.assertAllows(window(q(), checkIn("2026-11-24T14:00:00+08:00")));
    Verdicts.assertBlocks(window(q(), checkIn("2026-11-24T13:59:59+08:00")), RULE);
    Verdicts.assertAllows(window(q(), checkIn("2026-11-24T16:59:59+08:00")));
    Verdict atTo = window(q(), checkIn("2026-11-24T17:00:00+08:00"));
    Verdicts.assertBlocks(atTo, RULE);
    assertThat(reasons(atTo, RULE)).containsExactly("CHECK_IN");
    assertThat(evidence(atTo, RULE)).containsEntry("checkIn", "2026-11-24T17:00:00+08:00");
  }

  @Test
  void aFractionOfASecondCounts() {
    Verdicts.assertAllows(window(q(), checkIn("2026-11-24T16:59:59.999+08:00")));
    Verdicts.assertBlocks(window(q(), checkIn("2026-11-24T13:59:59.999+08:00")), RULE);
  }

  @Test
  void onlyTuesdaysAndThursdaysByDefault() {
    Verdicts.assertAllows(window(q(), checkIn("2026-11-26T15:00:00+08:00"))); // Thursday
    Verdicts.assertBlocks(window(q(), checkIn("2026-11-25T15:00:00+08:00")), RULE); // Wednesday
    Verdicts.assertBlocks(window(q(), checkIn("2026-11-28T15:00:00+08:00")), RULE); // Saturday
  }

  @Test
  void windowsAreLocalTimesOfThePolicyZone() {
    // 14:30 in Shanghai is 06:30 UTC: inside under Asia/Shanghai, outside under UTC
    Visit v = checkIn("2026-11-24T06:30:00Z");
    Verdicts.assertAllows(window(q(), v));
    Qinglian utc = engine().policy(Policy.newBuilder().zone(ZoneId.of("UTC")).build()).build();
    Verdicts.assertBlocks(window(utc, v), RULE);
    // 15:00 UTC on Tuesday is 23:00 in Shanghai: inside under UTC only
    Visit late = checkIn("2026-11-24T15:00:00Z");
    Verdicts.assertAllows(window(utc, late));
    Verdicts.assertBlocks(window(q(), late), RULE);
  }

  @Test
  void theDayIsTheLocalDayAroundMidnight() {
    // a window from 00:00 to 01:00 on Wednesdays; Tuesday 16:30 UTC is Wednesday 00:30 local
    Policy night = Policy.newBuilder().visitWindows(ImmutableList.of(ReceptionWindow.weekly(
        EnumSet.of(DayOfWeek.WEDNESDAY), LocalTime.MIDNIGHT, LocalTime.of(1, 0)))).build();
    Qinglian q = engine().policy(night).build();
    Verdicts.assertAllows(window(q, checkIn("2026-11-24T16:30:00Z")));
    Verdicts.assertAllows(window(q, checkIn("2026-11-25T00:00:00+08:00")));
    Verdicts.assertBlocks(window(q, checkIn("2026-11-24T23:59:59+08:00")), RULE);
    Verdicts.assertBlocks(window(q, checkIn("2026-11-25T01:00:00+08:00")), RULE);
  }

  @Test
  void aClosedDateRemovesItsWeeklyWindow() {
    Policy holiday = Policy.newBuilder()
        .closedDates(ImmutableList.of(LocalDate.parse("2026-11-24"))).build();
    Qinglian q = engine().policy(holiday).build();
    Verdict v = window(q, checkIn("2026-11-24T14:30:00+08:00"));
    Verdicts.assertBlocks(v, RULE);
    Verdicts.assertAllows(window(q, checkIn("2026-11-26T14:30:00+08:00")));
  }

  @Test
  void anExtraDateAddsAWindowOnAWorkingWeekend() {
    Policy tiaoxiu = Policy.newBuilder().extraDates(ImmutableList.of(ReceptionWindow.onDate(
        LocalDate.parse("2026-11-29"), LocalTime.of(9, 0), LocalTime.of(11, 30)))).build();
    Qinglian q = engine().policy(tiaoxiu).build();
    Verdicts.assertAllows(window(q, checkIn("2026-11-29T09:00:00+08:00")));
    Verdicts.assertBlocks(window(q, checkIn("2026-11-29T11:30:00+08:00")), RULE);
    Verdicts.assertBlocks(window(q, checkIn("2026-11-29T14:30:00+08:00")), RULE);
    Verdicts.assertBlocks(window(engine().build(), checkIn("2026-11-29T09:30:00+08:00")), RULE);
  }

  @Test
  void anAppointmentMustLieInsideOneWindow() {
    Verdicts.assertAllows(window(q(), appointment(
        "2026-11-24T14:00:00+08:00", "2026-11-24T17:00:00+08:00")));
    Verdict over = window(q(), appointment(
        "2026-11-24T16:00:00+08:00", "2026-11-24T17:00:01+08:00"));
    Verdicts.assertBlocks(over, RULE);
    assertThat(reasons(over, RULE)).containsExactly("APPOINTMENT");
    Verdicts.assertBlocks(window(q(), appointment(
        "2026-11-24T13:59:59+08:00", "2026-11-24T15:00:00+08:00")), RULE);
    // Tuesday 16:00 to Thursday 15:00 starts and ends in windows but not in one
    Verdicts.assertBlocks(window(q(), appointment(
        "2026-11-24T16:00:00+08:00", "2026-11-26T15:00:00+08:00")), RULE);
  }

  @Test
  void atCloseTheCheckOutMustBeByTheEndOfTheCheckInsWindow() {
    Instant in = t("2026-11-24T16:30:00+08:00");
    Visit.Builder b = visit(VisitStage.CLOSE)
        .appointment(VisitFixtures.appointment().start(t("2026-11-24T16:00:00+08:00"))
            .end(t("2026-11-24T18:00:00+08:00")).build())
        .checkIn(in)
        .record(VisitRecord.of("学术交流", VisitFixtures.RECEIVERS,
            t("2026-11-24T17:30:00+08:00")));
    Verdicts.assertAllows(window(q(), b.checkOut(t("2026-11-24T17:00:00+08:00")).build()));
    Verdict late = window(q(), b.checkOut(t("2026-11-24T17:00:01+08:00")).build());
    Verdicts.assertBlocks(late, RULE);
    assertThat(evidence(late, RULE)).containsEntry("reason", "CHECK_OUT")
        .containsEntry("windowEnd", "2026-11-24T17:00:00+08:00");
  }

  @Test
  void overlappingWindowsCountAsTheOneThatEndsLast() {
    Policy two = Policy.newBuilder().visitWindows(ImmutableList.of(
        ReceptionWindow.weekly(EnumSet.of(DayOfWeek.TUESDAY), LocalTime.of(9, 0),
            LocalTime.of(12, 0)),
        ReceptionWindow.weekly(EnumSet.of(DayOfWeek.TUESDAY), LocalTime.of(11, 0),
            LocalTime.of(17, 0)))).build();
    Qinglian q = engine().policy(two).build();
    Visit v = visit(VisitStage.CLOSE)
        .appointment(VisitFixtures.appointment().start(t("2026-11-24T11:00:00+08:00"))
            .end(t("2026-11-24T13:00:00+08:00")).build())
        .checkIn(t("2026-11-24T11:30:00+08:00")).checkOut(t("2026-11-24T12:30:00+08:00"))
        .build();
    Verdicts.assertAllows(window(q, v));
  }
}
