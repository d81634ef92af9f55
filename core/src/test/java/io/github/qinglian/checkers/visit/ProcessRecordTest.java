package io.github.qinglian.checkers.visit;

import static io.github.qinglian.checkers.visit.V.check;
import static io.github.qinglian.checkers.visit.V.engine;
import static io.github.qinglian.checkers.visit.V.evidence;
import static io.github.qinglian.checkers.visit.V.reasons;
import static io.github.qinglian.checkers.visit.V.t;
import static io.github.qinglian.checkers.visit.V.visit;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.qinglian.Qinglian;
import io.github.qinglian.Verdict;
import io.github.qinglian.model.StaffMember;
import io.github.qinglian.model.Visit;
import io.github.qinglian.model.VisitRecord;
import io.github.qinglian.model.VisitStage;
import io.github.qinglian.policy.Policy;
import io.github.qinglian.testing.TestEngine;
import io.github.qinglian.testing.Verdicts;
import io.github.qinglian.testing.VisitFixtures;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** VISIT.PROCESS (有流程) and VISIT.RECORD (有记录) on both sides of each limit. */
class ProcessRecordTest {
  private static final String PROCESS = "VISIT.PROCESS";
  private static final String RECORD = "VISIT.RECORD";
  private static final Instant CHECK_OUT = t("2026-11-24T14:50:00+08:00");
  private static final Instant DEADLINE = CHECK_OUT.plusSeconds(24 * 3600);

  private static Visit approvedBy(VisitStage stage, String... approvers) {
    return visit(stage).appointment(VisitFixtures.appointment().approvers(approvers).build())
        .build();
  }

  @ParameterizedTest
  @EnumSource(VisitStage.class)
  void twoDistinctApproversAreEnoughAndOneIsNot(VisitStage stage) {
    Verdicts.assertAllows(check(approvedBy(stage, "D010", "MED-1")));
    // one approver holding both roles, named twice: the roles are covered, the count is not
    Qinglian q = engine().staff(ImmutableList.of(
        StaffMember.of("VP-1", ImmutableList.of("DEPARTMENT_HEAD", "MEDICAL_AFFAIRS")))).build();
    Verdict one = check(q, approvedBy(stage, "VP-1", "VP-1"));
    Verdicts.assertBlocks(one, PROCESS);
    assertThat(evidence(one, PROCESS)).containsEntry("reason", "TOO_FEW")
        .containsEntry("approvals", 1).containsEntry("requiredApprovals", 2);
  }

  @Test
  void thePolicySetsTheNumberOfApprovals() {
    Qinglian three = engine().policy(V.param(PROCESS, "requiredApprovals", 3)).build();
    Verdicts.assertBlocks(check(three, approvedBy(VisitStage.CHECK_IN, "D010", "MED-1")), PROCESS);
    Verdicts.assertAllows(check(three, approvedBy(VisitStage.CHECK_IN, "D010", "MED-1",
        "PH-2")));
  }

  @Test
  void approversMustCoverEveryRequiredRoleWhenStaffAreKnown() {
    Verdict v = check(approvedBy(VisitStage.CHECK_IN, "D010", "PH-2"));
    Verdicts.assertBlocks(v, PROCESS);
    assertThat(evidence(v, PROCESS)).containsEntry("reason", "ROLES")
        .containsEntry("missingRoles", ImmutableList.of("MEDICAL_AFFAIRS"))
        .containsEntry("approvers", ImmutableList.of("D010", "PH-2"));
    // an approver the staff directory does not know holds no role
    assertThat(reasons(check(approvedBy(VisitStage.CHECK_IN, "D010", "X-1")), PROCESS))
        .containsExactly("ROLES");
  }

  @Test
  void oneApproverMayHoldSeveralRoles() {
    Qinglian q = engine().staff(ImmutableList.of(
        StaffMember.of("VP-1", ImmutableList.of("DEPARTMENT_HEAD", "MEDICAL_AFFAIRS")))).build();
    Verdicts.assertAllows(check(q, approvedBy(VisitStage.CHECK_IN, "VP-1", "PH-2")));
  }

  @Test
  void rolesAreNotCheckedWithoutStaff() {
    Qinglian noStaff = TestEngine.newBuilder()
        .representative(VisitFixtures.representative("R1").build())
        .company(VisitFixtures.company("C1").build())
        .location(VisitFixtures.receptionRoom(VisitFixtures.ROOM).build())
        .receivers(VisitFixtures.RECEIVERS).alertSink(a -> { }).build();
    Verdicts.assertAllows(check(noStaff, approvedBy(VisitStage.CHECK_IN, "A", "B")));
  }

  @Test
  void thePolicyNamesTheRequiredRoles() {
    Qinglian q = engine().policy(Policy.newBuilder()
        .requiredApproverRoles(ImmutableList.of("DEPARTMENT_HEAD")).build()).build();
    Verdicts.assertAllows(check(q, approvedBy(VisitStage.CHECK_IN, "D010", "PH-2")));
    Qinglian none = engine().policy(Policy.newBuilder()
        .requiredApproverRoles(ImmutableList.<String>of()).build()).build();
    Verdicts.assertAllows(check(none, approvedBy(VisitStage.CHECK_IN, "PH-2", "X")));
  }

  @Test
  void aPendingRequestIsNotJudgedForItsApproversButAVisitIs() {
    Visit pending = visit(VisitStage.APPOINTMENT).appointment(
        VisitFixtures.appointment().approvedAt(null).approvers("D010").build()).build();
    Verdicts.assertAllows(check(pending));
    Visit unapproved = visit(VisitStage.CHECK_IN).appointment(
        VisitFixtures.appointment().approvedAt(null).approvers("D010").build()).build();
    assertThat(check(unapproved).ruleIds())
        .containsExactlyInAnyOrder("VISIT.APPOINTMENT", PROCESS);
  }

  // ---------------------------------------------------------------- record

  private static Visit closed(VisitRecord record) {
    return visit(VisitStage.CLOSE).checkOut(CHECK_OUT).record(record).build();
  }

  @Test
  void withoutARecordTheCloseIsPendingUntilTheDeadlineInclusive() {
    Visit none = visit(VisitStage.CLOSE).checkOut(CHECK_OUT).record(null).build();
    Qinglian q = engine().build();
    Verdicts.assertAllows(q.visits().check(none, CHECK_OUT));
    Verdicts.assertAllows(q.visits().check(none, DEADLINE));
    Verdict late = q.visits().check(none, DEADLINE.plusSeconds(1));
    Verdicts.assertReviews(late, RECORD);
    assertThat(evidence(late, RECORD)).containsEntry("reason", "MISSING")
        .containsEntry("deadline", "2026-11-25T14:50:00+08:00");
  }

  @Test
  void aRecordWrittenAtTheDeadlineIsInTimeAndOneSecondLaterIsLate() {
    Verdicts.assertAllows(check(closed(VisitRecord.of("学术", VisitFixtures.RECEIVERS, DEADLINE))));
    Verdict late = check(closed(VisitRecord.of("学术", VisitFixtures.RECEIVERS,
        DEADLINE.plusSeconds(1))));
    Verdicts.assertReviews(late, RECORD);
    assertThat(evidence(late, RECORD)).containsEntry("reason", "LATE");
  }

  @Test
  void thePolicySetsTheRecordDeadline() {
    Qinglian q = engine().policy(V.param(RECORD, "recordHours", 1)).build();
    Visit v = closed(VisitRecord.of("学术", VisitFixtures.RECEIVERS, CHECK_OUT.plusSeconds(3601)));
    Verdicts.assertReviews(check(q, v), RECORD);
    Verdicts.assertAllows(check(v));
  }

  @Test
  void aRecordWithoutTopicOrAttendeesIsIncomplete() {
    Instant at = CHECK_OUT.plusSeconds(600);
    assertThat(reasons(check(closed(VisitRecord.of(" ", VisitFixtures.RECEIVERS, at))), RECORD))
        .containsExactly("NO_TOPIC");
    assertThat(reasons(check(closed(VisitRecord.of("学术", ImmutableList.<String>of(), at))),
        RECORD)).containsExactly("NO_ATTENDEES");
    assertThat(reasons(check(closed(VisitRecord.of(null, ImmutableList.<String>of(), at))),
        RECORD)).containsExactlyInAnyOrder("NO_TOPIC", "NO_ATTENDEES");
  }

  @Test
  void theRecordIsJudgedOnlyAtClose() {
    Visit v = visit(VisitStage.CHECK_IN)
        .record(VisitRecord.of(null, ImmutableList.<String>of(), null)).build();
    Verdicts.assertAllows(check(v));
  }

  @Test
  void aRecordWithoutItsInstantOrBeforeTheVisitIsInputInvalid() {
    Verdict none = check(closed(VisitRecord.of("学术", VisitFixtures.RECEIVERS, null)));
    assertThat(V.pointers(none)).containsExactly("/subject/record/recordedAt");
    Verdict early = check(closed(VisitRecord.of("学术", VisitFixtures.RECEIVERS,
        t("2026-11-24T14:00:00+08:00"))));
    assertThat(V.pointers(early)).containsExactly("/subject/record/recordedAt");
    Verdicts.assertNoFinding(early, RECORD);
  }
}
