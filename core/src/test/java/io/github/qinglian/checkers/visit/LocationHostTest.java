package io.github.qinglian.checkers.visit;

import static io.github.qinglian.checkers.visit.V.check;
import static io.github.qinglian.checkers.visit.V.engine;
import static io.github.qinglian.checkers.visit.V.evidence;
import static io.github.qinglian.checkers.visit.V.reasons;
import static io.github.qinglian.checkers.visit.V.visit;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.qinglian.Decision;
import io.github.qinglian.Qinglian;
import io.github.qinglian.Verdict;
import io.github.qinglian.model.Location;
import io.github.qinglian.model.LocationKind;
import io.github.qinglian.model.Visit;
import io.github.qinglian.model.VisitStage;
import io.github.qinglian.policy.Policy;
import io.github.qinglian.policy.RuleSetting;
import io.github.qinglian.testing.Verdicts;
import io.github.qinglian.testing.VisitFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** VISIT.LOCATION (定点) and VISIT.HOST (定人) at each stage. */
class LocationHostTest {
  private static final String LOCATION = "VISIT.LOCATION";
  private static final String HOST = "VISIT.HOST";

  private static Qinglian withRooms(Policy policy) {
    return engine()
        .location(Location.newBuilder("OFFICE-3", LocationKind.OFFICE).build(),
            Location.newBuilder("WARD-5", LocationKind.WARD).designatedForVisits(true).build(),
            Location.newBuilder("PHARMACY-1", LocationKind.PHARMACY).build(),
            Location.newBuilder("CLINIC-2", LocationKind.CLINIC).build(),
            Location.newBuilder("OR-1", LocationKind.OPERATING_ROOM).build(),
            Location.newBuilder("MEETING-1", LocationKind.OTHER).designatedForVisits(true)
                .build())
        .policy(policy)
        .build();
  }

  /** The visit at {@code stage} held at {@code locationId} (the appointment's, at APPOINTMENT). */
  private static Visit at(VisitStage stage, String locationId) {
    Visit.Builder b = visit(stage);
    if (stage == VisitStage.APPOINTMENT) {
      return b.appointment(VisitFixtures.appointment().locationId(locationId).build()).build();
    }
    return b.locationId(locationId).build();
  }

  @ParameterizedTest
  @EnumSource(VisitStage.class)
  void anUnknownLocationIsTheLocationRulesNotInputInvalid(VisitStage stage) {
    Verdict v = check(withRooms(Policy.defaults()), at(stage, "ROOM-404"));
    Verdicts.assertBlocks(v, LOCATION);
    assertThat(evidence(v, LOCATION)).containsEntry("reason", "UNKNOWN")
        .containsEntry("locationId", "ROOM-404");
    Verdicts.assertNoFinding(v, "INPUT.INVALID");
  }

  @ParameterizedTest
  @EnumSource(VisitStage.class)
  void aLocationNotDesignatedIsRefused(VisitStage stage) {
    Verdict v = check(withRooms(Policy.defaults()), at(stage, "OFFICE-3"));
    Verdicts.assertBlocks(v, LOCATION);
    assertThat(reasons(v, LOCATION)).containsExactly("NOT_DESIGNATED");
    Verdicts.assertAllows(check(withRooms(Policy.defaults()), at(stage, "MEETING-1")));
  }

  @ParameterizedTest
  @EnumSource(value = LocationKind.class, names = {"CLINIC", "WARD", "PHARMACY", "OPERATING_ROOM"})
  void aClinicalAreaIsRefusedEvenWhenDesignated(LocationKind kind) {
    String id = kind == LocationKind.CLINIC ? "CLINIC-2" : kind == LocationKind.WARD ? "WARD-5"
        : kind == LocationKind.PHARMACY ? "PHARMACY-1" : "OR-1";
    for (VisitStage stage : VisitStage.values()) {
      Verdict v = check(withRooms(Policy.defaults()), at(stage, id));
      Verdicts.assertBlocks(v, LOCATION);
      assertThat(evidence(v, LOCATION)).containsEntry("reason", "CLINICAL")
          .containsEntry("locationKind", kind.name());
    }
  }

  @Test
  void aClinicalAreaStaysBlockWhateverThePolicySaysOfTheRule() {
    Visit ward = at(VisitStage.CHECK_IN, "WARD-5");
    Verdict off = check(withRooms(V.disabled(LOCATION)), ward);
    Verdicts.assertBlocks(off, LOCATION);
    Verdict lowered = check(withRooms(V.severity(LOCATION, Decision.WARN)), ward);
    Verdicts.assertBlocks(lowered, LOCATION);
    // the policy still governs the rule's other findings
    Verdicts.assertAllows(check(withRooms(V.disabled(LOCATION)), at(VisitStage.CHECK_IN,
        "OFFICE-3")));
    Verdict warned = check(withRooms(V.severity(LOCATION, Decision.WARN)),
        at(VisitStage.CHECK_IN, "OFFICE-3"));
    Verdicts.assertWarns(warned, LOCATION);
  }

  @Test
  void aMissingLocationIsInputInvalidAndTheLocationRule() {
    Verdict v = check(visit(VisitStage.CHECK_IN).locationId(null).build());
    Verdicts.assertBlocks(v, LOCATION);
    assertThat(reasons(v, LOCATION)).containsExactly("MISSING");
    assertThat(V.pointers(v)).containsExactly("/subject/locationId");
    Verdict ap = check(visit(VisitStage.APPOINTMENT)
        .appointment(VisitFixtures.appointment().locationId(null).build()).build());
    assertThat(V.pointers(ap)).containsExactly("/subject/appointment/locationId");
  }

  @Test
  void theAppointmentStageJudgesTheAppointmentsPlaceAndHosts() {
    // the subject's own location and hosts are not yet known, and not judged
    Verdicts.assertAllows(check(visit(VisitStage.APPOINTMENT).locationId("ROOM-404")
        .hostIds("NOBODY").build()));
    Verdict v = check(visit(VisitStage.APPOINTMENT)
        .appointment(VisitFixtures.appointment().hostIds().build()).build());
    assertThat(reasons(v, HOST)).containsExactly("TOO_FEW");
  }

  @ParameterizedTest
  @EnumSource(VisitStage.class)
  void aHostNotAmongTheReceiversIsTheHostRule(VisitStage stage) {
    Visit.Builder b = visit(stage);
    Visit v = stage == VisitStage.APPOINTMENT
        ? b.appointment(VisitFixtures.appointment().hostIds("D010", "PH-2", "D999").build()).build()
        : b.hostIds("D010", "PH-2", "D999").build();
    Verdict verdict = check(v);
    Verdicts.assertBlocks(verdict, HOST);
    assertThat(evidence(verdict, HOST)).containsEntry("reason", "NOT_RECEIVER")
        .containsEntry("hostId", "D999");
    Verdicts.assertNoFinding(verdict, "INPUT.INVALID");
  }

  @Test
  void minHostsAtTheLimitAndUnderIt() {
    Verdicts.assertAllows(check(visit(VisitStage.CHECK_IN).hostIds("D010", "PH-2").build()));
    Verdict one = check(visit(VisitStage.CHECK_IN).hostIds("D010").build());
    Verdicts.assertBlocks(one, HOST);
    assertThat(evidence(one, HOST)).containsEntry("reason", "TOO_FEW")
        .containsEntry("hosts", 1).containsEntry("minHosts", 2);
    Verdict none = check(visit(VisitStage.CLOSE).hostIds().build());
    assertThat(evidence(none, HOST)).containsEntry("hosts", 0);
  }

  @Test
  void theSameHostTwiceCountsOnce() {
    Verdict v = check(visit(VisitStage.CHECK_IN).hostIds("D010", "D010").build());
    assertThat(reasons(v, HOST)).containsExactly("TOO_FEW");
    Verdict stranger = check(visit(VisitStage.CHECK_IN).hostIds("D010", "X", "X").build());
    assertThat(reasons(stranger, HOST)).containsExactly("NOT_RECEIVER");
  }

  @Test
  void thePolicySetsMinHosts() {
    Qinglian three = engine().receivers(java.util.Arrays.asList("D011"))
        .policy(V.param(HOST, "minHosts", 3)).build();
    Verdicts.assertBlocks(check(three, visit(VisitStage.CHECK_IN).build()), HOST);
    Verdicts.assertAllows(
        check(three, visit(VisitStage.CHECK_IN).hostIds("D010", "PH-2", "D011").build()));
    Qinglian one = engine().policy(V.param(HOST, "minHosts", 1)).build();
    Verdicts.assertAllows(check(one, visit(VisitStage.CHECK_IN).hostIds("PH-2").build()));
  }

  @Test
  void hostSeverityFollowsThePolicy() {
    Qinglian q = engine().policy(Policy.newBuilder()
        .rule(HOST, RuleSetting.newBuilder().severity(Decision.REVIEW).build()).build()).build();
    Verdicts.assertReviews(check(q, visit(VisitStage.CHECK_IN).hostIds("D999").build()), HOST);
  }
}
