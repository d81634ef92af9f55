package io.github.qinglian.examples.badge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.qinglian.Finding;
import io.github.qinglian.Qinglian;
import io.github.qinglian.Verdict;
import io.github.qinglian.audit.Alert;
import io.github.qinglian.audit.AlertSink;
import io.github.qinglian.json.AlertJson;
import io.github.qinglian.json.PolicyJson;
import io.github.qinglian.json.ReferenceJson;
import io.github.qinglian.model.Appointment;
import io.github.qinglian.model.Institution;
import io.github.qinglian.model.InstitutionLevel;
import io.github.qinglian.model.VisitPurpose;
import io.github.qinglian.policy.Policy;
import io.github.qinglian.reference.ReferenceData;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A day of badge events at the sample hospital (Tuesday 24 November 2026), checked as they
 * come: a representative without an appointment at the outpatient pharmacy in the morning, the
 * booked representative entering the reception room, the same representative found at the
 * cardiology ward's door, a representative whose filing was revoked. Prints each verdict and
 * every alert the engine raises (an alert is printed as the check raises it, before the verdict).
 *
 * <pre>
 * java -cp his-integration-examples/target/qinglian-cli.jar \
 *     io.github.qinglian.examples.badge.BadgeDemo [docs/samples/hospital]
 * </pre>
 */
public final class BadgeDemo {
  /** The doors of the sample hospital. */
  static final DoorMap DOORS = DoorMap.of(ImmutableMap.of(
      "DOOR-ADMIN-2F", "RECEPTION-A",
      "DOOR-OPD-5F", "RECEPTION-B",
      "DOOR-WARD-8F", "WARD-CARDIO",
      "DOOR-PHARMACY-OPD", "PHARMACY-OUT"));

  private BadgeDemo() {}

  /** Runs the demo on the sample hospital in {@code args[0]} (default docs/samples/hospital). */
  public static void main(String[] args) throws IOException {
    run(Paths.get(args.length > 0 ? args[0] : "docs/samples/hospital"),
        new PrintStream(System.out, true, "UTF-8"));
  }

  static void run(Path hospital, PrintStream out) throws IOException {
    AlertSink printing = new AlertSink() {
      @Override
      public void alert(Alert a) {
        out.println("  ALERT " + AlertJson.toJson(a));
      }
    };
    Qinglian qinglian = engine(hospital, printing);
    BadgeMonitor monitor = new BadgeMonitor(qinglian, DOORS, book(qinglian.snapshot().policy()));
    for (BadgeEvent e : events()) {
      Verdict v = monitor.onBadge(e);
      out.println(e.at().atZone(qinglian.snapshot().policy().zone()).toLocalTime() + " "
          + e.representativeId() + " " + e.doorId() + "  " + v.decision() + " " + v.ruleIds());
      for (Finding f : v.findings()) {
        out.println("    " + f.ruleId() + ": " + f.message().zh());
      }
    }
  }

  static Qinglian engine(Path hospital, AlertSink sink) throws IOException {
    JsonNode h = new ObjectMapper().readTree(read(hospital.resolve("hospital.json")));
    Policy policy = PolicyJson.read(h.get("policy").toString());
    ReferenceData reference = ReferenceJson.read(hospital.resolve("reference-visits.json"));
    return Qinglian.newBuilder()
        .institution(Institution.of(h.path("institution").path("id").asText("QLH"),
            InstitutionLevel.TERTIARY))
        .policy(policy)
        .reference(reference)
        .clock(Clock.fixed(t("14:00"), policy.zone()))
        .alertSink(sink)
        .build();
  }

  /** The day's bookings: REP-001 at 14:00–15:00 in the administration building's room. */
  static AppointmentBook book(Policy policy) {
    Appointment ap = Appointment.newBuilder().id("AP-B01")
        .requestedAt(Instant.parse("2026-11-17T02:00:00Z"))
        .approvedAt(Instant.parse("2026-11-18T02:00:00Z"))
        .approvers("D001", "MA001")
        .start(t("14:00")).end(t("15:00"))
        .locationId("RECEPTION-A").hostIds("D001", "D016")
        .build();
    return AppointmentBook.of(policy.zone(), ImmutableList.of(AppointmentBook.Booking.of(
        "V-B01", "REP-001", "CO-KN", VisitPurpose.ACADEMIC_INFO, ap)));
  }

  static List<BadgeEvent> events() {
    return ImmutableList.of(
        BadgeEvent.of("REP-002", "DOOR-PHARMACY-OPD", t("10:20")),
        BadgeEvent.of("REP-001", "DOOR-ADMIN-2F", t("14:03")),
        BadgeEvent.of("REP-001", "DOOR-WARD-8F", t("14:41")),
        BadgeEvent.of("REP-004", "DOOR-OPD-5F", t("15:10")));
  }

  private static Instant t(String hhmm) {
    return OffsetDateTime.parse("2026-11-24T" + hhmm + ":00+08:00").toInstant();
  }

  private static String read(Path p) throws IOException {
    return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
  }
}
