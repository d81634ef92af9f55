package io.github.qinglian.checkers.visit;

import static io.github.qinglian.checkers.visit.V.check;
import static io.github.qinglian.checkers.visit.V.engine;
import static io.github.qinglian.checkers.visit.V.pointers;
import static io.github.qinglian.checkers.visit.V.t;
import static io.github.qinglian.checkers.visit.V.visit;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.qinglian.Decision;
import io.github.qinglian.Finding;
import io.github.qinglian.Qinglian;
import io.github.qinglian.Verdict;
import io.github.qinglian.model.Visit;
import io.github.qinglian.model.VisitStage;
import io.github.qinglian.testing.Verdicts;
import io.github.qinglian.testing.VisitFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Malformed visits get INPUT.INVALID (REVIEW for visits) naming the field by JSON pointer. */
class InputInvalidTest {
  private static final String INVALID = "INPUT.INVALID";

  @Test
  void aNullVisit() {
    Verdict v = engine().build().visits().check(null);
    Verdicts.assertReviews(v, INVALID);
    assertThat(pointers(v)).containsExactly("/subject");
  }

  @Test
  void aVisitWithoutStage() {
    Verdict v = check(visit(VisitStage.CHECK_IN).stage(null).build());
    assertThat(pointers(v)).containsExactly("/subject/stage");
    assertThat(v.decision()).isEqualTo(Decision.REVIEW);
  }

  @Test
  void checkOutBeforeCheckIn() {
    Verdict v = check(visit(VisitStage.CLOSE).checkOut(t("2026-11-24T14:09:59+08:00")).build());
    assertThat(pointers(v)).containsExactly("/subject/checkOut");
    Finding f = v.findings(INVALID).get(0);
    assertThat(f.evidence()).containsEntry("reason", "is before checkIn")
        .containsEntry("value", "2026-11-24T14:09:59+08:00");
    Verdicts.assertNoFinding(v, "VISIT.TIME_WINDOW");
  }

  @Test
  void aCheckOutAtTheCheckInIsAllowed() {
    Verdicts.assertAllows(check(visit(VisitStage.CLOSE)
        .checkOut(t("2026-11-24T14:10:00+08:00")).build()));
  }

  @ParameterizedTest
  @EnumSource(VisitStage.class)
  void anAppointmentEndingBeforeItStartsOrAsItStarts(VisitStage stage) {
    Visit before = visit(stage).appointment(VisitFixtures.appointment()
        .end(t("2026-11-24T13:59:59+08:00")).build()).build();
    Verdict v = check(before);
    assertThat(pointers(v)).containsExactly("/subject/appointment/end");
    assertThat(v.findings(INVALID).get(0).evidence()).containsEntry("reason", "is before start");
    Visit empty = visit(stage).appointment(VisitFixtures.appointment()
        .end(t("2026-11-24T14:00:00+08:00")).build()).build();
    assertThat(check(empty).findings(INVALID).get(0).evidence())
        .containsEntry("reason", "is not after start");
  }

  @Test
  void missingTimesAtEachStage() {
    assertThat(pointers(check(visit(VisitStage.CHECK_IN).checkIn(null).build())))
        .containsExactly("/subject/checkIn");
    assertThat(pointers(check(visit(VisitStage.CLOSE).checkOut(null).build())))
        .containsExactly("/subject/checkOut");
    assertThat(pointers(check(visit(VisitStage.APPOINTMENT)
        .appointment(VisitFixtures.appointment().start(null).end(null).build()).build())))
        .containsExactly("/subject/appointment/start", "/subject/appointment/end");
  }

  @Test
  void instantsBeyondTheCalendarAreOutOfRange() {
    Verdict v = check(visit(VisitStage.CLOSE).checkIn(java.time.Instant.MAX)
        .checkOut(java.time.Instant.MIN).build());
    assertThat(pointers(v)).containsExactly("/subject/checkIn", "/subject/checkOut");
    assertThat(v.findings(INVALID).get(0).evidence())
        .containsEntry("reason", "is out of range (years 1 to 9999)");
    Verdicts.assertNoFinding(v, "ENGINE.ERROR");
  }

  @Test
  void anApprovalBeforeTheRequest() {
    Verdict v = check(visit(VisitStage.CHECK_IN).appointment(VisitFixtures.appointment()
        .requestedAt(t("2026-11-21T10:00:00+08:00")).build()).build());
    assertThat(pointers(v)).containsExactly("/subject/appointment/approvedAt");
  }

  @Test
  void anUnknownCompanyIsInputInvalidAtItsPointer() {
    Verdict v = check(visit(VisitStage.CHECK_IN).companyId("C404").build());
    assertThat(pointers(v)).containsExactly("/subject/companyId");
    assertThat(v.findings(INVALID).get(0).evidence()).containsEntry("reason", "unknown company")
        .containsEntry("value", "C404");
    Verdicts.assertNoFinding(v, "VISIT.COMPANY.BLACKLISTED");
    // the comparison with the filed company needs the record too, so it is skipped
    Verdicts.assertNoFinding(v, "VISIT.REP.NOT_FILED");
    assertThat(v.decision()).isEqualTo(Decision.REVIEW);
  }

  @Test
  void aMissingCompanyOrPurpose() {
    assertThat(pointers(check(visit(VisitStage.CHECK_IN).companyId(null).build())))
        .containsExactly("/subject/companyId");
    assertThat(pointers(check(visit(VisitStage.CHECK_IN).purpose(null).build())))
        .containsExactly("/subject/purpose");
  }

  @Test
  void blankIdsInListsAreNamedByIndex() {
    Verdict v = check(visit(VisitStage.CHECK_IN).hostIds("D010", null, "PH-2")
        .appointment(VisitFixtures.appointment().approvers("D010", " ", "MED-1").build())
        .build());
    assertThat(pointers(v)).containsExactlyInAnyOrder("/subject/hostIds/1",
        "/subject/appointment/approvers/1");
  }

  @Test
  void theSeverityOfInputInvalidFollowsThePolicy() {
    Qinglian q = engine().policy(V.severity(INVALID, Decision.BLOCK)).build();
    Verdicts.assertBlocks(check(q, visit(VisitStage.CHECK_IN).purpose(null).build()), INVALID);
    Qinglian off = engine().policy(V.disabled(INVALID)).build();
    Verdicts.assertAllows(check(off, visit(VisitStage.CHECK_IN).purpose(null).build()));
  }

  @Test
  void anInternalFailureOfAPortIsAnEngineErrorNotAnException() {
    Qinglian q = engine().reference(io.github.qinglian.reference.ReferenceData.newBuilder()
        .representatives(new io.github.qinglian.reference.RepresentativeRegistry() {
          @Override
          public io.github.qinglian.model.Representative find(String id) {
            throw new IllegalStateException("database down");
          }

          @Override
          public int size() {
            return -1;
          }
        }).build()).build();
    Verdict v = check(q, visit(VisitStage.CHECK_IN).build());
    assertThat(v.ruleIds()).containsExactly("ENGINE.ERROR");
    assertThat(v.decision()).isEqualTo(Decision.WARN);
  }
}
