package io.github.qinglian.checkers.visit;

import static io.github.qinglian.checkers.visit.V.engine;
import static io.github.qinglian.checkers.visit.V.evidence;
import static io.github.qinglian.checkers.visit.V.t;
import static io.github.qinglian.checkers.visit.V.visit;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.qinglian.Qinglian;
import io.github.qinglian.Verdict;
import io.github.qinglian.model.VisitStage;
import io.github.qinglian.policy.Policy;
import io.github.qinglian.reference.InMemoryVisitLedger;
import io.github.qinglian.reference.LedgerEntry;
import io.github.qinglian.testing.Verdicts;
import io.github.qinglian.testing.VisitFixtures;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * VISIT.FREQUENCY: the visit being checked counts with the history; "more than N" fires at N + 1;
 * months are calendar months of the policy's zone.
 */
class FrequencyTest {
  private static final String RULE = "VISIT.FREQUENCY";

  private static LedgerEntry past(String visitId, String iso, String... hosts) {
    return LedgerEntry.newBuilder(LedgerEntry.Type.CHECK_IN, visitId, t(iso), "R1")
        .companyId("C1").locationId(VisitFixtures.ROOM).hostIds(ImmutableList.copyOf(hosts))
        .build();
  }

  private static Verdict check(InMemoryVisitLedger ledger, Policy policy, VisitStage stage) {
    Qinglian q = engine().visitHistory(ledger).policy(policy).build();
    return V.check(q, visit(stage).build());
  }

  /** {@code n} past visits of R1 in November 2026, hosted by {@code hosts}. */
  private static InMemoryVisitLedger november(int n, String... hosts) {
    InMemoryVisitLedger l = InMemoryVisitLedger.create();
    for (int i = 0; i < n; i++) {
      l.append(past("P-" + i, "2026-11-0" + (i + 1) + "T15:00:00+08:00", hosts));
    }
    return l;
  }

  @ParameterizedTest
  @EnumSource(VisitStage.class)
  void theFourthVisitInAMonthIsAllowedAndTheFifthIsNot(VisitStage stage) {
    Verdicts.assertAllows(check(november(3), Policy.defaults(), stage));
    Verdict fifth = check(november(4), Policy.defaults(), stage);
    Verdicts.assertWarns(fifth, RULE);
    assertThat(evidence(fifth, RULE)).containsEntry("reason", "REPRESENTATIVE")
        .containsEntry("visits", 5).containsEntry("maxPerRepPerMonth", 4)
        .containsEntry("month", "2026-11");
  }

  @Test
  void theVisitBeingCheckedIsNotCountedTwice() {
    InMemoryVisitLedger l = november(3);
    // the visit's own check-in is already in the ledger when it is checked at close
    l.append(past("V-TEST", "2026-11-24T14:10:00+08:00"));
    Verdicts.assertAllows(check(l, Policy.defaults(), VisitStage.CLOSE));
  }

  @Test
  void visitsOfOtherMonthsAndRepresentativesDoNotCount() {
    InMemoryVisitLedger l = november(3);
    l.append(past("OCT", "2026-10-31T15:00:00+08:00"));
    l.append(past("DEC", "2026-12-01T09:00:00+08:00"));
    l.append(LedgerEntry.newBuilder(LedgerEntry.Type.CHECK_IN, "OTHER",
        t("2026-11-10T15:00:00+08:00"), "R2").companyId("C1").build());
    Verdicts.assertAllows(check(l, Policy.defaults(), VisitStage.CHECK_IN));
  }

  @Test
  void theMonthIsTheCalendarMonthOfThePolicyZone() {
    InMemoryVisitLedger l = november(3);
    // 2026-12-01 00:30 in Shanghai is 2026-11-30 16:30 UTC: December here, November in UTC
    l.append(past("EDGE", "2026-12-01T00:30:00+08:00"));
    Verdicts.assertAllows(check(l, Policy.defaults(), VisitStage.CHECK_IN));
    // under UTC, the visit being checked (Tuesday 14:10 Shanghai = 06:10 UTC) is in November
    Verdict utc = check(l, Policy.newBuilder().zone(ZoneId.of("UTC")).build(),
        VisitStage.CHECK_IN);
    assertThat(utc.has(RULE)).isTrue();
    assertThat(evidence(utc, RULE)).containsEntry("visits", 5);
  }

  @Test
  void theFirstInstantOfTheNextMonthIsNotInTheMonth() {
    InMemoryVisitLedger l = november(3);
    Instant december = t("2026-12-01T00:00:00+08:00");
    l.append(LedgerEntry.newBuilder(LedgerEntry.Type.CHECK_IN, "D", december, "R1").build());
    l.append(LedgerEntry.newBuilder(LedgerEntry.Type.CHECK_IN, "N", december.minusNanos(1), "R1")
        .build());
    Verdict v = check(l, Policy.defaults(), VisitStage.CHECK_IN);
    assertThat(evidence(v, RULE)).containsEntry("visits", 5);
  }

  @Test
  void theLimitFollowsThePolicy() {
    Verdicts.assertWarns(check(november(1),
        V.param(RULE, "maxPerRepPerMonth", 1), VisitStage.CHECK_IN), RULE);
    Verdicts.assertAllows(check(november(4),
        V.param(RULE, "maxPerRepPerMonth", 5), VisitStage.CHECK_IN));
  }

  @Test
  void aHostMayReceiveOneCompanyTwiceAMonthButNotThreeTimes() {
    Verdicts.assertAllows(check(november(1, "D010"), Policy.defaults(), VisitStage.CHECK_IN));
    Verdict third = check(november(2, "D010"), Policy.defaults(), VisitStage.CHECK_IN);
    Verdicts.assertWarns(third, RULE);
    assertThat(evidence(third, RULE)).containsEntry("reason", "HOST_COMPANY")
        .containsEntry("hostId", "D010").containsEntry("companyId", "C1")
        .containsEntry("visits", 3).containsEntry("maxPerHostCompanyPerMonth", 2);
  }

  @Test
  void aHostsVisitsWithAnotherCompanyDoNotCount() {
    InMemoryVisitLedger l = InMemoryVisitLedger.create();
    for (int i = 0; i < 3; i++) {
      l.append(LedgerEntry.newBuilder(LedgerEntry.Type.CHECK_IN, "O-" + i,
          t("2026-11-0" + (i + 1) + "T15:00:00+08:00"), "R9").companyId("C9")
          .hostIds(ImmutableList.of("D010")).build());
    }
    Verdicts.assertAllows(check(l, Policy.defaults(), VisitStage.CHECK_IN));
  }

  @Test
  void anAppointmentCountsInTheMonthOfItsStart() {
    Verdict v = check(november(4), Policy.defaults(), VisitStage.APPOINTMENT);
    assertThat(evidence(v, RULE)).containsEntry("month", "2026-11");
  }

  @Test
  void theRuleCanBeSwitchedOffOrRaised() {
    Verdicts.assertAllows(check(november(4), V.disabled(RULE), VisitStage.CHECK_IN));
    Verdicts.assertBlocks(check(november(4),
        V.severity(RULE, io.github.qinglian.Decision.BLOCK), VisitStage.CHECK_IN), RULE);
  }
}
