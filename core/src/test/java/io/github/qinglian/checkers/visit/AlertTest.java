package io.github.qinglian.checkers.visit;

import static io.github.qinglian.checkers.visit.V.t;
import static io.github.qinglian.checkers.visit.V.visit;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.qinglian.Decision;
import io.github.qinglian.Qinglian;
import io.github.qinglian.Verdict;
import io.github.qinglian.audit.Alert;
import io.github.qinglian.model.FilingStatus;
import io.github.qinglian.model.Location;
import io.github.qinglian.model.LocationKind;
import io.github.qinglian.model.VisitStage;
import io.github.qinglian.testing.Verdicts;
import io.github.qinglian.testing.VisitFixtures;
import org.junit.jupiter.api.Test;

/** Alerts: a clinical area or an unfiled representative; a throwing sink breaks nothing. */
class AlertTest {
  private static final Location WARD =
      Location.newBuilder("WARD-5", LocationKind.WARD).build();

  private static Qinglian q(io.github.qinglian.audit.AlertSink sink) {
    return VisitFixtures.engine().location(WARD)
        .representative(VisitFixtures.representative("R-REVOKED")
            .filingStatus(FilingStatus.REVOKED).build())
        .alertSink(sink).build();
  }

  @Test
  void aRepresentativeInAWardRaisesOneAlert() {
    V.Recording sink = new V.Recording();
    Verdict v = q(sink).visits().check(visit(VisitStage.CHECK_IN).locationId("WARD-5").build(),
        t("2026-11-24T14:12:00+08:00"));
    Verdicts.assertBlocks(v, "VISIT.LOCATION");
    assertThat(sink.alerts).hasSize(1);
    Alert a = sink.alerts.get(0);
    assertThat(a.source()).isEqualTo("VISIT");
    assertThat(a.decision()).isEqualTo(Decision.BLOCK);
    assertThat(a.ruleIds()).containsExactly("VISIT.LOCATION");
    assertThat(a.subjectId()).isEqualTo("V-TEST");
    assertThat(a.actor()).isEqualTo("R1");
    assertThat(a.where()).isEqualTo("WARD-5");
    assertThat(a.at()).isEqualTo(t("2026-11-24T14:12:00+08:00"));
    assertThat(a.details()).containsEntry("locationKind", "WARD")
        .containsEntry("stage", "CHECK_IN");
  }

  @Test
  void anUnfiledRepresentativeRaisesAnAlert() {
    V.Recording sink = new V.Recording();
    q(sink).visits().check(visit(VisitStage.CHECK_IN).representativeId("R-REVOKED").build());
    assertThat(sink.alerts).hasSize(1);
    assertThat(sink.alerts.get(0).ruleIds()).containsExactly("VISIT.REP.NOT_FILED");
    assertThat(sink.alerts.get(0).details()).containsEntry("filing", "NOT_ACTIVE");
  }

  @Test
  void bothInOneAlert() {
    V.Recording sink = new V.Recording();
    q(sink).visits().check(visit(VisitStage.CHECK_IN).representativeId("R-404")
        .locationId("WARD-5").build());
    assertThat(sink.alerts).hasSize(1);
    assertThat(sink.alerts.get(0).ruleIds())
        .containsExactly("VISIT.LOCATION", "VISIT.REP.NOT_FILED");
  }

  @Test
  void aClinicalAreaAlertsEvenWithTheRuleSwitchedOff() {
    V.Recording sink = new V.Recording();
    Qinglian off = VisitFixtures.engine().location(WARD).alertSink(sink)
        .policy(V.disabled("VISIT.LOCATION")).build();
    off.visits().check(visit(VisitStage.CHECK_IN).locationId("WARD-5").build());
    assertThat(sink.alerts).hasSize(1);
  }

  @Test
  void otherFindingsRaiseNoAlert() {
    V.Recording sink = new V.Recording();
    Qinglian q = q(sink);
    Verdicts.assertAllows(q.visits().check(visit(VisitStage.CHECK_IN).build()));
    Verdict noHosts = q.visits().check(visit(VisitStage.CHECK_IN).hostIds().build());
    Verdicts.assertBlocks(noHosts, "VISIT.HOST");
    Verdict office = q.visits().check(visit(VisitStage.CHECK_IN).locationId("ROOM-404").build());
    Verdicts.assertBlocks(office, "VISIT.LOCATION");
    assertThat(sink.alerts).isEmpty();
  }

  @Test
  void aThrowingSinkDoesNotChangeTheVerdictOrThrow() {
    Verdict expected = q(a -> { }).visits()
        .check(visit(VisitStage.CHECK_IN).locationId("WARD-5").build());
    Verdict v = q(a -> {
      throw new IllegalStateException("pager offline");
    }).visits().check(visit(VisitStage.CHECK_IN).locationId("WARD-5").build());
    assertThat(v).isEqualTo(expected);
    Verdict err = q(a -> {
      throw new AssertionError("sink bug");
    }).visits().check(visit(VisitStage.CHECK_IN).locationId("WARD-5").build());
    assertThat(err).isEqualTo(expected);
  }
}
