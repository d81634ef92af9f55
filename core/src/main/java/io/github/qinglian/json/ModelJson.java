package io.github.qinglian.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.qinglian.ConfigurationException;
import io.github.qinglian.model.AntibioticTier;
import io.github.qinglian.model.AntitumorTier;
import io.github.qinglian.model.Condition;
import io.github.qinglian.model.ControlClass;
import io.github.qinglian.model.Drug;
import io.github.qinglian.model.DrugCategory;
import io.github.qinglian.model.DrugForm;
import io.github.qinglian.model.EmergencyOverride;
import io.github.qinglian.model.Employment;
import io.github.qinglian.model.Patient;
import io.github.qinglian.model.Practitioner;
import io.github.qinglian.model.PrescribingStatus;
import io.github.qinglian.model.Prescription;
import io.github.qinglian.model.PrescriptionItem;
import io.github.qinglian.model.Profession;
import io.github.qinglian.model.Setting;
import io.github.qinglian.model.SpecialRule;
import io.github.qinglian.model.Title;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Maps the domain model to and from the wire format: practitioners, drugs, prescriptions. Writing
 * then reading gives an equal value. Instants are written with the offset of the given zone.
 */
public final class ModelJson {
  static final String[] PRACTITIONER_FIELDS = {
    "id", "name", "departmentId", "profession", "title", "registeredHere", "employment",
    "prescribing", "antibioticPrivilege", "antitumorPrivilege", "narcoticPrivilege",
    "independentPracticeYears", "internetPractice"
  };
  static final String[] DRUG_FIELDS = {
    "code", "genericName", "category", "form", "antibioticTier", "antitumorTier", "control",
    "specialRule", "keyMonitored", "inFormulary", "unitPrice"
  };
  static final String[] PRESCRIPTION_FIELDS = {
    "id", "setting", "issuedAt", "dispensedAt", "prescriberId", "cosignerId", "patient", "items",
    "justification", "longTerm", "consultationId", "emergencyOverride"
  };
  static final String[] PATIENT_FIELDS = {
    "id", "ageYears", "practitionerId", "firstVisit", "guardianPresent", "conditions"
  };
  static final String[] ITEM_FIELDS = {"drugCode", "quantity", "doses", "daysSupply", "onSite"};
  static final String[] OVERRIDE_FIELDS = {"reason", "at", "completedAt"};

  private ModelJson() {}

  // ---------------------------------------------------------------------------------- reading

  /**
   * Reads a practitioner record.
   *
   * @throws ConfigurationException listing every problem
   */
  public static Practitioner readPractitioner(JsonNode node) {
    Reader r = new Reader();
    Practitioner p = practitioner(r, node, "");
    return Reader.orThrow("practitioner", r, p);
  }

  /**
   * Reads a drug record.
   *
   * @throws ConfigurationException listing every problem
   */
  public static Drug readDrug(JsonNode node) {
    Reader r = new Reader();
    Drug d = drug(r, node, "");
    return Reader.orThrow("drug", r, d);
  }

  /**
   * Reads a prescription subject. Values a checker judges (missing fields, zero quantities) are
   * kept for the checker; only shape errors (wrong JSON types, unknown enum values, instants
   * without an offset) are problems.
   *
   * @throws ConfigurationException listing every shape problem
   */
  public static Prescription readPrescription(JsonNode node) {
    Reader r = new Reader();
    Prescription p = prescription(r, node, "");
    return Reader.orThrow("prescription", r, p);
  }

  static @Nullable Practitioner practitioner(Reader r, JsonNode node, String p) {
    if (!r.object(node, p, PRACTITIONER_FIELDS)) {
      if (node == null || node.isNull() || node.isMissingNode()) {
        r.error(p, "must be an object");
      }
      return null;
    }
    int before = r.errors.size();
    String id = r.string(node, "id", p, true);
    Profession profession = r.enumValue(node, "profession", p, Profession.class, true);
    String name = r.string(node, "name", p, false);
    String dept = r.string(node, "departmentId", p, false);
    Title title = r.enumValue(node, "title", p, Title.class, false);
    boolean registered = r.bool(node, "registeredHere", p, false);
    Employment employment = r.enumValue(node, "employment", p, Employment.class, false);
    PrescribingStatus prescribing =
        r.enumValue(node, "prescribing", p, PrescribingStatus.class, false);
    AntibioticTier abx = r.enumValue(node, "antibioticPrivilege", p, AntibioticTier.class, false);
    AntitumorTier tumor = r.enumValue(node, "antitumorPrivilege", p, AntitumorTier.class, false);
    boolean narcotic = r.bool(node, "narcoticPrivilege", p, false);
    Integer years = r.integer(node, "independentPracticeYears", p, false);
    if (years != null && years < 0) {
      r.error(Reader.at(p, "independentPracticeYears"), "must not be negative");
      years = null;
    }
    boolean internet = r.bool(node, "internetPractice", p, false);
    if (r.errors.size() > before || id == null || profession == null) {
      return null;
    }
    Practitioner.Builder b =
        Practitioner.newBuilder(id, profession)
            .name(name)
            .departmentId(dept)
            .registeredHere(registered)
            .narcoticPrivilege(narcotic)
            .internetPractice(internet);
    if (title != null) {
      b.title(title);
    }
    if (employment != null) {
      b.employment(employment);
    }
    if (prescribing != null) {
      b.prescribing(prescribing);
    }
    if (abx != null) {
      b.antibioticPrivilege(abx);
    }
    if (tumor != null) {
      b.antitumorPrivilege(tumor);
    }
    if (years != null) {
      b.independentPracticeYears(years);
    }
    return b.build();
  }

  static @Nullable Drug drug(Reader r, JsonNode node, String p) {
    if (!r.object(node, p, DRUG_FIELDS)) {
      if (node == null || node.isNull() || node.isMissingNode()) {
        r.error(p, "must be an object");
      }
      return null;
    }
    int before = r.errors.size();
    String code = r.string(node, "code", p, true);
    String generic = r.string(node, "genericName", p, false);
    DrugCategory category = r.enumValue(node, "category", p, DrugCategory.class, true);
    DrugForm form = r.enumValue(node, "form", p, DrugForm.class, true);
    AntibioticTier abx = r.enumValue(node, "antibioticTier", p, AntibioticTier.class, false);
    if (abx == AntibioticTier.NONE) {
      r.error(Reader.at(p, "antibioticTier"), "NONE is not a drug tier; use null for drugs that"
          + " are not antibiotics");
    }
    AntitumorTier tumor = r.enumValue(node, "antitumorTier", p, AntitumorTier.class, false);
    if (tumor == AntitumorTier.NONE) {
      r.error(Reader.at(p, "antitumorTier"), "NONE is not a drug tier; use null for drugs that"
          + " are not antitumor drugs");
    }
    ControlClass control = r.enumValue(node, "control", p, ControlClass.class, false);
    SpecialRule special = r.enumValue(node, "specialRule", p, SpecialRule.class, false);
    boolean key = r.bool(node, "keyMonitored", p, false);
    boolean formulary = r.bool(node, "inFormulary", p, true);
    BigDecimal price = r.money(node, "unitPrice", p, true);
    if (price != null && price.compareTo(Drug.MAX_PRICE) > 0) {
      r.error(Reader.at(p, "unitPrice"), "must be at most " + Drug.MAX_PRICE.toPlainString());
    }
    if (r.errors.size() > before || code == null || category == null || form == null
        || price == null) {
      return null;
    }
    return Drug.newBuilder(code, category, form, price)
        .genericName(generic)
        .antibioticTier(abx)
        .antitumorTier(tumor)
        .control(control == null ? ControlClass.NONE : control)
        .specialRule(special == null ? SpecialRule.NONE : special)
        .keyMonitored(key)
        .inFormulary(formulary)
        .build();
  }

  /** Reads a prescription; {@code null} when the node is not an object (an error is recorded). */
  static @Nullable Prescription prescription(Reader r, @Nullable JsonNode node, String p) {
    if (!r.object(node, p, PRESCRIPTION_FIELDS)) {
      if (node == null || node.isNull() || node.isMissingNode()) {
        r.error(p, "required");
      }
      return null;
    }
    Prescription.Builder b =
        Prescription.newBuilder()
            .id(r.string(node, "id", p, false))
            .setting(r.enumValue(node, "setting", p, Setting.class, false))
            .issuedAt(r.instant(node, "issuedAt", p, false))
            .dispensedAt(r.instant(node, "dispensedAt", p, false))
            .prescriberId(r.string(node, "prescriberId", p, false))
            .cosignerId(r.string(node, "cosignerId", p, false))
            .justification(r.string(node, "justification", p, false))
            .longTerm(r.bool(node, "longTerm", p, false))
            .consultationId(r.string(node, "consultationId", p, false));
    JsonNode patient = node.get("patient");
    String pp = Reader.at(p, "patient");
    if (r.object(patient, pp, PATIENT_FIELDS)) {
      Patient.Builder pb =
          Patient.newBuilder()
              .id(idString(r, patient, "id", pp))
              .ageYears(r.integer(patient, "ageYears", pp, false))
              .practitionerId(r.string(patient, "practitionerId", pp, false))
              .firstVisit(r.bool(patient, "firstVisit", pp, false))
              .guardianPresent(r.bool(patient, "guardianPresent", pp, false));
      List<JsonNode> conditions = r.array(patient, "conditions", pp);
      for (int i = 0; i < conditions.size(); i++) {
        pb.condition(r.enumOf(conditions.get(i), Reader.at(Reader.at(pp, "conditions"), i),
            Condition.class));
      }
      b.patient(pb.build());
    }
    List<JsonNode> items = r.array(node, "items", p);
    for (int i = 0; i < items.size(); i++) {
      JsonNode it = items.get(i);
      String ip = Reader.at(Reader.at(p, "items"), i);
      if (it == null || it.isNull()) {
        b.addItem(null);
        continue;
      }
      if (!r.object(it, ip, ITEM_FIELDS)) {
        b.addItem(null);
        continue;
      }
      b.addItem(
          PrescriptionItem.newBuilder()
              .drugCode(r.string(it, "drugCode", ip, false))
              .quantity(r.decimal(it, "quantity", ip, false))
              .doses(r.integer(it, "doses", ip, false))
              .daysSupply(r.integer(it, "daysSupply", ip, false))
              .onSite(r.bool(it, "onSite", ip, false))
              .build());
    }
    JsonNode eo = node.get("emergencyOverride");
    String ep = Reader.at(p, "emergencyOverride");
    if (r.object(eo, ep, OVERRIDE_FIELDS)) {
      b.emergencyOverride(
          EmergencyOverride.of(
              r.string(eo, "reason", ep, false),
              r.instant(eo, "at", ep, false),
              r.instant(eo, "completedAt", ep, false)));
    }
    return b.build();
  }

  /** An id given as a string or a whole number. */
  private static @Nullable String idString(Reader r, JsonNode node, String field, String p) {
    JsonNode v = node.get(field);
    if (v != null && v.isIntegralNumber()) {
      return v.asText();
    }
    return r.string(node, field, p, false);
  }

  // ---------------------------------------------------------------------------------- writing

  /** Writes a practitioner record. */
  public static ObjectNode toJson(Practitioner p) {
    ObjectNode o = JsonSupport.MAPPER.createObjectNode();
    o.put("id", p.id());
    putNullable(o, "name", p.name());
    putNullable(o, "departmentId", p.departmentId());
    o.put("profession", p.profession().name());
    o.put("title", p.title().name());
    o.put("registeredHere", p.registeredHere());
    o.put("employment", p.employment().name());
    o.put("prescribing", p.prescribing().name());
    o.put("antibioticPrivilege", p.antibioticPrivilege().name());
    o.put("antitumorPrivilege", p.antitumorPrivilege().name());
    o.put("narcoticPrivilege", p.narcoticPrivilege());
    o.put("independentPracticeYears", p.independentPracticeYears());
    o.put("internetPractice", p.internetPractice());
    return o;
  }

  /** Writes a drug record. */
  public static ObjectNode toJson(Drug d) {
    ObjectNode o = JsonSupport.MAPPER.createObjectNode();
    o.put("code", d.code());
    putNullable(o, "genericName", d.genericName());
    o.put("category", d.category().name());
    o.put("form", d.form().name());
    putNullable(o, "antibioticTier", d.antibioticTier() == null ? null
        : d.antibioticTier().name());
    putNullable(o, "antitumorTier", d.antitumorTier() == null ? null : d.antitumorTier().name());
    o.put("control", d.control().name());
    o.put("specialRule", d.specialRule().name());
    o.put("keyMonitored", d.keyMonitored());
    o.put("inFormulary", d.inFormulary());
    o.put("unitPrice", d.unitPrice());
    return o;
  }

  /** Writes a prescription subject, instants with the offset of {@code zone}. */
  public static ObjectNode toJson(Prescription rx, ZoneId zone) {
    ObjectNode o = JsonSupport.MAPPER.createObjectNode();
    putNullable(o, "id", rx.id());
    putNullable(o, "setting", rx.setting() == null ? null : rx.setting().name());
    putInstant(o, "issuedAt", rx.issuedAt(), zone);
    putInstant(o, "dispensedAt", rx.dispensedAt(), zone);
    putNullable(o, "prescriberId", rx.prescriberId());
    putNullable(o, "cosignerId", rx.cosignerId());
    Patient patient = rx.patient();
    if (patient == null) {
      o.putNull("patient");
    } else {
      ObjectNode po = o.putObject("patient");
      putNullable(po, "id", patient.id());
      if (patient.ageYears() == null) {
        po.putNull("ageYears");
      } else {
        po.put("ageYears", patient.ageYears());
      }
      putNullable(po, "practitionerId", patient.practitionerId());
      po.put("firstVisit", patient.firstVisit());
      po.put("guardianPresent", patient.guardianPresent());
      ArrayNode cs = po.putArray("conditions");
      for (Condition c : patient.conditions()) {
        cs.add(c.name());
      }
    }
    ArrayNode items = o.putArray("items");
    for (PrescriptionItem item : rx.items()) {
      if (item.isMissing()) {
        items.addNull();
        continue;
      }
      ObjectNode io = items.addObject();
      putNullable(io, "drugCode", item.drugCode());
      if (item.quantity() == null) {
        io.putNull("quantity");
      } else {
        io.put("quantity", item.quantity());
      }
      putInt(io, "doses", item.doses());
      putInt(io, "daysSupply", item.daysSupply());
      io.put("onSite", item.onSite());
    }
    putNullable(o, "justification", rx.justification());
    o.put("longTerm", rx.longTerm());
    putNullable(o, "consultationId", rx.consultationId());
    EmergencyOverride e = rx.emergencyOverride();
    if (e == null) {
      o.putNull("emergencyOverride");
    } else {
      ObjectNode eo = o.putObject("emergencyOverride");
      putNullable(eo, "reason", e.reason());
      putInstant(eo, "at", e.at(), zone);
      putInstant(eo, "completedAt", e.completedAt(), zone);
    }
    return o;
  }

  static String instant(Instant i, ZoneId zone) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(i.atZone(zone));
  }

  private static void putInstant(ObjectNode o, String key, @Nullable Instant i, ZoneId zone) {
    if (i == null) {
      o.putNull(key);
    } else {
      o.put(key, instant(i, zone));
    }
  }

  private static void putInt(ObjectNode o, String key, @Nullable Integer v) {
    if (v == null) {
      o.putNull(key);
    } else {
      o.put(key, v);
    }
  }

  private static void putNullable(ObjectNode o, String key, @Nullable String v) {
    if (v == null) {
      o.putNull(key);
    } else {
      o.put(key, v);
    }
  }
}
