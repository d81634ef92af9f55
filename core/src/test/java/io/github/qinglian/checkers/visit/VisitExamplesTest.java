package io.github.qinglian.checkers.visit;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.qinglian.Decision;
import io.github.qinglian.Qinglian;
import io.github.qinglian.Verdict;
import io.github.qinglian.audit.ChainVerifier;
import io.github.qinglian.model.Appointment;
import io.github.qinglian.model.Company;
import io.github.qinglian.model.CreditRating;
import io.github.qinglian.model.FilingStatus;
import io.github.qinglian.model.Institution;
import io.github.qinglian.model.InstitutionLevel;
import io.github.qinglian.model.Location;
import io.github.qinglian.model.LocationKind;
import io.github.qinglian.model.Representative;
import io.github.qinglian.model.StaffMember;
import io.github.qinglian.model.Visit;
import io.github.qinglian.model.VisitPurpose;
import io.github.qinglian.model.VisitStage;
import io.github.qinglian.policy.Policy;
import io.github.qinglian.reference.FileVisitLedger;
import io.github.qinglian.reference.InMemoryCompanyRegistry;
import io.github.qinglian.reference.InMemoryLocationDirectory;
import io.github.qinglian.reference.InMemoryRepresentativeRegistry;
import io.github.qinglian.reference.InMemoryStaffDirectory;
import io.github.qinglian.reference.InMemoryVisitLedger;
import io.github.qinglian.reference.LedgerEntry;
import io.github.qinglian.reference.ReferenceData;
import io.github.qinglian.testing.Verdicts;
import io.github.qinglian.testing.VisitFixtures;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples of docs/visits.md and of the visit types' Javadoc, kept compiling and working. */
class VisitExamplesTest {
  @TempDir Path dir;

  @Test
  void theJavaExampleOfDocsVisits() throws Exception {
    List<Representative> reps = ImmutableList.of(Representative.newBuilder("R1", "C1")
        .name("赵磊").filingNumber("YYDB-320000-2025-01234")
        .filingStatus(FilingStatus.ACTIVE)
        .filingValidTo(Instant.parse("2027-06-30T15:59:59Z"))
        .build());
    List<Company> companies = ImmutableList.of(
        Company.newBuilder("C1").build(),
        Company.newBuilder("C3").name("南江康达医药有限公司")
            .creditRating(CreditRating.SERIOUS)
            .blacklistedUntil(Instant.parse("2027-03-31T16:00:00Z"))
            .build());
    List<Location> rooms = ImmutableList.of(
        Location.newBuilder("RECEPTION-1", LocationKind.RECEPTION_ROOM)
            .name("行政楼二楼医药代表接待室").designatedForVisits(true).build());
    List<String> receivers = ImmutableList.of("D010", "PH-2");
    List<StaffMember> staffWithRoles = ImmutableList.of(
        StaffMember.of("D010", ImmutableSet.of("DEPARTMENT_HEAD")),
        StaffMember.of("MED-1", ImmutableSet.of("MEDICAL_AFFAIRS")));
    InMemoryVisitLedger ledger = InMemoryVisitLedger.create();
    List<Object> pages = new ArrayList<>();

    Qinglian qinglian = Qinglian.newBuilder()
        .institution(Institution.of("H1", InstitutionLevel.TERTIARY))
        .policy(Policy.defaults())
        .reference(ReferenceData.newBuilder()
            .representatives(InMemoryRepresentativeRegistry.of(reps))
            .companies(InMemoryCompanyRegistry.of(companies))
            .locations(InMemoryLocationDirectory.of(rooms))
            .receivers(receivers)
            .staff(InMemoryStaffDirectory.of(staffWithRoles))
            .visitHistory(ledger)
            .build())
        .alertSink(pages::add)
        .clock(Clock.fixed(Instant.parse("2026-11-24T06:10:00Z"), Policy.DEFAULT_ZONE))
        .build();

    Appointment appointment = Appointment.newBuilder()
        .id("AP-1")
        .requestedAt(Instant.parse("2026-11-19T02:00:00Z"))
        .approvedAt(Instant.parse("2026-11-20T02:00:00Z"))
        .approvers("D010", "MED-1")
        .start(Instant.parse("2026-11-24T06:00:00Z"))
        .end(Instant.parse("2026-11-24T07:00:00Z"))
        .locationId("RECEPTION-1")
        .hostIds("D010", "PH-2")
        .build();
    Visit visit = Visit.newBuilder()
        .id("V-1").stage(VisitStage.CHECK_IN)
        .representativeId("R1").companyId("C1").purpose(VisitPurpose.ACADEMIC_INFO)
        .appointment(appointment)
        .checkIn(Instant.parse("2026-11-24T06:05:00Z"))
        .locationId("RECEPTION-1").hostIds("D010", "PH-2")
        .build();

    Verdict v = qinglian.visits().check(visit);
    if (v.decision() != Decision.BLOCK) {
      ledger.append(LedgerEntry.of(LedgerEntry.Type.CHECK_IN, visit, v));
    }

    Verdicts.assertAllows(v);
    assertThat(ledger.size()).isEqualTo(1);
    assertThat(pages).isEmpty();
    Verdict again = qinglian.visits().check(visit.toBuilder().locationId("NOWHERE").build());
    Verdicts.assertBlocks(again, "VISIT.LOCATION");
  }

  @Test
  void theFileLedgerExample() throws Exception {
    Visit visit = VisitFixtures.visit(VisitStage.CHECK_IN).build();
    Qinglian q = VisitFixtures.engine().alertSink(a -> { }).build();
    Verdict verdict = q.visits().check(visit);
    Path p = dir.resolve("visits-ledger.jsonl");
    try (FileVisitLedger ledger = FileVisitLedger.open(p, true)) {
      ledger.append(LedgerEntry.of(LedgerEntry.Type.CHECK_IN, visit, verdict));
    }
    assertThat(ChainVerifier.verify(p).ok()).isTrue();
    assertThat(FileVisitLedger.verify(p)).isEmpty();
  }

  @Test
  void theTestingAidExample() {
    Qinglian q = VisitFixtures.engine().alertSink(a -> { }).build();
    Verdicts.assertAllows(q.visits().check(VisitFixtures.visit(VisitStage.CLOSE).build(),
        VisitFixtures.instant("2026-11-24T16:00:00+08:00")));
  }
}
