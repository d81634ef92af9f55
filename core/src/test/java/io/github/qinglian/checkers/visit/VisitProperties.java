package io.github.qinglian.checkers.visit;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.qinglian.Decision;
import io.github.qinglian.Finding;
import io.github.qinglian.Qinglian;
import io.github.qinglian.VisitGenerators;
import io.github.qinglian.internal.Messages;
import io.github.qinglian.Verdict;
import io.github.qinglian.model.Appointment;
import io.github.qinglian.model.Company;
import io.github.qinglian.model.CreditRating;
import io.github.qinglian.model.FilingStatus;
import io.github.qinglian.model.Location;
import io.github.qinglian.model.LocationKind;
import io.github.qinglian.model.Representative;
import io.github.qinglian.model.StaffMember;
import io.github.qinglian.model.Visit;
import io.github.qinglian.model.VisitPurpose;
import io.github.qinglian.model.VisitRecord;
import io.github.qinglian.model.VisitStage;
import io.github.qinglian.policy.Policy;
import io.github.qinglian.policy.ReceptionWindow;
import io.github.qinglian.policy.RuleSetting;
import io.github.qinglian.reference.InMemoryVisitLedger;
import io.github.qinglian.reference.LedgerEntry;
import io.github.qinglian.testing.TestEngine;
import io.github.qinglian.testing.VisitFixtures;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the visit checker over generated visits, worlds and policies. */
class VisitProperties {
  private static final ImmutableList<String> ZONES = VisitGenerators.ZONES;

  // ---------------------------------------------------------------- arbitrary visits

  @Provide
  Arbitrary<Visit> visits() {
    return VisitGenerators.visits();
  }

  private static Qinglian world(Policy policy) {
    InMemoryVisitLedger history = InMemoryVisitLedger.create();
    history.append(LedgerEntry.newBuilder(LedgerEntry.Type.CHECK_IN, "H-1",
        Instant.parse("2026-11-03T07:00:00Z"), "R1").companyId("C1")
        .hostIds(ImmutableList.of("D010")).build());
    return VisitFixtures.engine()
        .location(Location.newBuilder("WARD-5", LocationKind.WARD).build())
        .company(Company.newBuilder("X").creditRating(CreditRating.SERIOUS)
            .blacklistedUntil(Instant.parse("2027-01-01T00:00:00Z")).build())
        .visitHistory(history)
        .policy(policy)
        .alertSink(a -> { })
        .build();
  }

  @Property(tries = 2000)
  void theCheckerNeverThrowsAndDecidesByTheMostSevereFinding(
      @ForAll("visits") Visit v, @ForAll("instantsNear") Instant at) {
    Verdict verdict = world(Policy.defaults()).visits().check(v, at);
    assertThat(verdict.findings()).noneMatch(f -> f.ruleId().equals("ENGINE.ERROR"));
    Decision max = Decision.ALLOW;
    for (Finding f : verdict.findings()) {
      max = max.max(f.severity());
      assertThat(f.ruleId()).matches("VISIT\\..*|INPUT\\.INVALID");
      assertThat(f.message().en()).doesNotContain("{").doesNotContain("?");
      assertThat(f.message().zh()).doesNotContain("{").doesNotContain("?");
      Object reason = f.evidence().get("reason");
      if (f.ruleId().startsWith("VISIT.")) {
        assertThat(Messages.has(f.ruleId())).as(f.ruleId()).isTrue();
        if (reason != null) {
          assertThat(Messages.has(f.ruleId() + "." + reason)).as(f.ruleId() + "." + reason)
              .isTrue();
        }
      }
    }
    assertThat(verdict.decision()).isEqualTo(max);
  }

  @Provide
  Arbitrary<Instant> instantsNear() {
    return VisitGenerators.instantsNear();
  }

  @Property(tries = 300)
  void theCheckerNeverThrowsUnderAnyZoneOrParameters(
      @ForAll("visits") Visit v, @ForAll("policies") Policy p) {
    Verdict verdict = world(p).visits().check(v, Instant.parse("2026-11-24T12:00:00Z"));
    assertThat(verdict.findings()).noneMatch(f -> f.ruleId().equals("ENGINE.ERROR"));
  }

  @Provide
  Arbitrary<Policy> policies() {
    return Combinators.combine(Arbitraries.of(ZONES), Arbitraries.integers().between(0, 720),
            Arbitraries.integers().between(1, 20), Arbitraries.integers().between(1, 20),
            Arbitraries.of(DayOfWeek.class))
        .as((zone, lead, hosts, approvals, day) -> Policy.newBuilder()
            .zone(ZoneId.of(zone))
            .visitWindows(ImmutableList.of(ReceptionWindow.weekly(EnumSet.of(day),
                LocalTime.of(8, 0), LocalTime.of(23, 59))))
            .rule("VISIT.APPOINTMENT", RuleSetting.newBuilder().param("leadHours", lead).build())
            .rule("VISIT.HOST", RuleSetting.newBuilder().param("minHosts", hosts).build())
            .rule("VISIT.PROCESS",
                RuleSetting.newBuilder().param("requiredApprovals", approvals).build())
            .build());
  }

  @Property(tries = 300)
  void theCheckerNeverThrowsOnExtremeInstants(@ForAll("visits") Visit v) {
    Visit extreme = v.toBuilder().checkIn(Instant.MAX).checkOut(Instant.MAX)
        .appointment(VisitFixtures.appointment().start(Instant.MIN).end(Instant.MAX).build())
        .build();
    for (Instant at : new Instant[] {Instant.MAX, Instant.MIN, Instant.EPOCH}) {
      Verdict verdict = world(Policy.defaults()).visits().check(extreme, at);
      assertThat(verdict.findings()).noneMatch(f -> f.ruleId().equals("ENGINE.ERROR"));
    }
  }

  // ---------------------------------------------------------------- compliant visits

  /** A world and a visit that keeps every rule: in a window, approved in time, recorded. */
  static final class Compliant {
    final Policy policy;
    final Representative rep;
    final Company company;
    final List<LedgerEntry> history;
    final Visit visit;
    final Instant at;

    Compliant(Policy policy, Representative rep, Company company, List<LedgerEntry> history,
        Visit visit, Instant at) {
      this.policy = policy;
      this.rep = rep;
      this.company = company;
      this.history = history;
      this.visit = visit;
      this.at = at;
    }

    @Override
    public String toString() {
      return "Compliant{zone=" + policy.zone() + ", windows=" + policy.visitWindows()
          + ", extra=" + policy.extraDates() + ", closed=" + policy.closedDates() + ", rules="
          + policy.rules() + ",\n rep=" + rep + ", company=" + company + ",\n history="
          + history + ",\n visit=" + visit + ",\n at=" + at + "}";
    }
  }

  @Provide
  Arbitrary<Compliant> compliant() {
    return Arbitraries.longs().map(VisitProperties::compliant);
  }

  private static long between(Random r, long lo, long hi) {
    return hi <= lo ? lo : lo + (long) (r.nextDouble() * (hi - lo + 1));
  }

  static Compliant compliant(long seed) {
    Random r = new Random(seed);
    ZoneId zone = ZoneId.of(ZONES.get(r.nextInt(ZONES.size())));
    DayOfWeek day = DayOfWeek.of(1 + r.nextInt(7));
    int fromMinute = r.nextInt(22 * 60);
    int toMinute = (int) between(r, fromMinute + 30, 23 * 60 + 59);
    LocalTime from = LocalTime.of(fromMinute / 60, fromMinute % 60);
    LocalTime to = LocalTime.of(toMinute / 60, toMinute % 60);
    LocalDate date = LocalDate.of(2026, 1, 1).plusDays(r.nextInt(700))
        .with(TemporalAdjusters.nextOrSame(day));
    boolean extra = r.nextBoolean();
    Policy.Builder pb = Policy.newBuilder().zone(zone);
    if (extra) {
      // the day is closed for its weekly window and opened again by an extra date
      pb.visitWindows(ImmutableList.of(ReceptionWindow.weekly(EnumSet.of(day),
              LocalTime.of(0, 0), LocalTime.of(0, 1))))
          .closedDates(ImmutableList.of(date, date.plusDays(7)))
          .extraDates(ImmutableList.of(ReceptionWindow.onDate(date, from, to)));
    } else {
      pb.visitWindows(ImmutableList.of(ReceptionWindow.weekly(EnumSet.of(day), from, to)))
          .closedDates(ImmutableList.of(date.plusDays(7), date.minusDays(1)));
    }
    int lead = r.nextInt(96);
    int recordHours = 1 + r.nextInt(72);
    int maxRep = 1 + r.nextInt(6);
    int maxHost = 1 + r.nextInt(3);
    pb.rule("VISIT.APPOINTMENT", RuleSetting.newBuilder().param("leadHours", lead).build())
        .rule("VISIT.RECORD", RuleSetting.newBuilder().param("recordHours", recordHours).build())
        .rule("VISIT.FREQUENCY", RuleSetting.newBuilder().param("maxPerRepPerMonth", maxRep)
            .param("maxPerHostCompanyPerMonth", maxHost).build());
    Policy policy = pb.build();

    long startMinute = between(r, fromMinute, toMinute - 1);
    long endMinute = between(r, startMinute + 1, toMinute);
    Instant start = local(date, startMinute, zone);
    Instant end = local(date, endMinute, zone);
    Instant approved = start.minusSeconds(lead * 3600L + between(r, 0, 10 * 86_400));
    Instant requested = approved.minusSeconds(between(r, 0, 5 * 86_400));
    Instant checkIn = start.plusSeconds(between(r, 0, end.getEpochSecond()
        - start.getEpochSecond() - 1));
    Instant checkOut = checkIn.plusSeconds(between(r, 0, end.getEpochSecond()
        - checkIn.getEpochSecond()));
    Instant deadline = checkOut.plusSeconds(recordHours * 3600L);
    VisitStage stage = VisitStage.values()[r.nextInt(3)];
    List<String> hosts = new ArrayList<>(VisitFixtures.RECEIVERS);
    if (r.nextBoolean()) {
      hosts.add("D010");
    }
    List<String> approvers = new ArrayList<>(VisitFixtures.APPROVERS);
    if (r.nextBoolean()) {
      approvers.add("PH-2");
    }
    Appointment ap = Appointment.newBuilder().id("AP").requestedAt(requested)
        .approvedAt(stage == VisitStage.APPOINTMENT && r.nextBoolean() ? null : approved)
        .approvers(approvers).start(start).end(end).locationId(VisitFixtures.ROOM)
        .hostIds(hosts).build();
    Visit.Builder vb = Visit.newBuilder().id("V-" + seed).stage(stage).representativeId("R1")
        .companyId("C1").purpose(r.nextBoolean() ? VisitPurpose.ACADEMIC_INFO
            : VisitPurpose.ADVERSE_REACTION_FEEDBACK)
        .appointment(ap);
    Instant visitAt = stage == VisitStage.APPOINTMENT ? start : checkIn;
    Instant at = visitAt;
    if (stage != VisitStage.APPOINTMENT) {
      vb.checkIn(checkIn).locationId(VisitFixtures.ROOM).hostIds(hosts);
    }
    if (stage == VisitStage.CLOSE) {
      vb.checkOut(checkOut);
      if (r.nextBoolean()) {
        vb.record(VisitRecord.of("学术交流", hosts,
            checkIn.plusSeconds(between(r, 0, deadline.getEpochSecond()
                - checkIn.getEpochSecond()))));
        at = deadline.plusSeconds(between(r, 0, 30 * 86_400));
      } else {
        at = checkOut.plusSeconds(between(r, 0, recordHours * 3600L));
      }
    }
    Representative rep = VisitFixtures.representative("R1")
        .filingValidTo(r.nextBoolean() ? null : visitAt.plusSeconds(between(r, 0, 86_400 * 400)))
        .build();
    Company company = VisitFixtures.company("C1")
        .creditRating(CreditRating.values()[r.nextInt(CreditRating.SERIOUS.ordinal())])
        .blacklistedUntil(r.nextBoolean() ? null : visitAt.minusSeconds(between(r, 0, 86_400)))
        .build();
    List<LedgerEntry> history = new ArrayList<>();
    // fewer visits than the limit this month, hosted by others; any number in other months
    for (int i = 0; i < r.nextInt(maxRep); i++) {
      history.add(LedgerEntry.newBuilder(LedgerEntry.Type.CHECK_IN, "H-" + i,
          local(date.withDayOfMonth(1), 60 * 12, zone), "R1").companyId("C1")
          .hostIds(ImmutableList.of("D099")).build());
    }
    for (int i = 0; i < r.nextInt(8); i++) {
      history.add(LedgerEntry.newBuilder(LedgerEntry.Type.CHECK_IN, "O-" + i,
          local(date.withDayOfMonth(1).minusMonths(1), 60 * 12, zone), "R1").companyId("C1")
          .hostIds(hosts).build());
    }
    return new Compliant(policy, rep, company, history, vb.build(), at);
  }

  private static Instant local(LocalDate date, long minuteOfDay, ZoneId zone) {
    LocalDateTime t = date.atStartOfDay().plusMinutes(minuteOfDay);
    return ZonedDateTime.of(t, zone).toInstant();
  }

  @Property(tries = 3000)
  void aVisitInsideEveryWindowWithEveryApprovalAndARecordGetsNoFinding(
      @ForAll("compliant") Compliant c) {
    ZoneId zone = c.policy.zone();
    Appointment ap = c.visit.appointment();
    // local times that a daylight-saving change moved are not what was asked for (a start in
    // the skipped hour moves onto the end: 02:04 does not exist on 2027-03-14 in New York)
    Assume.that(zone.getRules().getOffset(ap.start()).equals(zone.getRules().getOffset(ap.end())));
    Assume.that(ap.end().isAfter(ap.start()));
    Assume.that(ZonedDateTime.ofInstant(ap.start(), zone).toLocalDate()
        .equals(ZonedDateTime.ofInstant(ap.end(), zone).toLocalDate()));
    Qinglian q = TestEngine.newBuilder()
        .representative(c.rep)
        .company(c.company)
        .location(VisitFixtures.receptionRoom(VisitFixtures.ROOM).build())
        .receivers(VisitFixtures.RECEIVERS)
        .staff(VisitFixtures.staff())
        .visitHistory(InMemoryVisitLedger.of(c.history))
        .policy(c.policy)
        .alertSink(a -> {
          throw new AssertionError("no alert expected: " + a);
        })
        .build();
    Verdict v = q.visits().check(c.visit, c.at);
    assertThat(v.findings()).as(c.toString()).isEmpty();
    assertThat(v).isSameAs(q.snapshot().allowVerdict());
  }
}
