package io.github.qinglian.checkers.visit;

import static io.github.qinglian.internal.Findings.add;
import static io.github.qinglian.internal.Findings.addAt;
import static io.github.qinglian.rule.RuleCatalog.VISIT_APPOINTMENT;
import static io.github.qinglian.rule.RuleCatalog.VISIT_COMPANY_BLACKLISTED;
import static io.github.qinglian.rule.RuleCatalog.VISIT_FREQUENCY;
import static io.github.qinglian.rule.RuleCatalog.VISIT_HOST;
import static io.github.qinglian.rule.RuleCatalog.VISIT_LOCATION;
import static io.github.qinglian.rule.RuleCatalog.VISIT_PROCESS;
import static io.github.qinglian.rule.RuleCatalog.VISIT_PURPOSE;
import static io.github.qinglian.rule.RuleCatalog.VISIT_RECORD;
import static io.github.qinglian.rule.RuleCatalog.VISIT_REP_NOT_FILED;
import static io.github.qinglian.rule.RuleCatalog.VISIT_TIME_WINDOW;

import com.google.common.collect.ImmutableList;
import io.github.qinglian.Decision;
import io.github.qinglian.Finding;
import io.github.qinglian.Snapshot;
import io.github.qinglian.Verdict;
import io.github.qinglian.VisitChecker;
import io.github.qinglian.audit.Alert;
import io.github.qinglian.audit.AlertSink;
import io.github.qinglian.internal.FindingList;
import io.github.qinglian.internal.PerSnapshot;
import io.github.qinglian.internal.Findings;
import io.github.qinglian.model.Appointment;
import io.github.qinglian.model.Company;
import io.github.qinglian.model.FilingStatus;
import io.github.qinglian.model.Location;
import io.github.qinglian.model.Representative;
import io.github.qinglian.model.StaffMember;
import io.github.qinglian.model.Visit;
import io.github.qinglian.model.VisitPurpose;
import io.github.qinglian.model.VisitRecord;
import io.github.qinglian.model.VisitStage;
import io.github.qinglian.policy.Policy;
import io.github.qinglian.reference.ReferenceData;
import io.github.qinglian.reference.StaffDirectory;
import io.github.qinglian.reference.VisitHistory;
import io.github.qinglian.rule.Family;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The visit checker over a live snapshot. Thread-safe and lock-free; never throws. Construct it
 * through {@link io.github.qinglian.Qinglian#visits()}.
 *
 * <p>The clean path touches no JSON, regex, formatting or logging and allocates nothing in the
 * checker: lookups are single hash probes, reception windows are arrays of seconds of the day in
 * the policy's zone, and the monthly counts read the visit history's index. Findings, their
 * messages and alerts are made only when a rule fires. A clean visit gets the snapshot's shared
 * ALLOW verdict.
 */
public final class VisitRules implements VisitChecker {
  private static final Logger LOG = LoggerFactory.getLogger(VisitRules.class);
  private static final String SUBJECT = "/subject";
  private static final String APPOINTMENT = "/subject/appointment";
  private static final String OUT_OF_RANGE = "is out of range (years 1 to 9999)";
  private static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
  private static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999999999Z");

  private final Supplier<Snapshot> snapshots;
  private final Clock clock;
  private final AlertSink alerts;
  private final PerSnapshot<VisitLimits> limits = new PerSnapshot<>(VisitLimits::new);

  /**
   * Creates a checker reading the snapshot {@code snapshots} supplies, timed by {@code clock},
   * raising alerts through {@code alerts}.
   */
  public VisitRules(Supplier<Snapshot> snapshots, Clock clock, AlertSink alerts) {
    this.snapshots = snapshots;
    this.clock = clock;
    this.alerts = alerts;
  }

  @Override
  public Verdict check(@Nullable Visit visit) {
    return run(visit, null);
  }

  @Override
  public Verdict check(@Nullable Visit visit, @Nullable Instant at) {
    return run(visit, at);
  }

  private Verdict run(@Nullable Visit visit, @Nullable Instant at) {
    Snapshot s = null;
    Verdict verdict;
    Instant now = null;
    try {
      s = snapshots.get();
      VisitLimits l = limits.get(s);
      now = at != null ? at : clock.instant();
      FindingList out = evaluate(l, visit, now);
      if (out == null) {
        return s.allowVerdict();
      }
      verdict = out.verdict(s.allowVerdict());
    } catch (Throwable t) { // an internal failure must never reach the HIS's thread
      Findings.rethrowFatal(t);
      return Findings.engineError(s, t, false, LOG, "visit check");
    }
    alert(visit, verdict, now);
    return verdict;
  }

  // ------------------------------------------------------------------------------------------

  private @Nullable FindingList evaluate(VisitLimits l, @Nullable Visit v, Instant at) {
    Instant now = at;
    Policy policy = l.policy;
    ReferenceData ref = l.snapshot.reference();
    FindingList out = null;
    if (outOfRange(now)) {
      out = invalid(policy, null, "/at", OUT_OF_RANGE, null); // the caller's evaluation instant
      now = Instant.EPOCH.isAfter(now) ? FIRST : LAST;
    }
    if (v == null) {
      return invalid(policy, out, SUBJECT, "required", null);
    }
    VisitStage stage = v.stage();
    if (stage == null) {
      out = invalid(policy, out, SUBJECT + "/stage", "required", null);
    }
    boolean present = stage == VisitStage.CHECK_IN || stage == VisitStage.CLOSE;

    // ---------------------------------------------------------------- times and shape
    Instant checkIn = v.checkIn();
    Instant checkOut = v.checkOut();
    if (outOfRange(checkIn)) {
      out = invalid(policy, out, SUBJECT + "/checkIn", OUT_OF_RANGE, null);
      checkIn = null;
    } else if (present && checkIn == null) {
      out = invalid(policy, out, SUBJECT + "/checkIn", "required at " + stage, null);
    }
    if (outOfRange(checkOut)) {
      out = invalid(policy, out, SUBJECT + "/checkOut", OUT_OF_RANGE, null);
      checkOut = null;
    } else if (stage == VisitStage.CLOSE && checkOut == null) {
      out = invalid(policy, out, SUBJECT + "/checkOut", "required at CLOSE", null);
    }
    if (checkIn != null && checkOut != null && checkOut.isBefore(checkIn)) {
      out = invalid(policy, out, SUBJECT + "/checkOut", "is before checkIn", local(checkOut, l));
      checkOut = null;
    }
    Appointment ap = v.appointment();
    Instant start = null;
    Instant end = null;
    if (ap == null) {
      if (stage == VisitStage.APPOINTMENT) {
        out = invalid(policy, out, APPOINTMENT, "required at APPOINTMENT", null);
      }
    } else {
      start = ap.start();
      end = ap.end();
      if (start == null || outOfRange(start)) {
        out = invalid(policy, out, APPOINTMENT + "/start",
            start == null ? "required" : OUT_OF_RANGE, null);
        start = null;
      }
      if (end == null || outOfRange(end)) {
        out = invalid(policy, out, APPOINTMENT + "/end",
            end == null ? "required" : OUT_OF_RANGE, null);
        end = null;
      }
      if (start != null && end != null && !end.isAfter(start)) {
        out = invalid(policy, out, APPOINTMENT + "/end",
            end.equals(start) ? "is not after start" : "is before start", local(end, l));
        start = null;
        end = null;
      }
      Instant requested = ap.requestedAt();
      Instant approved = ap.approvedAt();
      if (requested != null && approved != null && approved.isBefore(requested)) {
        out = invalid(policy, out, APPOINTMENT + "/approvedAt", "is before requestedAt",
            local(approved, l));
      }
      out = blanks(policy, out, ap.approvers(), APPOINTMENT + "/approvers");
    }
    Instant when = stage == VisitStage.APPOINTMENT ? (start != null ? start : checkIn)
        : (checkIn != null ? checkIn : start);
    boolean whenKnown = when != null;
    if (when == null) {
      when = now;
    }

    // ---------------------------------------------------------------- representative, company
    String repId = v.representativeId();
    Representative rep = null;
    if (blank(repId)) {
      out = invalid(policy, out, SUBJECT + "/representativeId", "required", null);
      if (policy.enabled(VISIT_REP_NOT_FILED)) {
        out = add(out, policy, VISIT_REP_NOT_FILED, "MISSING", Finding.NO_ITEM,
            "reason", "MISSING");
      }
    } else {
      rep = ref.representatives().find(repId);
      if (policy.enabled(VISIT_REP_NOT_FILED)) {
        out = filing(l, out, repId, rep, when);
      }
    }
    String companyId = v.companyId();
    Company company = null;
    if (blank(companyId)) {
      out = invalid(policy, out, SUBJECT + "/companyId", "required", null);
      companyId = null;
    } else {
      company = ref.companies().find(companyId);
      if (company == null) {
        out = invalid(policy, out, SUBJECT + "/companyId", "unknown company", companyId);
      }
      // an unknown company is INPUT.INVALID only: the comparison needs its record
      if (company != null && rep != null && !rep.companyId().equals(companyId)
          && policy.enabled(VISIT_REP_NOT_FILED)) {
        out = add(out, policy, VISIT_REP_NOT_FILED, "COMPANY_MISMATCH", Finding.NO_ITEM,
            "reason", "COMPANY_MISMATCH", "representativeId", repId, "companyId", companyId,
            "filedCompanyId", rep.companyId());
      }
    }
    if (policy.enabled(VISIT_COMPANY_BLACKLISTED)) {
      out = blacklist(l, out, company, when);
      if (rep != null && !rep.companyId().equals(companyId)) {
        out = blacklist(l, out, ref.companies().find(rep.companyId()), when);
      }
    }
    VisitPurpose purpose = v.purpose();
    if (purpose == null) {
      out = invalid(policy, out, SUBJECT + "/purpose", "required", null);
    } else if (purpose.forbidden() && policy.enabled(VISIT_PURPOSE)) {
      out = add(out, policy, VISIT_PURPOSE, null, Finding.NO_ITEM, "purpose", purpose.name());
    }

    // ---------------------------------------------------------------- where and who
    boolean atAppointment = stage == VisitStage.APPOINTMENT;
    ImmutableList<String> hosts = ImmutableList.of();
    if (stage != null && (!atAppointment || ap != null)) {
      String locationId = atAppointment ? ap.locationId() : v.locationId();
      String pointer = atAppointment ? APPOINTMENT + "/locationId" : SUBJECT + "/locationId";
      out = location(l, out, locationId, pointer);
      hosts = atAppointment ? ap.hostIds() : v.hostIds();
      out = blanks(policy, out, hosts, atAppointment ? APPOINTMENT + "/hostIds"
          : SUBJECT + "/hostIds");
      if (policy.enabled(VISIT_HOST)) {
        out = hosts(l, out, hosts, ref);
      }
    }

    // ---------------------------------------------------------------- 有预约, 有流程
    if (stage != null && policy.enabled(VISIT_APPOINTMENT)) {
      out = appointment(l, out, stage, ap, start, end, checkIn, checkOut);
    }
    if (ap != null && (present || ap.approvedAt() != null) && policy.enabled(VISIT_PROCESS)) {
      out = process(l, out, ap.approvers(), ref.staff());
    }

    // ---------------------------------------------------------------- 定时
    if (stage != null && policy.enabled(VISIT_TIME_WINDOW)) {
      out = window(l, out, stage, start, end, checkIn, checkOut);
    }

    // ---------------------------------------------------------------- 有记录
    if (stage == VisitStage.CLOSE && checkIn != null && checkOut != null) {
      out = record(l, out, v.record(), checkIn, checkOut, now);
    }

    // ---------------------------------------------------------------- frequency
    if (whenKnown && !blank(repId) && policy.enabled(VISIT_FREQUENCY)) {
      String hostCompany = rep != null ? rep.companyId() : companyId;
      out = frequency(l, out, ref.visitHistory(), v.id(), repId, hostCompany, hosts, when);
    }
    return out;
  }

  private static @Nullable FindingList filing(
      VisitLimits l, @Nullable FindingList out, String repId, @Nullable Representative rep,
      Instant when) {
    Policy policy = l.policy;
    if (rep == null) {
      return add(out, policy, VISIT_REP_NOT_FILED, "UNKNOWN", Finding.NO_ITEM,
          "reason", "UNKNOWN", "representativeId", repId);
    }
    if (rep.filingStatus() != FilingStatus.ACTIVE) {
      return add(out, policy, VISIT_REP_NOT_FILED, "NOT_ACTIVE", Finding.NO_ITEM,
          "reason", "NOT_ACTIVE", "representativeId", repId,
          "filingNumber", rep.filingNumber(), "filingStatus", rep.filingStatus().name());
    }
    Instant validTo = rep.filingValidTo();
    if (validTo != null && validTo.isBefore(when)) {
      return add(out, policy, VISIT_REP_NOT_FILED, "EXPIRED", Finding.NO_ITEM,
          "reason", "EXPIRED", "representativeId", repId, "filingNumber", rep.filingNumber(),
          "filingValidTo", local(validTo, l), "visitAt", local(when, l));
    }
    return out;
  }

  private static @Nullable FindingList blacklist(
      VisitLimits l, @Nullable FindingList out, @Nullable Company c, Instant when) {
    if (c == null) {
      return out;
    }
    FindingList o = out;
    if (c.blacklistedAt(when)) {
      o = add(o, l.policy, VISIT_COMPANY_BLACKLISTED, "BLACKLISTED", Finding.NO_ITEM,
          "reason", "BLACKLISTED", "companyId", c.id(),
          "blacklistedUntil", local(c.blacklistedUntil(), l), "visitAt", local(when, l));
    }
    if (c.creditRating().atLeast(l.blockFromRating)) {
      o = add(o, l.policy, VISIT_COMPANY_BLACKLISTED, "RATING", Finding.NO_ITEM,
          "reason", "RATING", "companyId", c.id(), "creditRating", c.creditRating().name(),
          "blockFromRating", l.blockFromRating.name());
    }
    return o;
  }

  private static @Nullable FindingList location(
      VisitLimits l, @Nullable FindingList out, @Nullable String locationId, String pointer) {
    Policy policy = l.policy;
    if (blank(locationId)) {
      FindingList o = invalid(policy, out, pointer, "required", null);
      return policy.enabled(VISIT_LOCATION)
          ? add(o, policy, VISIT_LOCATION, "MISSING", Finding.NO_ITEM, "reason", "MISSING") : o;
    }
    Location where = l.snapshot.reference().locations().find(locationId);
    if (where == null) {
      return policy.enabled(VISIT_LOCATION)
          ? add(out, policy, VISIT_LOCATION, "UNKNOWN", Finding.NO_ITEM,
              "reason", "UNKNOWN", "locationId", locationId)
          : out;
    }
    if (where.kind().clinical()) {
      // a clinical area is always refused, whatever the policy says of the rule
      return addAt(out, Decision.BLOCK, VISIT_LOCATION, "CLINICAL", Finding.NO_ITEM,
          "reason", "CLINICAL", "locationId", locationId, "locationKind", where.kind().name(),
          "designatedForVisits", where.designatedForVisits());
    }
    if (!where.designatedForVisits() && policy.enabled(VISIT_LOCATION)) {
      return add(out, policy, VISIT_LOCATION, "NOT_DESIGNATED", Finding.NO_ITEM,
          "reason", "NOT_DESIGNATED", "locationId", locationId,
          "locationKind", where.kind().name());
    }
    return out;
  }

  private static @Nullable FindingList hosts(
      VisitLimits l, @Nullable FindingList out, ImmutableList<String> hosts, ReferenceData ref) {
    FindingList o = out;
    int distinct = 0;
    for (int i = 0; i < hosts.size(); i++) {
      String h = hosts.get(i);
      if (blank(h) || seenBefore(hosts, i)) {
        continue;
      }
      distinct++;
      if (!ref.receivers().contains(h)) {
        o = add(o, l.policy, VISIT_HOST, "NOT_RECEIVER", Finding.NO_ITEM,
            "reason", "NOT_RECEIVER", "hostId", h);
      }
    }
    if (distinct < l.minHosts) {
      o = add(o, l.policy, VISIT_HOST, "TOO_FEW", Finding.NO_ITEM,
          "reason", "TOO_FEW", "hosts", distinct, "minHosts", l.minHosts);
    }
    return o;
  }

  private static @Nullable FindingList appointment(
      VisitLimits l,
      @Nullable FindingList out,
      VisitStage stage,
      @Nullable Appointment ap,
      @Nullable Instant start,
      @Nullable Instant end,
      @Nullable Instant checkIn,
      @Nullable Instant checkOut) {
    Policy policy = l.policy;
    boolean present = stage != VisitStage.APPOINTMENT;
    if (ap == null) {
      return present ? add(out, policy, VISIT_APPOINTMENT, "NONE", Finding.NO_ITEM,
          "reason", "NONE", "stage", stage.name()) : out;
    }
    FindingList o = out;
    Instant approved = ap.approvedAt();
    if (approved == null) {
      if (present) {
        o = add(o, policy, VISIT_APPOINTMENT, "NOT_APPROVED", Finding.NO_ITEM,
            "reason", "NOT_APPROVED", "appointmentId", ap.id(), "stage", stage.name());
      }
    } else if (start != null) {
      Instant deadline = start.minusSeconds(l.leadSeconds);
      if (approved.isAfter(deadline)) {
        o = add(o, policy, VISIT_APPOINTMENT, "LATE_APPROVAL", Finding.NO_ITEM,
            "reason", "LATE_APPROVAL", "appointmentId", ap.id(),
            "approvedAt", local(approved, l), "start", local(start, l),
            "deadline", local(deadline, l), "leadHours", l.leadSeconds / 3600);
      }
    }
    if (present && start != null && end != null && checkIn != null
        && (checkIn.isBefore(start) || checkIn.isAfter(end))) {
      o = add(o, policy, VISIT_APPOINTMENT, "CHECK_IN_OUTSIDE", Finding.NO_ITEM,
          "reason", "CHECK_IN_OUTSIDE", "appointmentId", ap.id(), "checkIn", local(checkIn, l),
          "start", local(start, l), "end", local(end, l));
    }
    if (stage == VisitStage.CLOSE && end != null && checkOut != null && checkOut.isAfter(end)) {
      o = add(o, policy, VISIT_APPOINTMENT, "CHECK_OUT_LATE", Finding.NO_ITEM,
          "reason", "CHECK_OUT_LATE", "appointmentId", ap.id(),
          "checkOut", local(checkOut, l), "end", local(end, l));
    }
    return o;
  }

  private static @Nullable FindingList process(
      VisitLimits l, @Nullable FindingList out, ImmutableList<String> approvers,
      StaffDirectory staff) {
    FindingList o = out;
    int distinct = 0;
    for (int i = 0; i < approvers.size(); i++) {
      if (!blank(approvers.get(i)) && !seenBefore(approvers, i)) {
        distinct++;
      }
    }
    if (distinct < l.requiredApprovals) {
      o = add(o, l.policy, VISIT_PROCESS, "TOO_FEW", Finding.NO_ITEM,
          "reason", "TOO_FEW", "approvals", distinct, "requiredApprovals", l.requiredApprovals);
    }
    if (!l.staffKnown) {
      return o;
    }
    List<String> missing = null;
    for (String role : l.requiredRoles) {
      if (!covered(role, approvers, staff)) {
        if (missing == null) {
          missing = new ArrayList<>(l.requiredRoles.length);
        }
        missing.add(role);
      }
    }
    if (missing != null) {
      o = add(o, l.policy, VISIT_PROCESS, "ROLES", Finding.NO_ITEM,
          "reason", "ROLES", "missingRoles", ImmutableList.copyOf(missing),
          "approvers", nonBlank(approvers));
    }
    return o;
  }

  private static boolean covered(String role, ImmutableList<String> approvers, StaffDirectory s) {
    for (int i = 0; i < approvers.size(); i++) {
      String a = approvers.get(i);
      if (blank(a)) {
        continue;
      }
      StaffMember m = s.find(a);
      if (m != null && m.roles().contains(role)) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable FindingList window(
      VisitLimits l,
      @Nullable FindingList out,
      VisitStage stage,
      @Nullable Instant start,
      @Nullable Instant end,
      @Nullable Instant checkIn,
      @Nullable Instant checkOut) {
    Policy policy = l.policy;
    if (stage == VisitStage.APPOINTMENT) {
      if (start == null || end == null) {
        return out;
      }
      long windowEnd = l.windowEnd(start);
      if (windowEnd == VisitLimits.NO_WINDOW || l.after(end, windowEnd)) {
        return add(out, policy, VISIT_TIME_WINDOW, "APPOINTMENT", Finding.NO_ITEM,
            "reason", "APPOINTMENT", "start", local(start, l), "end", local(end, l));
      }
      return out;
    }
    if (checkIn == null) {
      return out;
    }
    long windowEnd = l.windowEnd(checkIn);
    if (windowEnd == VisitLimits.NO_WINDOW) {
      return add(out, policy, VISIT_TIME_WINDOW, "CHECK_IN", Finding.NO_ITEM,
          "reason", "CHECK_IN", "checkIn", local(checkIn, l));
    }
    if (stage == VisitStage.CLOSE && checkOut != null && l.after(checkOut, windowEnd)) {
      return add(out, policy, VISIT_TIME_WINDOW, "CHECK_OUT", Finding.NO_ITEM,
          "reason", "CHECK_OUT", "checkOut", local(checkOut, l),
          "windowEnd", local(l.instantOf(windowEnd), l));
    }
    return out;
  }

  private static @Nullable FindingList record(
      VisitLimits l,
      @Nullable FindingList out,
      @Nullable VisitRecord r,
      Instant checkIn,
      Instant checkOut,
      Instant now) {
    Policy policy = l.policy;
    boolean on = policy.enabled(VISIT_RECORD);
    Instant deadline = checkOut.plusSeconds(l.recordSeconds);
    if (r == null) {
      return on && now.isAfter(deadline)
          ? add(out, policy, VISIT_RECORD, "MISSING", Finding.NO_ITEM, "reason", "MISSING",
              "checkOut", local(checkOut, l), "deadline", local(deadline, l),
              "recordHours", l.recordSeconds / 3600)
          : out;
    }
    FindingList o = blanks(policy, out, r.attendeeIds(), SUBJECT + "/record/attendeeIds");
    Instant recorded = r.recordedAt();
    if (recorded == null) {
      o = invalid(policy, o, SUBJECT + "/record/recordedAt", "required", null);
    } else if (recorded.isBefore(checkIn)) {
      o = invalid(policy, o, SUBJECT + "/record/recordedAt", "is before checkIn",
          local(recorded, l));
      recorded = null;
    }
    if (!on) {
      return o;
    }
    if (!r.hasTopic()) {
      o = add(o, policy, VISIT_RECORD, "NO_TOPIC", Finding.NO_ITEM, "reason", "NO_TOPIC");
    }
    if (nonBlankCount(r.attendeeIds()) == 0) {
      o = add(o, policy, VISIT_RECORD, "NO_ATTENDEES", Finding.NO_ITEM,
          "reason", "NO_ATTENDEES");
    }
    if (recorded != null && recorded.isAfter(deadline)) {
      o = add(o, policy, VISIT_RECORD, "LATE", Finding.NO_ITEM, "reason", "LATE",
          "recordedAt", local(recorded, l), "deadline", local(deadline, l),
          "recordHours", l.recordSeconds / 3600);
    }
    return o;
  }

  private static @Nullable FindingList frequency(
      VisitLimits l,
      @Nullable FindingList out,
      VisitHistory history,
      @Nullable String visitId,
      String repId,
      @Nullable String companyId,
      ImmutableList<String> hosts,
      Instant when) {
    VisitLimits.Month m = l.month(when);
    String exclude = blank(visitId) ? null : visitId;
    FindingList o = out;
    int byRep = history.visitsByRepresentative(repId, m.from, m.to, exclude) + 1;
    if (byRep > l.maxPerRepresentative) {
      o = add(o, l.policy, VISIT_FREQUENCY, "REPRESENTATIVE", Finding.NO_ITEM,
          "reason", "REPRESENTATIVE", "representativeId", repId, "month", m.label,
          "visits", byRep, "maxPerRepPerMonth", l.maxPerRepresentative);
    }
    if (companyId == null) {
      return o;
    }
    for (int i = 0; i < hosts.size(); i++) {
      String h = hosts.get(i);
      if (blank(h) || seenBefore(hosts, i)) {
        continue;
      }
      int n = history.visitsOfHostWithCompany(h, companyId, m.from, m.to, exclude) + 1;
      if (n > l.maxPerHostCompany) {
        o = add(o, l.policy, VISIT_FREQUENCY, "HOST_COMPANY", Finding.NO_ITEM,
            "reason", "HOST_COMPANY", "hostId", h, "companyId", companyId, "month", m.label,
            "visits", n, "maxPerHostCompanyPerMonth", l.maxPerHostCompany);
      }
    }
    return o;
  }

  // ---------------------------------------------------------------- alerts

  /**
   * Raises one alert when the verdict holds a clinical-location finding or an unfiled
   * representative; a failing sink is logged and ignored.
   */
  private void alert(@Nullable Visit v, Verdict verdict, @Nullable Instant now) {
    try {
      String clinical = null;
      String unfiled = null;
      ImmutableList<Finding> fs = verdict.findings();
      for (int i = 0; i < fs.size(); i++) {
        Finding f = fs.get(i);
        if (f.ruleId().equals(VISIT_LOCATION.id())
            && "CLINICAL".equals(f.evidence().get("reason"))) {
          clinical = String.valueOf(f.evidence().get("locationKind"));
        } else if (f.ruleId().equals(VISIT_REP_NOT_FILED.id()) && unfiled == null) {
          unfiled = String.valueOf(f.evidence().get("reason"));
        }
      }
      if (clinical == null && unfiled == null) {
        return;
      }
      List<String> rules = new ArrayList<>(2);
      if (clinical != null) {
        rules.add(VISIT_LOCATION.id());
      }
      if (unfiled != null) {
        rules.add(VISIT_REP_NOT_FILED.id());
      }
      Alert.Builder a =
          Alert.newBuilder(now == null ? Instant.EPOCH : now, Family.VISIT.name(),
                  verdict.decision())
              .ruleIds(rules);
      if (v != null) {
        VisitStage stage = v.stage();
        Appointment ap = v.appointment();
        a.subjectId(v.id())
            .actor(blank(v.representativeId()) ? null : v.representativeId())
            .where(stage == VisitStage.APPOINTMENT && ap != null ? ap.locationId()
                : v.locationId())
            .detail("stage", stage == null ? null : stage.name())
            .detail("companyId", v.companyId());
      }
      a.detail("locationKind", clinical).detail("filing", unfiled);
      alerts.alert(a.build());
    } catch (Throwable t) { // a broken sink must not break the check
      Findings.rethrowFatal(t);
      LOG.warn("the alert sink failed: {}", t.getClass().getName());
    }
  }

  // ---------------------------------------------------------------- helpers

  private static @Nullable FindingList blanks(
      Policy policy, @Nullable FindingList out, ImmutableList<String> ids, String pointer) {
    FindingList o = out;
    for (int i = 0; i < ids.size(); i++) {
      if (blank(ids.get(i))) {
        o = invalid(policy, o, pointer + "/" + i, "must not be blank", null);
      }
    }
    return o;
  }

  /** Whether {@code t} is outside the years 1 to 9999, where calendar arithmetic holds. */
  private static boolean outOfRange(@Nullable Instant t) {
    return t != null && (t.isBefore(FIRST) || t.isAfter(LAST));
  }

  private static boolean seenBefore(ImmutableList<String> ids, int i) {
    String id = ids.get(i);
    for (int j = 0; j < i; j++) {
      if (id.equals(ids.get(j))) {
        return true;
      }
    }
    return false;
  }

  private static int nonBlankCount(ImmutableList<String> ids) {
    int n = 0;
    for (int i = 0; i < ids.size(); i++) {
      if (!blank(ids.get(i))) {
        n++;
      }
    }
    return n;
  }

  private static ImmutableList<String> nonBlank(ImmutableList<String> ids) {
    ImmutableList.Builder<String> b = ImmutableList.builder();
    for (int i = 0; i < ids.size(); i++) {
      if (!blank(ids.get(i)) && !seenBefore(ids, i)) {
        b.add(ids.get(i));
      }
    }
    return b.build();
  }

  private static boolean blank(@Nullable String s) {
    return s == null || s.trim().isEmpty();
  }

  /** An instant as ISO-8601 with the offset of the policy's zone, for evidence. */
  private static @Nullable String local(@Nullable Instant instant, VisitLimits l) {
    return instant == null ? null : Findings.local(instant, l.zone);
  }

  private static @Nullable FindingList invalid(
      Policy policy,
      @Nullable FindingList out,
      String pointer,
      String reason,
      @Nullable Object value) {
    return Findings.invalid(policy, Family.VISIT, out, Finding.NO_ITEM, pointer, reason, value);
  }
}
