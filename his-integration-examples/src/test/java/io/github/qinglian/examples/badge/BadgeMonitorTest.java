package io.github.qinglian.examples.badge;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qinglian.Decision;
import io.github.qinglian.Qinglian;
import io.github.qinglian.Verdict;
import io.github.qinglian.audit.Alert;
import io.github.qinglian.audit.AlertSink;
import io.github.qinglian.model.Visit;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Badge events on the sample hospital (tests run from the repository root). */
class BadgeMonitorTest {
  private static final Path HOSPITAL = Paths.get("docs/samples/hospital");

  private final List<Alert> alerts = new CopyOnWriteArrayList<>();

  private BadgeMonitor monitor(AlertSink sink) throws Exception {
    Qinglian q = BadgeDemo.engine(HOSPITAL, sink);
    return new BadgeMonitor(q, BadgeDemo.DOORS, BadgeDemo.book(q.snapshot().policy()));
  }

  private BadgeMonitor monitor() throws Exception {
    return monitor(alerts::add);
  }

  private static BadgeEvent at(String rep, String door, String hhmm) {
    return BadgeEvent.of(rep, door,
        OffsetDateTime.parse("2026-11-24T" + hhmm + ":00+08:00").toInstant());
  }

  @Test
  void theBookedRepresentativeAtTheReceptionRoomIsAllowedQuietly() throws Exception {
    Verdict v = monitor().onBadge(at("REP-001", "DOOR-ADMIN-2F", "14:03"));
    assertThat(v.decision()).isEqualTo(Decision.ALLOW);
    assertThat(alerts).isEmpty();
  }

  @Test
  void theSameRepresentativeAtTheWardDoorRaisesAnAlert() throws Exception {
    Verdict v = monitor().onBadge(at("REP-001", "DOOR-WARD-8F", "14:41"));
    assertThat(v.decision()).isEqualTo(Decision.BLOCK);
    assertThat(v.ruleIds()).containsExactly("VISIT.LOCATION");
    assertThat(alerts).hasSize(1);
    Alert a = alerts.get(0);
    assertThat(a.ruleIds()).containsExactly("VISIT.LOCATION");
    assertThat(a.actor()).isEqualTo("REP-001");
    assertThat(a.where()).isEqualTo("WARD-CARDIO");
    assertThat(a.subjectId()).isEqualTo("V-B01");
    assertThat(a.details()).containsEntry("locationKind", "WARD");
  }

  @Test
  void aRepresentativeWithARevokedFilingRaisesAnAlertAnywhere() throws Exception {
    Verdict v = monitor().onBadge(at("REP-004", "DOOR-OPD-5F", "15:10"));
    assertThat(v.ruleIds()).contains("VISIT.REP.NOT_FILED", "VISIT.APPOINTMENT");
    assertThat(alerts).hasSize(1);
    assertThat(alerts.get(0).ruleIds()).containsExactly("VISIT.REP.NOT_FILED");
    assertThat(alerts.get(0).details()).containsEntry("filing", "NOT_ACTIVE");
  }

  @Test
  void anUnbookedPresenceIsRefusedWithoutAnAlertUnlessClinical() throws Exception {
    Verdict v = monitor().onBadge(at("REP-003", "DOOR-OPD-5F", "14:30"));
    assertThat(v.decision()).isEqualTo(Decision.BLOCK);
    assertThat(v.ruleIds()).contains("VISIT.APPOINTMENT").doesNotContain("VISIT.LOCATION");
    assertThat(alerts).isEmpty();
    Visit presence = monitor().presence(at("REP-003", "DOOR-OPD-5F", "14:30"));
    assertThat(presence.companyId()).isEqualTo("CO-LN");
    assertThat(presence.locationId()).isEqualTo("RECEPTION-B");
  }

  @Test
  void anUnknownDoorIsAnUnknownLocation() throws Exception {
    Verdict v = monitor().onBadge(at("REP-001", "DOOR-ROOF", "14:20"));
    assertThat(v.findings("VISIT.LOCATION").get(0).evidence())
        .containsEntry("reason", "UNKNOWN").containsEntry("locationId", "DOOR-ROOF");
  }

  @Test
  void aBrokenPagerDoesNotStopTheMonitor() throws Exception {
    BadgeMonitor m = monitor(a -> {
      throw new IllegalStateException("pager offline");
    });
    Verdict v = m.onBadge(at("REP-001", "DOOR-WARD-8F", "14:41"));
    assertThat(v.decision()).isEqualTo(Decision.BLOCK);
  }

  @Test
  void theDemoPrintsEachVerdictAndEveryAlert() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BadgeDemo.run(HOSPITAL, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertThat(text)
        .contains("14:03 REP-001 DOOR-ADMIN-2F  ALLOW []")
        .contains("14:41 REP-001 DOOR-WARD-8F  BLOCK [VISIT.LOCATION]")
        .contains("\"where\":\"WARD-CARDIO\"")
        .contains("\"actor\":\"REP-004\"")
        .contains("\"where\":\"PHARMACY-OUT\"");
    assertThat(text.split("ALERT ", -1)).hasSize(4);
  }
}
