package io.github.qinglian.testing;

import com.google.common.collect.ImmutableList;
import io.github.qinglian.model.Appointment;
import io.github.qinglian.model.Company;
import io.github.qinglian.model.FilingStatus;
import io.github.qinglian.model.Location;
import io.github.qinglian.model.LocationKind;
import io.github.qinglian.model.Representative;
import io.github.qinglian.model.StaffMember;
import io.github.qinglian.model.Visit;
import io.github.qinglian.model.VisitPurpose;
import io.github.qinglian.model.VisitRecord;
import io.github.qinglian.model.VisitStage;
import java.time.Instant;

/**
 * Builders for representative visits with defaults that pass every VISIT rule under the default
 * policy (reception on Tuesdays and Thursdays, 14:00–17:00 Asia/Shanghai), so a test states only
 * what it is about. The day is Tuesday 2026-11-24, the day of {@link FixedClock#DEFAULT_INSTANT}.
 *
 * <ul>
 *   <li>{@link #representative}: filed ACTIVE for {@link #COMPANY}, valid to the end of 2027.
 *   <li>{@link #company}: no rating, never blacklisted.
 *   <li>{@link #receptionRoom}: a reception room designated for visits ({@link #ROOM}).
 *   <li>{@link #staff}: {@code D010} DEPARTMENT_HEAD and {@code MED-1} MEDICAL_AFFAIRS, the roles
 *       the default policy requires of approvers; {@link #RECEIVERS} are {@code D010} and
 *       {@code PH-2}.
 *   <li>{@link #appointment}: requested on the 19th, approved on the 20th by both approvers, for
 *       14:00–15:00 on the 24th in {@link #ROOM} with both receivers.
 *   <li>{@link #visit}: the visit at a stage: CHECK_IN at 14:10, CLOSE checked out at 14:50 and
 *       recorded at 15:30.
 * </ul>
 *
 * <pre>{@code
 * Qinglian q = VisitFixtures.engine().build();
 * Verdicts.assertAllows(q.visits().check(VisitFixtures.visit(VisitStage.CLOSE).build(),
 *     VisitFixtures.instant("2026-11-24T16:00:00+08:00")));
 * }</pre>
 */
public final class VisitFixtures {
  /** The default representative. */
  public static final String REP = "R1";
  /** The default company. */
  public static final String COMPANY = "C1";
  /** The default reception room. */
  public static final String ROOM = "RECEPTION-1";
  /** The designated receivers. */
  public static final ImmutableList<String> RECEIVERS = ImmutableList.of("D010", "PH-2");
  /** The default approvers: a department head and medical affairs. */
  public static final ImmutableList<String> APPROVERS = ImmutableList.of("D010", "MED-1");

  private VisitFixtures() {}

  /** Parses an ISO-8601 instant with offset. */
  public static Instant instant(String iso) {
    return FixedClock.instant(iso);
  }

  /** A representative of {@link #COMPANY}, filed ACTIVE to the end of 2027. */
  public static Representative.Builder representative(String id) {
    return Representative.newBuilder(id, COMPANY)
        .name("测试代表 " + id)
        .filingNumber("YYDB-TEST-" + id)
        .filingStatus(FilingStatus.ACTIVE)
        .filingValidTo(instant("2027-12-31T23:59:59+08:00"));
  }

  /** A company with no rating and no blacklist. */
  public static Company.Builder company(String id) {
    return Company.newBuilder(id).name("测试医药有限公司 " + id);
  }

  /** A reception room designated for visits. */
  public static Location.Builder receptionRoom(String id) {
    return Location.newBuilder(id, LocationKind.RECEPTION_ROOM)
        .name("医药代表接待室 " + id)
        .designatedForVisits(true);
  }

  /** The staff with the approver roles the default policy requires. */
  public static ImmutableList<StaffMember> staff() {
    return ImmutableList.of(
        StaffMember.of("D010", ImmutableList.of("DEPARTMENT_HEAD")),
        StaffMember.of("MED-1", ImmutableList.of("MEDICAL_AFFAIRS")),
        StaffMember.of("PH-2", ImmutableList.<String>of()));
  }

  /** An approved appointment for 14:00–15:00 on Tuesday 2026-11-24. */
  public static Appointment.Builder appointment() {
    return Appointment.newBuilder()
        .id("AP-TEST")
        .requestedAt(instant("2026-11-19T10:00:00+08:00"))
        .approvedAt(instant("2026-11-20T16:00:00+08:00"))
        .approvers(APPROVERS)
        .start(instant("2026-11-24T14:00:00+08:00"))
        .end(instant("2026-11-24T15:00:00+08:00"))
        .locationId(ROOM)
        .hostIds(RECEIVERS);
  }

  /** A complete record, written at 15:30. */
  public static VisitRecord record() {
    return VisitRecord.of("新剂型学术信息介绍", ImmutableList.of("D010", "PH-2", REP),
        instant("2026-11-24T15:30:00+08:00"));
  }

  /**
   * The default visit at {@code stage}: at APPOINTMENT only the appointment; at CHECK_IN a
   * check-in at 14:10 in {@link #ROOM} with both receivers; at CLOSE also a check-out at 14:50
   * and {@link #record()}.
   */
  public static Visit.Builder visit(VisitStage stage) {
    Visit.Builder b =
        Visit.newBuilder()
            .id("V-TEST")
            .stage(stage)
            .representativeId(REP)
            .companyId(COMPANY)
            .purpose(VisitPurpose.ACADEMIC_INFO)
            .appointment(appointment().build());
    if (stage == VisitStage.APPOINTMENT) {
      return b;
    }
    b.checkIn(instant("2026-11-24T14:10:00+08:00")).locationId(ROOM).hostIds(RECEIVERS);
    if (stage == VisitStage.CLOSE) {
      b.checkOut(instant("2026-11-24T14:50:00+08:00")).record(record());
    }
    return b;
  }

  /**
   * A test engine holding the default representative, company, room, receivers and staff; add
   * what the test is about.
   */
  public static TestEngine engine() {
    return TestEngine.newBuilder()
        .representative(representative(REP).build())
        .company(company(COMPANY).build())
        .location(receptionRoom(ROOM).build())
        .receivers(RECEIVERS)
        .staff(staff());
  }
}
