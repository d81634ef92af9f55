package io.github.qinglian.checkers.prescription;

import static io.github.qinglian.checkers.prescription.Rx.assertDecision;
import static io.github.qinglian.checkers.prescription.Rx.at;
import static io.github.qinglian.checkers.prescription.Rx.check;
import static io.github.qinglian.checkers.prescription.Rx.item;
import static io.github.qinglian.checkers.prescription.Rx.none;
import static io.github.qinglian.checkers.prescription.Rx.onlyRules;
import static io.github.qinglian.checkers.prescription.Rx.plain;
import static io.github.qinglian.checkers.prescription.Rx.rx;
import static io.github.qinglian.checkers.prescription.Rx.single;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.qinglian.Decision;
import io.github.qinglian.Finding;
import io.github.qinglian.Verdict;
import io.github.qinglian.model.Prescription;
import io.github.qinglian.policy.Policy;
import io.github.qinglian.testing.TestEngine;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * RX.VALIDITY.EXPIRED: valid through the issue day, or with a justification through day
 * {@code maxDays} (3) counting the issue day as day 1, in calendar days of the policy zone.
 */
class ValidityTest {
  private static final String EXPIRED = "RX.VALIDITY.EXPIRED";

  private static TestEngine engine() {
    return Rx.engine(plain("ORAL"));
  }

  private static Prescription.Builder issued(String issuedAt) {
    return rx(item("ORAL")).issuedAt(at(issuedAt));
  }

  @ParameterizedTest(name = "issued 2026-11-24 09:30, justified {0}, dispensed {1} → expired {2}")
  @CsvSource({
      "false, 2026-11-24T09:30:00+08:00, false, ",
      "false, 2026-11-24T23:59:59+08:00, false, ",
      "false, 2026-11-25T00:00:00+08:00, true, 2026-11-24",
      "false, 2026-11-24T16:00:00Z, true, 2026-11-24",
      "false, 2026-11-24T15:59:59Z, false, ",
      "true, 2026-11-25T12:00:00+08:00, false, ",
      "true, 2026-11-26T23:59:59+08:00, false, ",
      "true, 2026-11-27T00:00:00+08:00, true, 2026-11-26",
      "true, 2026-12-01T09:00:00+08:00, true, 2026-11-26"})
  void prescriptionIsValidThroughTheEndOfItsLastCalendarDay(boolean justified, String dispensedAt,
      boolean expired, String validThrough) {
    Prescription.Builder b = issued("2026-11-24T09:30:00+08:00").dispensedAt(at(dispensedAt));
    if (justified) {
      b.justification("外地患者，需延长有效期");
    }
    Verdict v = check(engine(), b.build());
    if (!expired) {
      assertThat(v.findings()).as("%s", v).isEmpty();
      return;
    }
    Finding f = single(v, EXPIRED);
    assertThat(f.item()).isEqualTo(Finding.NO_ITEM);
    assertThat(f.evidence())
        .containsEntry("validThrough", validThrough)
        .containsEntry("days", justified ? 3 : 1)
        .containsEntry("justified", justified)
        .containsEntry("issuedAt", "2026-11-24T09:30:00+08:00");
    onlyRules(v, EXPIRED);
    assertDecision(v, Decision.BLOCK);
  }

  @Test
  void prescriptionIssuedLateAtNightExpiresAtMidnightNotTwentyFourHoursLater() {
    Verdict v = check(engine(), issued("2026-11-24T23:50:00+08:00")
        .dispensedAt(at("2026-11-25T00:10:00+08:00")).build());
    assertThat(single(v, EXPIRED).evidence()).containsEntry("validThrough", "2026-11-24");
  }

  @Test
  void prescriptionIssuedJustAfterMidnightIsValidAllThatDay() {
    Verdict v = check(engine(), issued("2026-11-24T00:05:00+08:00")
        .dispensedAt(at("2026-11-24T23:55:00+08:00")).build());
    assertThat(v.findings()).isEmpty();
  }

  @Test
  void justifiedPrescriptionIssuedLateCountsTheIssueDayAsDayOne() {
    Prescription.Builder b = issued("2026-11-24T23:50:00+08:00").justification("行动不便");
    none(check(engine(), b.dispensedAt(at("2026-11-26T23:59:00+08:00")).build()), EXPIRED);
    single(check(engine(), b.dispensedAt(at("2026-11-27T00:00:00+08:00")).build()), EXPIRED);
  }

  @ParameterizedTest(name = "maxDays 2: dispensed {0} → expired {1}")
  @CsvSource({"2026-11-25T23:59:59+08:00, false", "2026-11-26T00:00:00+08:00, true"})
  void policyMaxDaysMovesTheJustifiedValidity(String dispensedAt, boolean expired) {
    Verdict v = check(engine().policy(Rx.param(EXPIRED, "maxDays", 2)),
        issued("2026-11-24T09:30:00+08:00").justification("外地患者")
            .dispensedAt(at(dispensedAt)).build());
    if (expired) {
      assertThat(single(v, EXPIRED).evidence()).containsEntry("days", 2)
          .containsEntry("validThrough", "2026-11-25");
    } else {
      none(v, EXPIRED);
    }
  }

  @Test
  void policyMaxDaysDoesNotExtendAnUnjustifiedPrescription() {
    Verdict v = check(engine().policy(Rx.param(EXPIRED, "maxDays", 2)),
        issued("2026-11-24T09:30:00+08:00").dispensedAt(at("2026-11-25T08:00:00+08:00")).build());
    single(v, EXPIRED);
  }

  @Test
  void calendarDaysAreThoseOfThePolicyZone() {
    // Issued 2026-11-24 01:30 UTC (09:30 in Shanghai); dispensed 2026-11-24 23:59 UTC, which is
    // already 2026-11-25 in Shanghai.
    Prescription rx = issued("2026-11-24T09:30:00+08:00")
        .dispensedAt(at("2026-11-24T23:59:00Z")).build();
    single(check(engine(), rx), EXPIRED);
    TestEngine utc = engine().policy(Policy.newBuilder().zone(ZoneOffset.UTC).build());
    none(check(utc, rx), EXPIRED);
    Prescription nextUtcDay = issued("2026-11-24T09:30:00+08:00")
        .dispensedAt(at("2026-11-25T00:00:00Z")).build();
    assertThat(single(check(utc, nextUtcDay), EXPIRED).evidence())
        .containsEntry("validThrough", "2026-11-24")
        .containsEntry("issuedAt", "2026-11-24T01:30:00Z");
  }

  @Test
  void theIssueDayIsTheLocalDateInThePolicyZone() {
    // Issued 2026-11-24 07:00 in Shanghai, which is still 2026-11-23 in New York.
    Prescription rx = issued("2026-11-24T07:00:00+08:00")
        .dispensedAt(at("2026-11-24T14:00:00+08:00")).build();
    none(check(engine(), rx), EXPIRED);
    TestEngine newYork = engine().policy(Policy.newBuilder()
        .zone(ZoneId.of("America/New_York")).build());
    assertThat(single(check(newYork, rx), EXPIRED).evidence())
        .containsEntry("validThrough", "2026-11-23");
  }

  @Test
  void withoutADispensingInstantValidityIsNotJudged() {
    Verdict v = Rx.engine(plain("ORAL")).build().prescriptions()
        .check(issued("2026-11-01T09:30:00+08:00").build(), at("2026-11-24T09:30:00+08:00"));
    assertThat(v.findings()).isEmpty();
  }

  @Test
  void dispensingBeforeIssueIsInputInvalidNotExpired() {
    Verdict v = check(engine(), issued("2026-11-24T09:30:00+08:00")
        .dispensedAt(at("2026-11-24T09:29:59+08:00")).build());
    Rx.invalid(v, "/subject/dispensedAt");
    none(v, EXPIRED);
  }

  @Test
  void policySeverityForExpiredIsAppliedAndDisablingRemovesIt() {
    Prescription late = issued("2026-11-24T09:30:00+08:00")
        .dispensedAt(at("2026-11-25T09:30:00+08:00")).build();
    single(check(engine().policy(Rx.severity(EXPIRED, Decision.REVIEW)), late), EXPIRED,
        Decision.REVIEW);
    assertThat(check(engine().policy(Rx.disabled(EXPIRED)), late).findings()).isEmpty();
  }
}
