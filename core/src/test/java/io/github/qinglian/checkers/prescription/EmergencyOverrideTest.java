package io.github.qinglian.checkers.prescription;

import static io.github.qinglian.checkers.prescription.Rx.ISSUED;
import static io.github.qinglian.checkers.prescription.Rx.antibiotic;
import static io.github.qinglian.checkers.prescription.Rx.assertDecision;
import static io.github.qinglian.checkers.prescription.Rx.at;
import static io.github.qinglian.checkers.prescription.Rx.item;
import static io.github.qinglian.checkers.prescription.Rx.none;
import static io.github.qinglian.checkers.prescription.Rx.rx;
import static io.github.qinglian.checkers.prescription.Rx.single;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.qinglian.Decision;
import io.github.qinglian.Finding;
import io.github.qinglian.Qinglian;
import io.github.qinglian.Verdict;
import io.github.qinglian.model.AntibioticTier;
import io.github.qinglian.model.EmergencyOverride;
import io.github.qinglian.model.Prescription;
import io.github.qinglian.model.Setting;
import io.github.qinglian.policy.Policy;
import io.github.qinglian.testing.FixedClock;
import io.github.qinglian.testing.TestEngine;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * RX.ANTIBIOTIC.OVERRIDE_OVERDUE: the 越级使用 paperwork is due within {@code windowHours} (24)
 * hours of {@code emergencyOverride.at}, counted as elapsed time and at the limit inclusive.
 */
class EmergencyOverrideTest {
  private static final String OVERDUE = "RX.ANTIBIOTIC.OVERRIDE_OVERDUE";
  private static final Instant DECLARED = ISSUED;

  private static TestEngine engine() {
    return Rx.engine(antibiotic("ABX-R", AntibioticTier.RESTRICTED));
  }

  private static Prescription overridden(Instant completedAt) {
    return rx(Setting.INPATIENT, item("ABX-R"))
        .emergencyOverride(EmergencyOverride.of("抢救", DECLARED, completedAt)).build();
  }

  private static Verdict check(TestEngine engine, Prescription rx, Instant evaluatedAt) {
    return engine.build().prescriptions().check(rx, evaluatedAt);
  }

  @ParameterizedTest(name = "completed {0} s after the override: overdue {1}")
  @CsvSource({
      "0, false",
      "3600, false",
      "86399, false",
      "86400, false",
      "86401, true",
      "172800, true"})
  void paperworkCompletedWithinTwentyFourHoursInclusiveIsOnTime(long seconds, boolean overdue) {
    Instant completed = DECLARED.plusSeconds(seconds);
    // Evaluated long after: only completedAt matters once it is set.
    Verdict v = check(engine(), overridden(completed), DECLARED.plus(Duration.ofDays(10)));
    if (overdue) {
      Finding f = single(v, OVERDUE, Decision.REVIEW);
      assertThat(f.item()).isEqualTo(Finding.NO_ITEM);
      assertThat(f.evidence())
          .containsEntry("windowHours", 24L)
          .containsEntry("overrideAt", "2026-11-24T09:30:00+08:00")
          .containsEntry("deadline", "2026-11-25T09:30:00+08:00")
          .containsKey("completedAt");
      assertDecision(v, Decision.REVIEW);
    } else {
      none(v, OVERDUE);
    }
  }

  @ParameterizedTest(name = "outstanding, evaluated {0} s after the override: overdue {1}")
  @CsvSource({
      "0, false",
      "86399, false",
      "86400, false",
      "86401, true"})
  void outstandingPaperworkIsOverdueOnlyOnceTheEvaluationInstantPassesTheDeadline(
      long seconds, boolean overdue) {
    Verdict v = check(engine(), overridden(null), DECLARED.plusSeconds(seconds));
    if (overdue) {
      Finding f = single(v, OVERDUE, Decision.REVIEW);
      assertThat(f.evidence()).containsEntry("deadline", "2026-11-25T09:30:00+08:00")
          .doesNotContainKey("completedAt");
    } else {
      none(v, OVERDUE);
    }
  }

  @Test
  void outstandingPaperworkIsJudgedAtTheEngineClockWhenNoInstantIsGiven() {
    Prescription rx = overridden(null);
    Qinglian before = engine().clock(FixedClock.at("2026-11-25T09:30:00+08:00")).build();
    none(before.prescriptions().check(rx), OVERDUE);
    Qinglian after = engine().clock(FixedClock.at("2026-11-25T09:30:01+08:00")).build();
    single(after.prescriptions().check(rx), OVERDUE, Decision.REVIEW);
  }

  @Test
  void paperworkCompletedOnTimeIsNotOverdueEvenWhenEvaluatedLater() {
    Verdict v = check(engine(), overridden(DECLARED.plus(Duration.ofHours(23))),
        DECLARED.plus(Duration.ofDays(3)));
    none(v, OVERDUE);
  }

  @ParameterizedTest(name = "windowHours 48, completed {0} h after: overdue {1}")
  @CsvSource({"47, false", "48, false", "49, true"})
  void policyWindowMovesTheDeadline(long hours, boolean overdue) {
    TestEngine engine = engine().policy(Rx.param(OVERDUE, "windowHours", 48));
    Verdict v = check(engine, overridden(DECLARED.plus(Duration.ofHours(hours))),
        DECLARED.plus(Duration.ofDays(10)));
    if (overdue) {
      assertThat(single(v, OVERDUE, Decision.REVIEW).evidence())
          .containsEntry("windowHours", 48L);
    } else {
      none(v, OVERDUE);
    }
  }

  @Test
  void shorterPolicyWindowMakesPaperworkOverdueSooner() {
    TestEngine engine = engine().policy(Rx.param(OVERDUE, "windowHours", 12));
    Verdict v = check(engine, overridden(DECLARED.plus(Duration.ofHours(13))), DECLARED);
    single(v, OVERDUE, Decision.REVIEW);
  }

  @Test
  void windowIsCountedInHoursNotLocalClockTimeAcrossADaylightSavingChange() {
    // In New York, 2026-03-08 has 23 hours. 24 h after 12:00 EST on the 7th is 13:00 EDT on the 8th.
    TestEngine engine = engine().policy(Policy.newBuilder()
        .zone(ZoneId.of("America/New_York")).build());
    Instant declared = at("2026-03-07T12:00:00-05:00");
    Prescription.Builder b = rx(Setting.INPATIENT, item("ABX-R")).issuedAt(declared);
    Verdict onTime = check(engine, b.emergencyOverride(EmergencyOverride.of("抢救", declared,
        at("2026-03-08T13:00:00-04:00"))).build(), declared.plus(Duration.ofDays(5)));
    none(onTime, OVERDUE);
    Verdict late = check(engine, b.emergencyOverride(EmergencyOverride.of("抢救", declared,
        at("2026-03-08T13:00:01-04:00"))).build(), declared.plus(Duration.ofDays(5)));
    single(late, OVERDUE, Decision.REVIEW);
  }

  @Test
  void overdueIsJudgedEvenWhenNoAntibioticNeededTheOverride() {
    TestEngine engine = Rx.engine(Rx.plain("ORAL"));
    Prescription rx = rx(item("ORAL")).emergencyOverride(
        EmergencyOverride.of("抢救", DECLARED, DECLARED.plus(Duration.ofHours(25)))).build();
    single(check(engine, rx, DECLARED), OVERDUE, Decision.REVIEW);
  }

  @Test
  void policySeverityForOverdueIsApplied() {
    TestEngine engine = engine().policy(Rx.severity(OVERDUE, Decision.BLOCK));
    Verdict v = check(engine, overridden(DECLARED.plus(Duration.ofHours(25))), DECLARED);
    single(v, OVERDUE, Decision.BLOCK);
    assertDecision(v, Decision.BLOCK);
  }

  @Test
  void disablingOverdueRemovesTheFinding() {
    TestEngine engine = engine().policy(Rx.disabled(OVERDUE));
    Verdict v = check(engine, overridden(DECLARED.plus(Duration.ofHours(25))), DECLARED);
    assertThat(v.findings()).isEmpty();
  }

  @Test
  void overrideWithoutAnInstantIsInputInvalidAndNotOverdue() {
    Prescription rx = rx(Setting.INPATIENT, item("ABX-R"))
        .emergencyOverride(EmergencyOverride.of("抢救", null, null)).build();
    Verdict v = check(engine(), rx, DECLARED.plus(Duration.ofDays(5)));
    Rx.invalid(v, "/subject/emergencyOverride/at");
    none(v, OVERDUE);
  }

  @Test
  void paperworkCompletedBeforeTheOverrideIsInputInvalid() {
    Verdict v = check(engine(), overridden(DECLARED.minusSeconds(1)), DECLARED);
    Rx.invalid(v, "/subject/emergencyOverride/completedAt");
    none(v, OVERDUE);
  }
}
