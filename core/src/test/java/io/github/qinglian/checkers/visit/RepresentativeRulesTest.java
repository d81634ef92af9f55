package io.github.qinglian.checkers.visit;

import static io.github.qinglian.checkers.visit.V.check;
import static io.github.qinglian.checkers.visit.V.engine;
import static io.github.qinglian.checkers.visit.V.evidence;
import static io.github.qinglian.checkers.visit.V.reasons;
import static io.github.qinglian.checkers.visit.V.t;
import static io.github.qinglian.checkers.visit.V.visit;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.qinglian.Decision;
import io.github.qinglian.Qinglian;
import io.github.qinglian.Verdict;
import io.github.qinglian.model.Company;
import io.github.qinglian.model.CreditRating;
import io.github.qinglian.model.FilingStatus;
import io.github.qinglian.model.Representative;
import io.github.qinglian.model.Visit;
import io.github.qinglian.model.VisitPurpose;
import io.github.qinglian.model.VisitStage;
import io.github.qinglian.testing.TestEngine;
import io.github.qinglian.testing.Verdicts;
import io.github.qinglian.testing.VisitFixtures;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** VISIT.REP.NOT_FILED, VISIT.COMPANY.BLACKLISTED and VISIT.PURPOSE on both sides of each limit. */
class RepresentativeRulesTest {
  private static final String NOT_FILED = "VISIT.REP.NOT_FILED";
  private static final String BLACKLISTED = "VISIT.COMPANY.BLACKLISTED";

  /** The instant each stage's rules take as the visit's: the start, or the check-in. */
  private static Instant visitInstant(VisitStage stage) {
    return stage == VisitStage.APPOINTMENT ? t("2026-11-24T14:00:00+08:00")
        : t("2026-11-24T14:10:00+08:00");
  }

  private static Verdict withRep(Representative r, VisitStage stage) {
    return check(V.world(r, VisitFixtures.company("C1").build()).build(), visit(stage).build());
  }

  private static Verdict withCompany(Company c, VisitStage stage) {
    return check(V.world(VisitFixtures.representative("R1").build(), c).build(),
        visit(stage).build());
  }

  @ParameterizedTest
  @EnumSource(VisitStage.class)
  void anUnknownRepresentativeIsNotFiledNotInputInvalid(VisitStage stage) {
    Verdict v = check(visit(stage).representativeId("R404").build());
    Verdicts.assertBlocks(v, NOT_FILED);
    assertThat(reasons(v, NOT_FILED)).containsExactly("UNKNOWN");
    assertThat(evidence(v, NOT_FILED)).containsEntry("representativeId", "R404");
    Verdicts.assertNoFinding(v, "INPUT.INVALID");
  }

  @Test
  void aMissingRepresentativeIsBothInputInvalidAndNotFiled() {
    Verdict v = check(visit(VisitStage.CHECK_IN).representativeId(" ").build());
    Verdicts.assertBlocks(v, NOT_FILED);
    assertThat(reasons(v, NOT_FILED)).containsExactly("MISSING");
    assertThat(V.pointers(v)).containsExactly("/subject/representativeId");
  }

  @ParameterizedTest
  @EnumSource(value = FilingStatus.class, names = {"EXPIRED", "REVOKED", "NONE"})
  void aFilingThatIsNotActiveIsNotFiled(FilingStatus status) {
    for (VisitStage stage : VisitStage.values()) {
      Verdict v = withRep(VisitFixtures.representative("R1").filingStatus(status).build(), stage);
      Verdicts.assertBlocks(v, NOT_FILED);
      assertThat(evidence(v, NOT_FILED)).containsEntry("reason", "NOT_ACTIVE")
          .containsEntry("filingStatus", status.name());
    }
  }

  @ParameterizedTest
  @EnumSource(VisitStage.class)
  void aFilingValidToTIsStillValidAtTAndNotOneSecondLater(VisitStage stage) {
    Instant at = visitInstant(stage);
    Verdicts.assertAllows(
        withRep(VisitFixtures.representative("R1").filingValidTo(at).build(), stage));
    Verdict late =
        withRep(VisitFixtures.representative("R1").filingValidTo(at.minusSeconds(1)).build(),
            stage);
    Verdicts.assertBlocks(late, NOT_FILED);
    assertThat(evidence(late, NOT_FILED)).containsEntry("reason", "EXPIRED")
        .containsEntry("filingValidTo",
            stage == VisitStage.APPOINTMENT ? "2026-11-24T13:59:59+08:00"
                : "2026-11-24T14:09:59+08:00");
  }

  @Test
  void aFilingWithoutEndDateIsValid() {
    Verdicts.assertAllows(withRep(
        VisitFixtures.representative("R1").filingValidTo(null).build(), VisitStage.CHECK_IN));
  }

  @Test
  void aRepresentativeComingForAnotherCompanyIsNotFiledForIt() {
    Verdict v = withRep(VisitFixtures.representative("R1").build(), VisitStage.CHECK_IN);
    Verdicts.assertAllows(v);
    Verdict other = check(engine().company(VisitFixtures.company("C2").build()).build(),
        visit(VisitStage.CHECK_IN).companyId("C2").build());
    Verdicts.assertBlocks(other, NOT_FILED);
    assertThat(evidence(other, NOT_FILED)).containsEntry("reason", "COMPANY_MISMATCH")
        .containsEntry("companyId", "C2").containsEntry("filedCompanyId", "C1");
  }

  @ParameterizedTest
  @EnumSource(VisitStage.class)
  void aBlacklistUntilTAppliesOneSecondBeforeTAndNotAtT(VisitStage stage) {
    Instant at = visitInstant(stage);
    Verdict during = withCompany(
        VisitFixtures.company("C1").blacklistedUntil(at.plusSeconds(1)).build(), stage);
    Verdicts.assertBlocks(during, BLACKLISTED);
    assertThat(evidence(during, BLACKLISTED)).containsEntry("reason", "BLACKLISTED");
    Verdicts.assertAllows(withCompany(
        VisitFixtures.company("C1").blacklistedUntil(at).build(), stage));
  }

  @Test
  void aBlacklistThatBeginsAfterTheVisitDoesNotApply() {
    Instant at = visitInstant(VisitStage.CHECK_IN);
    Verdicts.assertAllows(withCompany(VisitFixtures.company("C1")
        .blacklistedFrom(at.plusSeconds(1)).blacklistedUntil(at.plusSeconds(86_400)).build(),
        VisitStage.CHECK_IN));
    Verdicts.assertBlocks(withCompany(VisitFixtures.company("C1")
        .blacklistedFrom(at).blacklistedUntil(at.plusSeconds(86_400)).build(),
        VisitStage.CHECK_IN), BLACKLISTED);
  }

  @Test
  void aRatingAtOrAboveTheThresholdBlocks() {
    Verdicts.assertAllows(withCompany(
        VisitFixtures.company("C1").creditRating(CreditRating.MEDIUM).build(), VisitStage.CHECK_IN));
    for (CreditRating r : new CreditRating[] {CreditRating.SERIOUS,
        CreditRating.PARTICULARLY_SERIOUS}) {
      Verdict v = withCompany(VisitFixtures.company("C1").creditRating(r).build(),
          VisitStage.CHECK_IN);
      Verdicts.assertBlocks(v, BLACKLISTED);
      assertThat(evidence(v, BLACKLISTED)).containsEntry("reason", "RATING")
          .containsEntry("creditRating", r.name()).containsEntry("blockFromRating", "SERIOUS");
    }
  }

  @Test
  void thePolicyMovesTheRatingThreshold() {
    Visit visit = visit(VisitStage.CHECK_IN).build();
    Company medium = VisitFixtures.company("C1").creditRating(CreditRating.MEDIUM).build();
    TestEngine world = V.world(VisitFixtures.representative("R1").build(), medium);
    Verdicts.assertAllows(check(world.build(), visit));
    Verdicts.assertBlocks(
        check(world.policy(V.param(BLACKLISTED, "blockFromRating", "MEDIUM")).build(), visit),
        BLACKLISTED);
  }

  @Test
  void theRepresentativesFiledCompanyIsCheckedToo() {
    Qinglian q = V.world(VisitFixtures.representative("R1").build(),
        VisitFixtures.company("C1").creditRating(CreditRating.SERIOUS).build(),
        VisitFixtures.company("C2").build()).build();
    Verdict v = check(q, visit(VisitStage.CHECK_IN).companyId("C2").build());
    assertThat(v.ruleIds()).containsExactlyInAnyOrder(NOT_FILED, BLACKLISTED);
    assertThat(evidence(v, BLACKLISTED)).containsEntry("companyId", "C1");
  }

  @Test
  void declaringAnUnknownCompanyDoesNotHideTheFiledCompanysBlacklist() {
    Qinglian q = V.world(VisitFixtures.representative("R1").build(),
        VisitFixtures.company("C1").creditRating(CreditRating.SERIOUS).build()).build();
    Verdict v = check(q, visit(VisitStage.CHECK_IN).companyId("C404").build());
    assertThat(v.ruleIds()).containsExactlyInAnyOrder(BLACKLISTED, "INPUT.INVALID");
    assertThat(evidence(v, BLACKLISTED)).containsEntry("companyId", "C1");
  }

  @ParameterizedTest
  @EnumSource(VisitPurpose.class)
  void onlySalesPaymentAndPrescriptionStatsAreForbiddenPurposes(VisitPurpose p) {
    Verdict v = check(visit(VisitStage.CHECK_IN).purpose(p).build());
    if (p == VisitPurpose.SALES || p == VisitPurpose.PAYMENT
        || p == VisitPurpose.PRESCRIPTION_STATS) {
      Verdicts.assertBlocks(v, "VISIT.PURPOSE");
      assertThat(evidence(v, "VISIT.PURPOSE")).containsEntry("purpose", p.name());
    } else {
      Verdicts.assertAllows(v);
    }
  }

  @Test
  void aForbiddenPurposeIsFoundAtTheAppointment() {
    Verdicts.assertBlocks(
        check(visit(VisitStage.APPOINTMENT).purpose(VisitPurpose.PAYMENT).build()),
        "VISIT.PURPOSE");
    assertThat(check(visit(VisitStage.APPOINTMENT).purpose(VisitPurpose.PAYMENT).build())
        .decision()).isEqualTo(Decision.BLOCK);
  }
}
