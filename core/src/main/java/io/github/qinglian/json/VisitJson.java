package io.github.qinglian.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import io.github.qinglian.ConfigurationException;
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
import io.github.qinglian.reference.InMemoryCompanyRegistry;
import io.github.qinglian.reference.InMemoryLocationDirectory;
import io.github.qinglian.reference.InMemoryRepresentativeRegistry;
import io.github.qinglian.reference.InMemoryStaffDirectory;
import io.github.qinglian.reference.InMemoryVisitLedger;
import io.github.qinglian.reference.LedgerEntry;
import io.github.qinglian.reference.ReferenceData;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Maps representative visits to and from the wire format's {@code visit} kind: the reference
 * sections ({@code representatives}, {@code companies}, {@code locations}, {@code receivers},
 * {@code staff}, {@code visitHistory}) and the subject. Reading records each problem with its
 * JSON pointer; writing then reading gives an equal value. Instants must carry an offset.
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * Visit v = VisitJson.readVisit(node);                  // throws ConfigurationException
 * ObjectNode json = VisitJson.toJson(v, ZoneId.of("Asia/Shanghai"));
 * }</pre>
 */
public final class VisitJson {
  static final String[] REPRESENTATIVE_FIELDS = {
    "id", "name", "companyId", "filingNumber", "filingStatus", "filingValidTo"
  };
  static final String[] COMPANY_FIELDS = {
    "id", "name", "creditRating", "blacklistedFrom", "blacklistedUntil"
  };
  static final String[] LOCATION_FIELDS = {"id", "name", "kind", "designatedForVisits"};
  static final String[] STAFF_FIELDS = {"id", "name", "roles"};
  static final String[] HISTORY_FIELDS = {
    "visitId", "representativeId", "companyId", "checkIn", "locationId", "hostIds"
  };
  static final String[] VISIT_FIELDS = {
    "id", "stage", "representativeId", "companyId", "purpose", "appointment", "checkIn",
    "checkOut", "locationId", "hostIds", "record"
  };
  static final String[] APPOINTMENT_FIELDS = {
    "id", "requestedAt", "approvedAt", "approvers", "start", "end", "locationId", "hostIds"
  };
  static final String[] RECORD_FIELDS = {"topic", "attendeeIds", "recordedAt"};

  private VisitJson() {}

  // ---------------------------------------------------------------------------------- reading

  /**
   * Reads a visit subject. Values the checker judges (missing fields, an end before its start)
   * are kept for it; only shape errors (wrong JSON types, unknown enum values, instants without
   * an offset) are problems.
   *
   * @throws ConfigurationException listing every shape problem
   */
  public static Visit readVisit(JsonNode node) {
    Reader r = new Reader();
    return Reader.orThrow("visit", r, visit(r, node, ""));
  }

  /**
   * Reads a representative record.
   *
   * @throws ConfigurationException listing every problem
   */
  public static Representative readRepresentative(JsonNode node) {
    Reader r = new Reader();
    return Reader.orThrow("representative", r, representative(r, node, ""));
  }

  /**
   * Reads a company record.
   *
   * @throws ConfigurationException listing every problem
   */
  public static Company readCompany(JsonNode node) {
    Reader r = new Reader();
    return Reader.orThrow("company", r, company(r, node, ""));
  }

  /**
   * Reads a location record.
   *
   * @throws ConfigurationException listing every problem
   */
  public static Location readLocation(JsonNode node) {
    Reader r = new Reader();
    return Reader.orThrow("location", r, location(r, node, ""));
  }

  /**
   * Reads a staff record.
   *
   * @throws ConfigurationException listing every problem
   */
  public static StaffMember readStaffMember(JsonNode node) {
    Reader r = new Reader();
    return Reader.orThrow("staff member", r, staffMember(r, node, ""));
  }

  /**
   * Reads the visit sections of a reference object into {@code b}, recording each problem in
   * {@code r}; invalid records are left out, so references to them read as unknown. The
   * {@code visitHistory} becomes an in-memory ledger of check-ins.
   */
  static void readReference(Reader r, JsonNode node, String p, ReferenceData.Builder b) {
    Map<String, Representative> reps = new HashMap<>();
    List<Representative> repList = new ArrayList<>();
    List<JsonNode> rs = r.array(node, "representatives", p);
    for (int i = 0; i < rs.size(); i++) {
      String ip = Reader.at(Reader.at(p, "representatives"), i);
      Representative x = representative(r, rs.get(i), ip);
      if (x != null) {
        if (reps.containsKey(x.id())) {
          r.error(Reader.at(ip, "id"), "duplicate representative id " + x.id());
        } else {
          reps.put(x.id(), x);
          repList.add(x);
        }
      }
    }
    List<Company> companies = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    List<JsonNode> cs = r.array(node, "companies", p);
    for (int i = 0; i < cs.size(); i++) {
      String ip = Reader.at(Reader.at(p, "companies"), i);
      Company x = company(r, cs.get(i), ip);
      if (x != null && unique(r, ids, x.id(), ip, "company")) {
        companies.add(x);
      }
    }
    List<Location> locations = new ArrayList<>();
    ids.clear();
    List<JsonNode> ls = r.array(node, "locations", p);
    for (int i = 0; i < ls.size(); i++) {
      String ip = Reader.at(Reader.at(p, "locations"), i);
      Location x = location(r, ls.get(i), ip);
      if (x != null && unique(r, ids, x.id(), ip, "location")) {
        locations.add(x);
      }
    }
    Set<String> receivers = new LinkedHashSet<>();
    ImmutableList<String> given = LedgerJson.ids(r, node, "receivers", p);
    for (int i = 0; i < given.size(); i++) {
      if (given.get(i).trim().isEmpty()) {
        r.error(Reader.at(Reader.at(p, "receivers"), i), "must not be blank");
      } else {
        receivers.add(given.get(i));
      }
    }
    List<StaffMember> staff = new ArrayList<>();
    ids.clear();
    List<JsonNode> ss = r.array(node, "staff", p);
    for (int i = 0; i < ss.size(); i++) {
      String ip = Reader.at(Reader.at(p, "staff"), i);
      StaffMember x = staffMember(r, ss.get(i), ip);
      if (x != null && unique(r, ids, x.id(), ip, "staff")) {
        staff.add(x);
      }
    }
    List<LedgerEntry> history = new ArrayList<>();
    ids.clear();
    List<JsonNode> hs = r.array(node, "visitHistory", p);
    for (int i = 0; i < hs.size(); i++) {
      String ip = Reader.at(Reader.at(p, "visitHistory"), i);
      LedgerEntry e = history(r, hs.get(i), ip, i, reps);
      if (e != null) {
        if (ids.add(e.visitId())) {
          history.add(e);
        } else {
          r.error(Reader.at(ip, "visitId"), "duplicate visit id " + e.visitId());
        }
      }
    }
    b.representatives(InMemoryRepresentativeRegistry.of(repList))
        .companies(InMemoryCompanyRegistry.of(companies))
        .locations(InMemoryLocationDirectory.of(locations))
        .receivers(receivers)
        .staff(InMemoryStaffDirectory.of(staff))
        .visitHistory(InMemoryVisitLedger.of(history));
  }

  private static boolean unique(Reader r, Set<String> seen, String id, String ip, String what) {
    if (seen.add(id)) {
      return true;
    }
    r.error(Reader.at(ip, "id"), "duplicate " + what + " id " + id);
    return false;
  }

  private static boolean notRecord(Reader r, @Nullable JsonNode node, String p, String[] fields) {
    if (!r.object(node, p, fields)) {
      if (node == null || node.isNull() || node.isMissingNode()) {
        r.error(p, "must be an object");
      }
      return true;
    }
    return false;
  }

  static @Nullable Representative representative(Reader r, @Nullable JsonNode node, String p) {
    if (notRecord(r, node, p, REPRESENTATIVE_FIELDS)) {
      return null;
    }
    int before = r.errors.size();
    String id = r.string(node, "id", p, true);
    String company = r.string(node, "companyId", p, true);
    String name = r.string(node, "name", p, false);
    String number = r.string(node, "filingNumber", p, false);
    FilingStatus status = r.enumValue(node, "filingStatus", p, FilingStatus.class, false);
    Instant validTo = r.instant(node, "filingValidTo", p, false);
    if (r.errors.size() > before || id == null || company == null) {
      return null;
    }
    return Representative.newBuilder(id, company)
        .name(name)
        .filingNumber(number)
        .filingStatus(status == null ? FilingStatus.NONE : status)
        .filingValidTo(validTo)
        .build();
  }

  static @Nullable Company company(Reader r, @Nullable JsonNode node, String p) {
    if (notRecord(r, node, p, COMPANY_FIELDS)) {
      return null;
    }
    int before = r.errors.size();
    String id = r.string(node, "id", p, true);
    String name = r.string(node, "name", p, false);
    CreditRating rating = r.enumValue(node, "creditRating", p, CreditRating.class, false);
    Instant from = r.instant(node, "blacklistedFrom", p, false);
    Instant until = r.instant(node, "blacklistedUntil", p, false);
    if (from != null && until != null && until.isBefore(from)) {
      r.error(Reader.at(p, "blacklistedUntil"), "is before blacklistedFrom");
    }
    if (r.errors.size() > before || id == null) {
      return null;
    }
    return Company.newBuilder(id)
        .name(name)
        .creditRating(rating == null ? CreditRating.NONE : rating)
        .blacklistedFrom(from)
        .blacklistedUntil(until)
        .build();
  }

  static @Nullable Location location(Reader r, @Nullable JsonNode node, String p) {
    if (notRecord(r, node, p, LOCATION_FIELDS)) {
      return null;
    }
    int before = r.errors.size();
    String id = r.string(node, "id", p, true);
    String name = r.string(node, "name", p, false);
    LocationKind kind = r.enumValue(node, "kind", p, LocationKind.class, true);
    boolean designated = r.bool(node, "designatedForVisits", p, false);
    if (r.errors.size() > before || id == null || kind == null) {
      return null;
    }
    return Location.newBuilder(id, kind).name(name).designatedForVisits(designated).build();
  }

  static @Nullable StaffMember staffMember(Reader r, @Nullable JsonNode node, String p) {
    if (notRecord(r, node, p, STAFF_FIELDS)) {
      return null;
    }
    int before = r.errors.size();
    String id = r.string(node, "id", p, true);
    r.string(node, "name", p, false);
    ImmutableList<String> roles = LedgerJson.ids(r, node, "roles", p);
    for (int i = 0; i < roles.size(); i++) {
      if (roles.get(i).trim().isEmpty()) {
        r.error(Reader.at(Reader.at(p, "roles"), i), "must not be blank");
      }
    }
    if (r.errors.size() > before || id == null) {
      return null;
    }
    return StaffMember.of(id, roles);
  }

  /**
   * A past visit as a CHECK_IN entry. Without a {@code visitId} it gets {@code history-<i>};
   * without a {@code companyId}, the representative's filed company.
   */
  private static @Nullable LedgerEntry history(
      Reader r, @Nullable JsonNode node, String p, int index, Map<String, Representative> reps) {
    if (notRecord(r, node, p, HISTORY_FIELDS)) {
      return null;
    }
    int before = r.errors.size();
    String visitId = r.string(node, "visitId", p, false);
    String rep = r.string(node, "representativeId", p, true);
    String company = r.string(node, "companyId", p, false);
    Instant checkIn = r.instant(node, "checkIn", p, true);
    String location = r.string(node, "locationId", p, false);
    ImmutableList<String> hosts = LedgerJson.ids(r, node, "hostIds", p);
    if (visitId != null && visitId.trim().isEmpty()) {
      r.error(Reader.at(p, "visitId"), "must not be blank");
    }
    if (r.errors.size() > before || rep == null || checkIn == null) {
      return null;
    }
    if (company == null && reps.containsKey(rep)) {
      company = reps.get(rep).companyId();
    }
    return LedgerEntry.newBuilder(LedgerEntry.Type.CHECK_IN,
            visitId == null ? "history-" + index : visitId, checkIn, rep)
        .companyId(company)
        .locationId(location)
        .hostIds(hosts)
        .build();
  }

  /** Reads a visit; {@code null} when the node is not an object (an error is recorded). */
  static @Nullable Visit visit(Reader r, @Nullable JsonNode node, String p) {
    if (!r.object(node, p, VISIT_FIELDS)) {
      if (node == null || node.isNull() || node.isMissingNode()) {
        r.error(p, "required");
      }
      return null;
    }
    Visit.Builder b =
        Visit.newBuilder()
            .id(r.string(node, "id", p, false))
            .stage(r.enumValue(node, "stage", p, VisitStage.class, false))
            .representativeId(r.string(node, "representativeId", p, false))
            .companyId(r.string(node, "companyId", p, false))
            .purpose(r.enumValue(node, "purpose", p, VisitPurpose.class, false))
            .checkIn(r.instant(node, "checkIn", p, false))
            .checkOut(r.instant(node, "checkOut", p, false))
            .locationId(r.string(node, "locationId", p, false))
            .hostIds(LedgerJson.ids(r, node, "hostIds", p));
    JsonNode a = node.get("appointment");
    String ap = Reader.at(p, "appointment");
    if (r.object(a, ap, APPOINTMENT_FIELDS)) {
      b.appointment(
          Appointment.newBuilder()
              .id(r.string(a, "id", ap, false))
              .requestedAt(r.instant(a, "requestedAt", ap, false))
              .approvedAt(r.instant(a, "approvedAt", ap, false))
              .approvers(LedgerJson.ids(r, a, "approvers", ap))
              .start(r.instant(a, "start", ap, false))
              .end(r.instant(a, "end", ap, false))
              .locationId(r.string(a, "locationId", ap, false))
              .hostIds(LedgerJson.ids(r, a, "hostIds", ap))
              .build());
    }
    JsonNode rec = node.get("record");
    String rp = Reader.at(p, "record");
    if (r.object(rec, rp, RECORD_FIELDS)) {
      b.record(VisitRecord.of(r.string(rec, "topic", rp, false), LedgerJson.ids(r, rec, "attendeeIds", rp),
          r.instant(rec, "recordedAt", rp, false)));
    }
    return b.build();
  }

  // ---------------------------------------------------------------------------------- writing

  /** Writes a representative record, instants with the offset of {@code zone}. */
  public static ObjectNode toJson(Representative x, ZoneId zone) {
    ObjectNode o = JsonSupport.MAPPER.createObjectNode();
    o.put("id", x.id());
    put(o, "name", x.name());
    o.put("companyId", x.companyId());
    put(o, "filingNumber", x.filingNumber());
    o.put("filingStatus", x.filingStatus().name());
    put(o, "filingValidTo", instant(x.filingValidTo(), zone));
    return o;
  }

  /** Writes a company record, instants with the offset of {@code zone}. */
  public static ObjectNode toJson(Company x, ZoneId zone) {
    ObjectNode o = JsonSupport.MAPPER.createObjectNode();
    o.put("id", x.id());
    put(o, "name", x.name());
    o.put("creditRating", x.creditRating().name());
    if (x.blacklistedFrom() != null) {
      o.put("blacklistedFrom", instant(x.blacklistedFrom(), zone));
    }
    put(o, "blacklistedUntil", instant(x.blacklistedUntil(), zone));
    return o;
  }

  /** Writes a location record. */
  public static ObjectNode toJson(Location x) {
    ObjectNode o = JsonSupport.MAPPER.createObjectNode();
    o.put("id", x.id());
    put(o, "name", x.name());
    o.put("kind", x.kind().name());
    o.put("designatedForVisits", x.designatedForVisits());
    return o;
  }

  /** Writes a staff record. */
  public static ObjectNode toJson(StaffMember x) {
    ObjectNode o = JsonSupport.MAPPER.createObjectNode();
    o.put("id", x.id());
    LedgerJson.strings(o.putArray("roles"), x.roles());
    return o;
  }

  /** Writes a visit subject, instants with the offset of {@code zone}. */
  public static ObjectNode toJson(Visit v, ZoneId zone) {
    ObjectNode o = JsonSupport.MAPPER.createObjectNode();
    put(o, "id", v.id());
    put(o, "stage", v.stage() == null ? null : v.stage().name());
    put(o, "representativeId", v.representativeId());
    put(o, "companyId", v.companyId());
    put(o, "purpose", v.purpose() == null ? null : v.purpose().name());
    Appointment a = v.appointment();
    if (a == null) {
      o.putNull("appointment");
    } else {
      ObjectNode ao = o.putObject("appointment");
      put(ao, "id", a.id());
      put(ao, "requestedAt", instant(a.requestedAt(), zone));
      put(ao, "approvedAt", instant(a.approvedAt(), zone));
      LedgerJson.strings(ao.putArray("approvers"), a.approvers());
      put(ao, "start", instant(a.start(), zone));
      put(ao, "end", instant(a.end(), zone));
      put(ao, "locationId", a.locationId());
      LedgerJson.strings(ao.putArray("hostIds"), a.hostIds());
    }
    put(o, "checkIn", instant(v.checkIn(), zone));
    put(o, "checkOut", instant(v.checkOut(), zone));
    put(o, "locationId", v.locationId());
    LedgerJson.strings(o.putArray("hostIds"), v.hostIds());
    VisitRecord rec = v.record();
    if (rec == null) {
      o.putNull("record");
    } else {
      ObjectNode ro = o.putObject("record");
      put(ro, "topic", rec.topic());
      LedgerJson.strings(ro.putArray("attendeeIds"), rec.attendeeIds());
      put(ro, "recordedAt", instant(rec.recordedAt(), zone));
    }
    return o;
  }

  private static @Nullable String instant(@Nullable Instant i, ZoneId zone) {
    return i == null ? null : ModelJson.instant(i, zone);
  }

  private static void put(ObjectNode o, String key, @Nullable String v) {
    if (v == null) {
      o.putNull(key);
    } else {
      o.put(key, v);
    }
  }
}
