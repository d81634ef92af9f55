package io.github.qinglian.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.qinglian.Decision;
import io.github.qinglian.VisitGenerators;
import io.github.qinglian.model.Company;
import io.github.qinglian.model.CreditRating;
import io.github.qinglian.model.FilingStatus;
import io.github.qinglian.model.Location;
import io.github.qinglian.model.LocationKind;
import io.github.qinglian.model.Representative;
import io.github.qinglian.model.StaffMember;
import io.github.qinglian.model.Visit;
import io.github.qinglian.reference.LedgerEntry;
import java.time.Instant;
import java.time.ZoneId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The visit model and the ledger's entries round-trip through their JSON forms. */
class VisitJsonProperties {
  @Provide
  Arbitrary<Visit> visits() {
    return VisitGenerators.visits();
  }

  @Provide
  Arbitrary<Instant> instants() {
    return VisitGenerators.instantsNear().map(t -> t.plusNanos(t.getEpochSecond() % 1000));
  }

  @Provide
  Arbitrary<String> zones() {
    return Arbitraries.of(VisitGenerators.ZONES);
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.strings().ofMinLength(1).ofMaxLength(12).filter(s -> !s.trim().isEmpty());
  }

  @Property(tries = 1000)
  void aVisitRoundTripsThroughJson(@ForAll("visits") Visit v, @ForAll("zones") String zone) {
    assertThat(VisitJson.readVisit(VisitJson.toJson(v, ZoneId.of(zone)))).isEqualTo(v);
  }

  @Property(tries = 500)
  void referenceRecordsRoundTripThroughJson(
      @ForAll("names") String id,
      @ForAll("instants") Instant t,
      @ForAll FilingStatus status,
      @ForAll CreditRating rating,
      @ForAll LocationKind kind,
      @ForAll boolean flag,
      @ForAll("zones") String zone) {
    ZoneId z = ZoneId.of(zone);
    Representative rep = Representative.newBuilder(id, id + "-C").name(flag ? "名" : null)
        .filingNumber(flag ? null : "N-" + id).filingStatus(status)
        .filingValidTo(flag ? t : null).build();
    assertThat(VisitJson.readRepresentative(VisitJson.toJson(rep, z))).isEqualTo(rep);
    Company c = Company.newBuilder(id).creditRating(rating)
        .blacklistedFrom(flag ? t.minusSeconds(86_400) : null)
        .blacklistedUntil(flag ? t : null).build();
    assertThat(VisitJson.readCompany(VisitJson.toJson(c, z))).isEqualTo(c);
    Location l = Location.newBuilder(id, kind).name(flag ? id : null)
        .designatedForVisits(flag).build();
    assertThat(VisitJson.readLocation(VisitJson.toJson(l))).isEqualTo(l);
    StaffMember m = StaffMember.of(id, flag ? ImmutableList.of("A", "B") : ImmutableList.of());
    assertThat(VisitJson.readStaffMember(VisitJson.toJson(m))).isEqualTo(m);
  }

  @Property(tries = 500)
  void ledgerEntriesRoundTripThroughJson(
      @ForAll LedgerEntry.Type type,
      @ForAll("names") String id,
      @ForAll("instants") Instant t,
      @ForAll boolean flag,
      @ForAll("zones") String zone) {
    LedgerEntry.Builder b = LedgerEntry.newBuilder(type, id, t, "R-" + id)
        .companyId(flag ? "C1" : null).locationId(flag ? null : id)
        .hostIds(ImmutableList.of(id, "D010")).decision(flag ? Decision.WARN : null)
        .ruleIds(flag ? ImmutableList.of("VISIT.FREQUENCY") : ImmutableList.of());
    if (type == LedgerEntry.Type.APPOINTMENT) {
      b.appointmentId(id).start(t.plusSeconds(3600)).end(flag ? null : t.plusSeconds(7200))
          .approvers(ImmutableList.of("D010", "MED-1"));
    }
    if (type == LedgerEntry.Type.RECORD) {
      b.topic(flag ? id : null).attendeeIds(ImmutableList.of(id));
    }
    LedgerEntry e = b.build();
    assertThat(LedgerJson.readEntry(LedgerJson.toJson(e, ZoneId.of(zone)))).isEqualTo(e);
  }
}
