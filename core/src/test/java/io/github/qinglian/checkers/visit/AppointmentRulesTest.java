package io.github.qinglian.checkers.visit;

import static io.github.qinglian.checkers.visit.V.check;
import static io.github.qinglian.checkers.visit.V.engine;
import static io.github.qinglian.checkers.visit.V.evidence;
import static io.github.qinglian.checkers.visit.V.reasons;
import static io.github.qinglian.checkers.visit.V.t;
import static io.github.qinglian.checkers.visit.V.visit;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.qinglian.Verdict;
import io.github.qinglian.model.Appointment;
import io.github.qinglian.model.Visit;
import io.github.qinglian.model.VisitStage;
import io.github.qinglian.testing.Verdicts;
import io.github.qinglian.testing.VisitFixtures;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** VISIT.APPOINTMENT (有预约) at each stage, on both sides of each limit. */
class AppointmentRulesTest {
  private static final String RULE = "VISIT.APPOINTMENT";
  private static final Instant START = t("2026-11-24T14:00:00+08:00");

  private static Visit with(VisitStage stage, Appointment.Builder a) {
    return visit(stage).appointment(a.build()).build();
  }

  @ParameterizedTest
  @EnumSource(value = VisitStage.class, names = {"CHECK_IN", "CLOSE"})
  void noAppointmentAtCheckInOrClose(VisitStage stage) {
    Verdict v = check(visit(stage).appointment(null).build());
    Verdicts.assertBlocks(v, RULE);
    assertThat(reasons(v, RULE)).containsExactly("NONE");
    Verdicts.assertNoFinding(v, "VISIT.PROCESS");
    Verdicts.assertNoFinding(v, "INPUT.INVALID");
  }

  @Test
  void noAppointmentAtTheAppointmentStageIsMalformedInput() {
    Verdict v = check(visit(VisitStage.APPOINTMENT).appointment(null).build());
    Verdicts.assertNoFinding(v, RULE);
    assertThat(V.pointers(v)).containsExactly("/subject/appointment");
  }

  @ParameterizedTest
  @EnumSource(value = VisitStage.class, names = {"CHECK_IN", "CLOSE"})
  void anAppointmentNeverApprovedAtCheckInOrClose(VisitStage stage) {
    Verdict v = check(with(stage, VisitFixtures.appointment().approvedAt(null)));
    Verdicts.assertBlocks(v, RULE);
    assertThat(reasons(v, RULE)).containsExactly("NOT_APPROVED");
  }

  @Test
  void aRequestNotYetApprovedIsPendingAtTheAppointmentStage() {
    Verdicts.assertAllows(
        check(with(VisitStage.APPOINTMENT, VisitFixtures.appointment().approvedAt(null))));
  }

  @ParameterizedTest
  @EnumSource(VisitStage.class)
  void approvalExactlyLeadHoursBeforeTheStartIsInTimeAndOneSecondLaterIsNot(VisitStage stage) {
    Instant limit = START.minusSeconds(24 * 3600);
    Verdicts.assertAllows(check(with(stage, VisitFixtures.appointment().approvedAt(limit))));
    Verdict late = check(with(stage, VisitFixtures.appointment().approvedAt(limit.plusSeconds(1))));
    Verdicts.assertBlocks(late, RULE);
    assertThat(evidence(late, RULE)).containsEntry("reason", "LATE_APPROVAL")
        .containsEntry("deadline", "2026-11-23T14:00:00+08:00").containsEntry("leadHours", 24L);
  }

  @Test
  void thePolicySetsTheLeadTime() {
    Visit v = with(VisitStage.CHECK_IN,
        VisitFixtures.appointment().approvedAt(START.minusSeconds(30 * 3600)));
    Verdicts.assertAllows(check(v));
    Verdict strict = check(engine().policy(V.param(RULE, "leadHours", 48)).build(), v);
    Verdicts.assertBlocks(strict, RULE);
    assertThat(evidence(strict, RULE)).containsEntry("leadHours", 48L);
    Verdicts.assertAllows(check(engine().policy(V.param(RULE, "leadHours", 0)).build(),
        with(VisitStage.CHECK_IN, VisitFixtures.appointment().approvedAt(START))));
  }

  @ParameterizedTest
  @EnumSource(value = VisitStage.class, names = {"CHECK_IN", "CLOSE"})
  void aCheckInAtTheStartOrTheEndKeepsTheAppointment(VisitStage stage) {
    Instant end = t("2026-11-24T15:00:00+08:00");
    Visit atStart = visit(stage).checkIn(START).build();
    Verdicts.assertAllows(check(atStart));
    Visit atEnd = visit(VisitStage.CHECK_IN).checkIn(end).build();
    Verdicts.assertAllows(check(atEnd));
    Verdict early = check(visit(stage).checkIn(START.minusSeconds(1)).build());
    assertThat(reasons(early, RULE)).containsExactly("CHECK_IN_OUTSIDE");
    Verdict late = check(visit(VisitStage.CHECK_IN).checkIn(end.plusSeconds(1)).build());
    assertThat(reasons(late, RULE)).containsExactly("CHECK_IN_OUTSIDE");
    assertThat(evidence(late, RULE)).containsEntry("checkIn", "2026-11-24T15:00:01+08:00");
  }

  @Test
  void aCheckOutAtTheEndKeepsTheAppointmentAndOneSecondLaterDoesNot() {
    Instant end = t("2026-11-24T15:00:00+08:00");
    Verdicts.assertAllows(check(visit(VisitStage.CLOSE).checkOut(end).build()));
    Verdict late = check(visit(VisitStage.CLOSE).checkOut(end.plusSeconds(1)).build());
    Verdicts.assertBlocks(late, RULE);
    assertThat(reasons(late, RULE)).containsExactly("CHECK_OUT_LATE");
  }

  @Test
  void aCheckOutIsNotJudgedBeforeTheClose() {
    Instant late = t("2026-11-24T15:30:00+08:00");
    Verdicts.assertAllows(check(visit(VisitStage.CHECK_IN).checkOut(late).build()));
  }

  @Test
  void severalFaultsAreEachReported() {
    Verdict v = check(visit(VisitStage.CLOSE)
        .appointment(VisitFixtures.appointment().approvedAt(START.minusSeconds(3600)).build())
        .checkIn(START.minusSeconds(600))
        .checkOut(t("2026-11-24T15:10:00+08:00"))
        .build());
    assertThat(reasons(v, RULE)).containsExactlyInAnyOrder(
        "LATE_APPROVAL", "CHECK_IN_OUTSIDE", "CHECK_OUT_LATE");
  }
}
