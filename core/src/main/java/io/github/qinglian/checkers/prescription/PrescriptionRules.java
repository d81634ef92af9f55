package io.github.qinglian.checkers.prescription;

import static io.github.qinglian.internal.Findings.add;
import static io.github.qinglian.internal.Findings.addAt;
import static io.github.qinglian.rule.RuleCatalog.RX_ANTIBIOTIC_OVERRIDE_OVERDUE;
import static io.github.qinglian.rule.RuleCatalog.RX_ANTIBIOTIC_SPECIAL_CONSULT;
import static io.github.qinglian.rule.RuleCatalog.RX_ANTIBIOTIC_SPECIAL_OUTPATIENT;
import static io.github.qinglian.rule.RuleCatalog.RX_ANTIBIOTIC_TIER;
import static io.github.qinglian.rule.RuleCatalog.RX_ANTITUMOR_TIER;
import static io.github.qinglian.rule.RuleCatalog.RX_CONTROLLED_QUALIFICATION;
import static io.github.qinglian.rule.RuleCatalog.RX_CONTROLLED_QUANTITY;
import static io.github.qinglian.rule.RuleCatalog.RX_CONTROLLED_SELF;
import static io.github.qinglian.rule.RuleCatalog.RX_CONTROLLED_SPECIAL_DRUG;
import static io.github.qinglian.rule.RuleCatalog.RX_COST_LARGE;
import static io.github.qinglian.rule.RuleCatalog.RX_DAYS_LIMIT;
import static io.github.qinglian.rule.RuleCatalog.RX_FORMULARY_NOT_LISTED;
import static io.github.qinglian.rule.RuleCatalog.RX_INTERNET_CHILD_GUARDIAN;
import static io.github.qinglian.rule.RuleCatalog.RX_INTERNET_CONTROLLED;
import static io.github.qinglian.rule.RuleCatalog.RX_INTERNET_FIRST_VISIT;
import static io.github.qinglian.rule.RuleCatalog.RX_INTERNET_PRESCRIBER;
import static io.github.qinglian.rule.RuleCatalog.RX_ITEMS_HERBAL_MIXED;
import static io.github.qinglian.rule.RuleCatalog.RX_ITEMS_MAX;
import static io.github.qinglian.rule.RuleCatalog.RX_KEY_MONITORED;
import static io.github.qinglian.rule.RuleCatalog.RX_PRESCRIBER_COSIGN;
import static io.github.qinglian.rule.RuleCatalog.RX_PRESCRIBER_NO_PRIVILEGE;
import static io.github.qinglian.rule.RuleCatalog.RX_PRESCRIBER_RESTRICTED;
import static io.github.qinglian.rule.RuleCatalog.RX_PRESCRIBER_SUSPENDED;
import static io.github.qinglian.rule.RuleCatalog.RX_PSYCHOTROPIC2_QUANTITY;
import static io.github.qinglian.rule.RuleCatalog.RX_VALIDITY_EXPIRED;

import com.google.common.collect.ImmutableList;
import io.github.qinglian.Decision;
import io.github.qinglian.Finding;
import io.github.qinglian.PrescriptionChecker;
import io.github.qinglian.Snapshot;
import io.github.qinglian.Verdict;
import io.github.qinglian.internal.FindingList;
import io.github.qinglian.internal.PerSnapshot;
import io.github.qinglian.internal.Findings;
import io.github.qinglian.model.AntibioticTier;
import io.github.qinglian.model.AntitumorTier;
import io.github.qinglian.model.Condition;
import io.github.qinglian.model.ControlClass;
import io.github.qinglian.model.Drug;
import io.github.qinglian.model.DrugCategory;
import io.github.qinglian.model.DrugForm;
import io.github.qinglian.model.Employment;
import io.github.qinglian.model.EmergencyOverride;
import io.github.qinglian.model.InstitutionLevel;
import io.github.qinglian.model.Patient;
import io.github.qinglian.model.Practitioner;
import io.github.qinglian.model.PrescribingStatus;
import io.github.qinglian.model.Prescription;
import io.github.qinglian.model.PrescriptionItem;
import io.github.qinglian.model.Profession;
import io.github.qinglian.model.Setting;
import io.github.qinglian.model.SpecialRule;
import io.github.qinglian.model.Title;
import io.github.qinglian.policy.Policy;
import io.github.qinglian.reference.DrugCatalog;
import io.github.qinglian.reference.PractitionerDirectory;
import io.github.qinglian.rule.Family;
import io.github.qinglian.rule.Rule;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The prescription checker over a live snapshot. Thread-safe and lock-free; never throws.
 * Construct it through {@link io.github.qinglian.Qinglian#prescriptions()}.
 *
 * <p>The clean path touches no JSON, regex, formatting, logging or reflection and allocates
 * nothing: lookups are single hash probes, cost totals are exact sums of longs, and findings (with
 * their messages) are made only when a rule fires. A clean prescription gets the snapshot's
 * shared ALLOW verdict.
 */
public final class PrescriptionRules implements PrescriptionChecker {
  private static final Logger LOG = LoggerFactory.getLogger(PrescriptionRules.class);
  private static final int ADULT_AGE = 18;
  private static final int MAX_AGE = 150;

  private final Supplier<Snapshot> snapshots;
  private final Clock clock;
  private final PerSnapshot<Limits> limits = new PerSnapshot<>(Limits::new);

  /** Creates a checker reading the snapshot {@code snapshots} supplies, timed by {@code clock}. */
  public PrescriptionRules(Supplier<Snapshot> snapshots, Clock clock) {
    this.snapshots = snapshots;
    this.clock = clock;
  }

  @Override
  public Verdict check(@Nullable Prescription prescription) {
    return run(prescription, null);
  }

  @Override
  public Verdict check(@Nullable Prescription prescription, @Nullable Instant at) {
    return run(prescription, at);
  }

  private Verdict run(@Nullable Prescription rx, @Nullable Instant at) {
    Snapshot s = null;
    try {
      s = snapshots.get();
      Limits l = limits.get(s);
      FindingList out = evaluate(l, rx, at);
      return out == null ? s.allowVerdict() : out.verdict(s.allowVerdict());
    } catch (Throwable t) { // an internal failure must never reach the HIS's thread
      Findings.rethrowFatal(t);
      return Findings.engineError(s, t, false, LOG, "prescription check");
    }
  }

  // ------------------------------------------------------------------------------------------

  private @Nullable FindingList evaluate(Limits l, @Nullable Prescription rx, @Nullable Instant at) {
    Snapshot s = l.snapshot;
    Policy policy = s.policy();
    FindingList out = null;
    if (rx == null) {
      return invalid(policy, null, Finding.NO_ITEM, "/subject", "required", null);
    }
    Setting setting = rx.setting();
    if (setting == null) {
      out = invalid(policy, out, Finding.NO_ITEM, "/subject/setting", "required", null);
    }
    if (rx.issuedAt() == null) {
      out = invalid(policy, out, Finding.NO_ITEM, "/subject/issuedAt", "required", null);
    }
    Patient patient = rx.patient();
    if (patient == null) {
      out = invalid(policy, out, Finding.NO_ITEM, "/subject/patient", "required", null);
      patient = Patient.unknown();
    } else {
      Integer age = patient.ageYears();
      if (age != null && (age < 0 || age > MAX_AGE)) {
        out = invalid(policy, out, Finding.NO_ITEM, "/subject/patient/ageYears",
            "must be between 0 and " + MAX_AGE, age);
      }
    }
    ImmutableList<PrescriptionItem> items = rx.items();
    if (items.isEmpty()) {
      out = invalid(policy, out, Finding.NO_ITEM, "/subject/items", "must have at least one item",
          null);
    }
    Instant issued = rx.issuedAt();
    Instant dispensed = rx.dispensedAt();
    if (issued != null && dispensed != null && dispensed.isBefore(issued)) {
      out = invalid(policy, out, Finding.NO_ITEM, "/subject/dispensedAt", "is before issuedAt",
          local(dispensed, policy));
      dispensed = null;
    }
    EmergencyOverride override = rx.emergencyOverride();
    boolean overrideValid = false;
    if (override != null) {
      if (override.at() == null) {
        out = invalid(policy, out, Finding.NO_ITEM, "/subject/emergencyOverride/at", "required",
            null);
      } else if (override.completedAt() != null && override.completedAt().isBefore(override.at())) {
        out = invalid(policy, out, Finding.NO_ITEM, "/subject/emergencyOverride/completedAt",
            "is before the override's at", local(override.completedAt(), policy));
      } else {
        overrideValid = true;
      }
    }

    // ---------------------------------------------------------------- who prescribes
    PractitionerDirectory staff = s.reference().practitioners();
    String prescriberId = rx.prescriberId();
    Practitioner prescriber = null;
    if (prescriberId == null || prescriberId.trim().isEmpty()) {
      out = invalid(policy, out, Finding.NO_ITEM, "/subject/prescriberId", "required", null);
    } else {
      prescriber = staff.find(prescriberId);
    }
    InstitutionLevel level = s.institution().level();
    String cosignerId = rx.cosignerId();
    if (cosignerId != null && cosignerId.trim().isEmpty()) {
      cosignerId = null;
    }
    Practitioner holder = prescriber; // whose privileges the tier rules use
    if (prescriber == null) {
      if (on(policy, RX_PRESCRIBER_NO_PRIVILEGE)) {
        out = add(out, policy, RX_PRESCRIBER_NO_PRIVILEGE,
            prescriberId == null || prescriberId.trim().isEmpty() ? "MISSING" : "UNKNOWN",
            Finding.NO_ITEM,
            "prescriberId", prescriberId, "reason", "UNKNOWN_PRESCRIBER");
      }
    } else {
      boolean needsCosign = needsCosign(prescriber, level);
      Practitioner cosigner = null;
      String cosignProblem = null;
      if (needsCosign && cosignerId != null) {
        cosigner = staff.find(cosignerId);
        cosignProblem = cosignerProblem(cosigner, prescriber);
      }
      boolean coSigned = needsCosign && cosignerId != null && cosignProblem == null;
      if (coSigned) {
        holder = cosigner;
      }
      String noPrivilege = noPrivilegeReason(prescriber, level, needsCosign, cosignerId);
      if (noPrivilege != null && on(policy, RX_PRESCRIBER_NO_PRIVILEGE)) {
        out = add(out, policy, RX_PRESCRIBER_NO_PRIVILEGE, noPrivilege, Finding.NO_ITEM,
            "prescriberId", prescriberId, "reason", noPrivilege,
            "profession", prescriber.profession().name(),
            "prescribing", prescriber.prescribing().name());
      }
      if (cosignProblem != null && noPrivilege == null && on(policy, RX_PRESCRIBER_COSIGN)) {
        out = add(out, policy, RX_PRESCRIBER_COSIGN, cosignProblem, Finding.NO_ITEM,
            "prescriberId", prescriberId, "cosignerId", cosignerId, "reason", cosignProblem);
      }
      PrescribingStatus status = prescriber.prescribing();
      if ((status == PrescribingStatus.SUSPENDED || status == PrescribingStatus.REVOKED)
          && on(policy, RX_PRESCRIBER_SUSPENDED)) {
        out = add(out, policy, RX_PRESCRIBER_SUSPENDED, null, Finding.NO_ITEM,
            "prescriberId", prescriberId, "prescribing", status.name());
      }
      if (status == PrescribingStatus.RESTRICTED && on(policy, RX_PRESCRIBER_RESTRICTED)) {
        out = add(out, policy, RX_PRESCRIBER_RESTRICTED, null, Finding.NO_ITEM,
            "prescriberId", prescriberId, "prescribing", status.name());
      }
      if (setting == Setting.INTERNET && on(policy, RX_INTERNET_PRESCRIBER)
          && (!prescriber.internetPractice()
              || prescriber.independentPracticeYears() < l.internetMinYears)) {
        out = add(out, policy, RX_INTERNET_PRESCRIBER,
            prescriber.internetPractice() ? "YEARS" : "NOT_REGISTERED", Finding.NO_ITEM,
            "prescriberId", prescriberId,
            "internetPractice", prescriber.internetPractice(),
            "independentPracticeYears", prescriber.independentPracticeYears(),
            "minYears", l.internetMinYears);
      }
    }

    // ---------------------------------------------------------------- patient, internet
    if (setting == Setting.INTERNET) {
      if (patient.firstVisit() && on(policy, RX_INTERNET_FIRST_VISIT)) {
        out = add(out, policy, RX_INTERNET_FIRST_VISIT, null, Finding.NO_ITEM,
            "setting", setting.name(), "firstVisit", true);
      }
      if (on(policy, RX_INTERNET_CHILD_GUARDIAN)) {
        Integer age = patient.ageYears();
        if (age == null) {
          out = invalid(policy, out, Finding.NO_ITEM, "/subject/patient/ageYears",
              "required on an internet prescription", null);
        } else if (age >= 0 && age < l.childMaxAgeYears && !patient.guardianPresent()) {
          out = add(out, policy, RX_INTERNET_CHILD_GUARDIAN, null, Finding.NO_ITEM,
              "ageYears", age, "maxAgeYears", l.childMaxAgeYears, "guardianPresent", false);
        }
      }
    }

    // ---------------------------------------------------------------- override paperwork
    if (override != null && overrideValid && on(policy, RX_ANTIBIOTIC_OVERRIDE_OVERDUE)) {
      Instant declared = override.at();
      Instant completed = override.completedAt();
      Instant deadline = declared.plusSeconds(l.overrideWindowSeconds);
      Instant now = completed != null ? completed : (at != null ? at : clock.instant());
      if (now.isAfter(deadline)) {
        out = add(out, policy, RX_ANTIBIOTIC_OVERRIDE_OVERDUE,
            completed == null ? "OUTSTANDING" : "LATE", Finding.NO_ITEM,
            "overrideAt", local(declared, policy),
            "deadline", local(deadline, policy),
            "completedAt", completed == null ? null : local(completed, policy),
            "windowHours", l.overrideWindowSeconds / 3600);
      }
    }

    // ---------------------------------------------------------------- validity at dispensing
    if (issued != null && dispensed != null && on(policy, RX_VALIDITY_EXPIRED)) {
      ZoneId zone = policy.zone();
      LocalDate issueDay = issued.atZone(zone).toLocalDate();
      boolean justified = rx.justified();
      int days = justified ? l.validityDays : 1;
      LocalDate lastDay = issueDay.plusDays(days - 1L);
      Instant end = lastDay.plusDays(1).atStartOfDay(zone).toInstant();
      if (!dispensed.isBefore(end)) {
        out = add(out, policy, RX_VALIDITY_EXPIRED, justified ? "JUSTIFIED" : null,
            Finding.NO_ITEM,
            "issuedAt", local(issued, policy), "dispensedAt", local(dispensed, policy),
            "validThrough", lastDay.toString(), "days", days, "justified", justified);
      }
    }

    // ---------------------------------------------------------------- items
    DrugCatalog drugs = s.reference().drugs();
    boolean anyHerbal = false;
    boolean anyNonHerbal = false;
    int countedItems = 0;
    long costTotal = 0; // ten-thousandths squared: 1e-8 yuan
    boolean costExact = true;
    for (int i = 0; i < items.size(); i++) {
      PrescriptionItem item = items.get(i);
      if (item.isMissing()) {
        out = invalid(policy, out, i, pointer(i, null), "item is null", null);
        continue;
      }
      Drug drug = null;
      String code = item.drugCode();
      if (code == null || code.trim().isEmpty()) {
        out = invalid(policy, out, i, pointer(i, "drugCode"), "required", null);
      } else {
        drug = drugs.find(code);
        if (drug == null) {
          out = invalid(policy, out, i, pointer(i, "drugCode"), "unknown drug code", code);
        }
      }
      BigDecimal quantity = item.quantity();
      boolean quantityOk = false;
      if (quantity == null) {
        out = invalid(policy, out, i, pointer(i, "quantity"), "required", null);
      } else if (quantity.signum() <= 0) {
        out = invalid(policy, out, i, pointer(i, "quantity"), "must be positive", quantity);
      } else {
        quantityOk = true;
      }
      Integer daysSupply = item.daysSupply();
      if (daysSupply == null) {
        out = invalid(policy, out, i, pointer(i, "daysSupply"), "required", null);
      } else if (daysSupply <= 0) {
        out = invalid(policy, out, i, pointer(i, "daysSupply"), "must be positive", daysSupply);
        daysSupply = null;
      }
      Integer doses = item.doses();
      if (doses != null && doses <= 0) {
        out = invalid(policy, out, i, pointer(i, "doses"), "must be positive", doses);
        doses = null;
      }
      if (drug == null) {
        continue;
      }
      DrugCategory category = drug.category();
      if (category == DrugCategory.HERBAL_PIECES) {
        anyHerbal = true;
      } else {
        anyNonHerbal = true;
        countedItems++;
      }
      if (quantityOk && costExact) {
        long q = item.quantityTenThousandths();
        if (q == Long.MIN_VALUE) {
          costExact = false;
        } else {
          try {
            costTotal = Math.addExact(costTotal,
                Math.multiplyExact(q, drug.unitPriceTenThousandths()));
          } catch (ArithmeticException overflow) {
            costExact = false;
          }
        }
      }
      out = item(l, policy, rx, setting, level, prescriber, holder, patient, overrideValid,
          drug, item, i, daysSupply, doses, out);
    }

    // ---------------------------------------------------------------- prescription-level
    if (anyHerbal && anyNonHerbal && on(policy, RX_ITEMS_HERBAL_MIXED)) {
      out = add(out, policy, RX_ITEMS_HERBAL_MIXED, null, Finding.NO_ITEM,
          "herbal", true, "westernOrPatent", true);
    }
    if (setting != null && setting != Setting.INPATIENT && countedItems > l.maxItems
        && on(policy, RX_ITEMS_MAX)) {
      int distinct = distinctCounted(items, drugs);
      if (distinct > l.maxItems) {
        out = add(out, policy, RX_ITEMS_MAX, null, Finding.NO_ITEM,
            "setting", setting.name(), "count", distinct, "maxItems", l.maxItems);
      }
    }
    if (setting != null && setting != Setting.INPATIENT && on(policy, RX_COST_LARGE)) {
      long threshold =
          setting == Setting.OUTPATIENT ? l.outpatientCost
              : setting == Setting.EMERGENCY ? l.emergencyCost : l.internetCost;
      boolean over;
      if (costExact) {
        // costTotal is in 1e-8 yuan, threshold in 1e-4 yuan
        over = costTotal / 10_000L > threshold
            || (costTotal / 10_000L == threshold && costTotal % 10_000L > 0);
      } else {
        over = exactTotal(items, drugs).compareTo(thresholdYuan(l, setting)) > 0;
      }
      if (over) {
        out = add(out, policy, RX_COST_LARGE, null, Finding.NO_ITEM,
            "setting", setting.name(),
            "totalYuan", exactTotal(items, drugs),
            "thresholdYuan", thresholdYuan(l, setting));
      }
    }
    return out;
  }

  private @Nullable FindingList item(
      Limits l,
      Policy policy,
      Prescription rx,
      @Nullable Setting setting,
      InstitutionLevel level,
      @Nullable Practitioner prescriber,
      @Nullable Practitioner holder,
      Patient patient,
      boolean override,
      Drug drug,
      PrescriptionItem item,
      int i,
      @Nullable Integer daysSupply,
      @Nullable Integer doses,
      @Nullable FindingList out) {
    String code = drug.code();
    // antibiotics
    AntibioticTier abx = drug.antibioticTier();
    if (abx != null) {
      if (holder != null && on(policy, RX_ANTIBIOTIC_TIER)) {
        AntibioticTier effective = effectiveAntibioticTier(holder);
        if (abx.compareTo(effective) > 0) {
          Decision sev = policy.severity(RX_ANTIBIOTIC_TIER);
          if (override) {
            sev = sev.min(Decision.WARN);
          }
          out = addAt(out, sev, RX_ANTIBIOTIC_TIER, override ? "OVERRIDE" : null, i,
              "drugCode", code, "drugTier", abx.name(), "prescriberTier", effective.name(),
              "tierHolderId", holder.id(), "emergencyOverride", override ? Boolean.TRUE : null,
              "overrideWindowHours", override ? l.overrideWindowSeconds / 3600 : null);
        }
      }
      if (abx == AntibioticTier.SPECIAL && setting != null) {
        if (setting != Setting.INPATIENT) {
          if (on(policy, RX_ANTIBIOTIC_SPECIAL_OUTPATIENT)) {
            out = add(out, policy, RX_ANTIBIOTIC_SPECIAL_OUTPATIENT, null, i,
                "drugCode", code, "setting", setting.name());
          }
        } else if (!override && blank(rx.consultationId())
            && on(policy, RX_ANTIBIOTIC_SPECIAL_CONSULT)) {
          out = add(out, policy, RX_ANTIBIOTIC_SPECIAL_CONSULT, null, i,
              "drugCode", code, "setting", setting.name());
        }
      }
    }
    // antitumor
    AntitumorTier tumor = drug.antitumorTier();
    if (tumor != null && holder != null && on(policy, RX_ANTITUMOR_TIER)) {
      AntitumorTier effective = effectiveAntitumorTier(holder);
      if (tumor.compareTo(effective) > 0) {
        out = add(out, policy, RX_ANTITUMOR_TIER, null, i,
            "drugCode", code, "drugTier", tumor.name(), "prescriberTier", effective.name(),
            "tierHolderId", holder.id());
      }
    }
    // narcotics and class-1 psychotropics
    ControlClass control = drug.control();
    boolean controlled = drug.isNarcoticOrPsychotropic1();
    if (controlled) {
      if (holder != null && !holder.narcoticPrivilege()
          && on(policy, RX_CONTROLLED_QUALIFICATION)) {
        out = add(out, policy, RX_CONTROLLED_QUALIFICATION, null, i,
            "drugCode", code, "control", control.name(), "qualificationHolderId", holder.id());
      }
      String self = patient.practitionerId();
      if (self != null && on(policy, RX_CONTROLLED_SELF)
          && (self.equals(rx.prescriberId()) || self.equals(rx.cosignerId()))) {
        out = add(out, policy, RX_CONTROLLED_SELF, null, i,
            "drugCode", code, "control", control.name(), "patientPractitionerId", self);
      }
      if (setting != null && setting != Setting.INTERNET && on(policy, RX_CONTROLLED_QUANTITY)) {
        out = controlledQuantity(l, policy, setting, patient, drug, item, i, daysSupply, doses,
            out);
      }
    }
    SpecialRule special = drug.specialRule();
    if ((special == SpecialRule.DIHYDROETORPHINE || special == SpecialRule.PETHIDINE)
        && on(policy, RX_CONTROLLED_SPECIAL_DRUG)) {
      out = specialDrug(policy, setting, level, drug, item, i, doses, out);
    }
    if (control == ControlClass.PSYCHOTROPIC_2 && daysSupply != null
        && daysSupply > l.psychotropic2Days && on(policy, RX_PSYCHOTROPIC2_QUANTITY)) {
      boolean justified = rx.justified();
      Decision sev = policy.severity(RX_PSYCHOTROPIC2_QUANTITY);
      if (justified) {
        sev = sev.min(Decision.WARN);
      }
      out = addAt(out, sev, RX_PSYCHOTROPIC2_QUANTITY, justified ? "JUSTIFIED" : null, i,
          "drugCode", code, "daysSupply", daysSupply, "maxDays", l.psychotropic2Days,
          "justified", justified);
    }
    // internet
    if (setting == Setting.INTERNET && control != ControlClass.NONE
        && on(policy, RX_INTERNET_CONTROLLED)) {
      out = add(out, policy, RX_INTERNET_CONTROLLED, null, i,
          "drugCode", code, "control", control.name());
    }
    // days' supply (controlled classes follow their own rules)
    if (setting != null && daysSupply != null && !controlled
        && control != ControlClass.PSYCHOTROPIC_2 && on(policy, RX_DAYS_LIMIT)) {
      int base = setting == Setting.EMERGENCY ? l.emergencyDays : l.outpatientDays;
      int limit = base;
      String basis = "STANDARD";
      if (rx.justified() && l.extendedDays > limit) {
        limit = l.extendedDays;
        basis = "JUSTIFIED";
      }
      if (rx.longTerm() && patient.has(Condition.CHRONIC_DISEASE) && l.longTermDays > limit) {
        limit = l.longTermDays;
        basis = "LONG_TERM";
      }
      if (daysSupply > limit) {
        out = add(out, policy, RX_DAYS_LIMIT, basis, i,
            "drugCode", code, "setting", setting.name(), "daysSupply", daysSupply,
            "limit", limit, "basis", basis);
      }
    }
    // formulary and monitoring
    if (!drug.inFormulary() && on(policy, RX_FORMULARY_NOT_LISTED)) {
      out = add(out, policy, RX_FORMULARY_NOT_LISTED, null, i, "drugCode", code);
    }
    if (drug.keyMonitored() && !rx.justified() && on(policy, RX_KEY_MONITORED)) {
      out = add(out, policy, RX_KEY_MONITORED, null, i, "drugCode", code);
    }
    return out;
  }

  private static @Nullable FindingList controlledQuantity(
      Limits l,
      Policy policy,
      Setting setting,
      Patient patient,
      Drug drug,
      PrescriptionItem item,
      int i,
      @Nullable Integer daysSupply,
      @Nullable Integer doses,
      @Nullable FindingList out) {
    DrugForm form = drug.form();
    String basis;
    boolean countDoses = false;
    int limit;
    Integer age = patient.ageYears();
    if (setting == Setting.INPATIENT) {
      basis = "INPATIENT";
      limit = l.inpatientDays;
    } else if (drug.specialRule() == SpecialRule.METHYLPHENIDATE && patient.has(Condition.ADHD)
        && age != null && age >= 0 && age < ADULT_AGE) {
      basis = "ADHD_CHILD";
      limit = l.methylphenidateDays;
    } else if (patient.has(Condition.CANCER_PAIN) || patient.has(Condition.CHRONIC_SEVERE_PAIN)) {
      basis = "PAIN";
      limit = form == DrugForm.INJECTION ? l.painInjectionDays
          : form == DrugForm.CONTROLLED_RELEASE ? l.painControlledReleaseDays : l.painOtherDays;
    } else {
      basis = "ORDINARY";
      countDoses = form == DrugForm.INJECTION;
      limit = countDoses ? l.injectionDoses
          : form == DrugForm.CONTROLLED_RELEASE ? l.controlledReleaseDays : l.otherDays;
    }
    Integer value = countDoses ? doses : daysSupply;
    if (value == null) {
      if (countDoses && item.doses() == null) { // a non-positive count is already reported
        return invalid(policy, out, i, pointer(i, "doses"),
            "required for a narcotic or class-1 psychotropic injection", null);
      }
      return out; // daysSupply already reported
    }
    if (value > limit) {
      out = add(out, policy, RX_CONTROLLED_QUANTITY, countDoses ? "INJECTION_DOSES" : basis, i,
          "drugCode", drug.code(), "form", form.name(), "setting", setting.name(),
          "basis", basis, countDoses ? "doses" : "daysSupply", value, "limit", limit);
    }
    return out;
  }

  private static @Nullable FindingList specialDrug(
      Policy policy,
      @Nullable Setting setting,
      InstitutionLevel level,
      Drug drug,
      PrescriptionItem item,
      int i,
      @Nullable Integer doses,
      @Nullable FindingList out) {
    String reason = null;
    if (doses == null) {
      if (item.doses() == null) {
        out = invalid(policy, out, i, pointer(i, "doses"),
            "required for " + drug.specialRule().name().toLowerCase(java.util.Locale.ROOT), null);
      }
    } else if (doses > 1) {
      reason = "DOSES";
    }
    if (reason == null && drug.specialRule() == SpecialRule.DIHYDROETORPHINE
        && level == InstitutionLevel.PRIMARY) {
      reason = "PRIMARY_INSTITUTION";
    }
    if (reason == null
        && (setting == Setting.INTERNET || (setting == Setting.OUTPATIENT && !item.onSite()))) {
      reason = "OUTSIDE_INSTITUTION";
    }
    if (reason != null) {
      out = add(out, policy, RX_CONTROLLED_SPECIAL_DRUG, reason, i,
          "drugCode", drug.code(), "specialRule", drug.specialRule().name(), "reason", reason,
          "doses", doses, "setting", setting == null ? null : setting.name(),
          "onSite", item.onSite(), "institutionLevel", level.name());
    }
    return out;
  }

  // ------------------------------------------------------------------------------------------ who

  /** Whether the prescriber needs a co-signature (处方管理办法 第八条、第九条、第十二条、第十三条). */
  static boolean needsCosign(Practitioner p, InstitutionLevel level) {
    if (p.profession() == Profession.ASSISTANT_PHYSICIAN
        && (level != InstitutionLevel.PRIMARY || p.prescribing() != PrescribingStatus.GRANTED)) {
      return true; // at PRIMARY level only an assistant granted 处方权 prescribes alone (第九条)
    }
    if (p.employment() == Employment.PROBATION) {
      return true;
    }
    return p.employment() == Employment.VISITING && p.prescribing() != PrescribingStatus.GRANTED;
  }

  /** Why {@code c} cannot co-sign for {@code prescriber}, or {@code null} when valid. */
  static @Nullable String cosignerProblem(@Nullable Practitioner c, Practitioner prescriber) {
    if (c == null) {
      return "UNKNOWN_COSIGNER";
    }
    if (c.id().equals(prescriber.id())) {
      return "SAME_AS_PRESCRIBER";
    }
    if (c.profession() != Profession.PHYSICIAN) {
      return "NOT_PHYSICIAN";
    }
    if (!c.registeredHere()) {
      return "NOT_REGISTERED_HERE";
    }
    if (c.employment() != Employment.REGULAR) {
      return "NOT_REGULAR";
    }
    if (c.prescribing() != PrescribingStatus.GRANTED) {
      return "NOT_GRANTED";
    }
    return null;
  }

  private static @Nullable String noPrivilegeReason(
      Practitioner p,
      InstitutionLevel level,
      boolean needsCosign,
      @Nullable String cosignerId) {
    Profession prof = p.profession();
    if (prof != Profession.PHYSICIAN
        && prof != Profession.ASSISTANT_PHYSICIAN
        && prof != Profession.RURAL_DOCTOR) {
      return "PROFESSION";
    }
    if (!p.registeredHere()) {
      return "NOT_REGISTERED_HERE";
    }
    if (prof == Profession.RURAL_DOCTOR && level != InstitutionLevel.PRIMARY) {
      return "RURAL_DOCTOR_OUTSIDE_PRIMARY";
    }
    if (needsCosign && cosignerId == null) {
      return "NO_COSIGNER";
    }
    // A needed co-signer who is named draws the authority: an invalid one is COSIGN's, never both.
    if (p.prescribing() == PrescribingStatus.NONE && !(needsCosign && cosignerId != null)) {
      return "NO_PRESCRIBING_RIGHT";
    }
    return null;
  }

  /** The lower of the granted antibiotic privilege and what the title and profession allow. */
  static AntibioticTier effectiveAntibioticTier(Practitioner p) {
    AntibioticTier byTitle;
    if (p.profession() == Profession.ASSISTANT_PHYSICIAN
        || p.profession() == Profession.RURAL_DOCTOR) {
      byTitle = AntibioticTier.UNRESTRICTED;
    } else if (p.title() == Title.SENIOR) {
      byTitle = AntibioticTier.SPECIAL;
    } else if (p.title() == Title.INTERMEDIATE) {
      byTitle = AntibioticTier.RESTRICTED;
    } else {
      byTitle = AntibioticTier.UNRESTRICTED;
    }
    AntibioticTier granted = p.antibioticPrivilege();
    return granted.compareTo(byTitle) < 0 ? granted : byTitle;
  }

  /** The lower of the granted antitumor privilege and what the title allows. */
  static AntitumorTier effectiveAntitumorTier(Practitioner p) {
    AntitumorTier byTitle =
        p.title() == Title.SENIOR ? AntitumorTier.RESTRICTED
            : p.title() == Title.INTERMEDIATE ? AntitumorTier.GENERAL : AntitumorTier.NONE;
    AntitumorTier granted = p.antitumorPrivilege();
    return granted.compareTo(byTitle) < 0 ? granted : byTitle;
  }

  // ------------------------------------------------------------------------------------------ util

  private static int distinctCounted(ImmutableList<PrescriptionItem> items, DrugCatalog drugs) {
    Set<String> codes = new HashSet<>();
    for (PrescriptionItem item : items) {
      String code = item.drugCode();
      if (code == null) {
        continue;
      }
      Drug d = drugs.find(code);
      if (d != null && d.category() != DrugCategory.HERBAL_PIECES) {
        codes.add(code);
      }
    }
    return codes.size();
  }

  private static BigDecimal exactTotal(ImmutableList<PrescriptionItem> items, DrugCatalog drugs) {
    BigDecimal total = BigDecimal.ZERO;
    for (PrescriptionItem item : items) {
      String code = item.drugCode();
      BigDecimal q = item.quantity();
      if (code == null || q == null || q.signum() <= 0) {
        continue;
      }
      Drug d = drugs.find(code);
      if (d != null) {
        total = total.add(q.multiply(d.unitPrice()));
      }
    }
    return total.stripTrailingZeros().scale() < 0 ? total.setScale(0) : total.stripTrailingZeros();
  }

  private static BigDecimal thresholdYuan(Limits l, Setting setting) {
    return setting == Setting.OUTPATIENT ? l.outpatientYuan
        : setting == Setting.EMERGENCY ? l.emergencyYuan : l.internetYuan;
  }

  /** An instant as ISO-8601 with the offset of the policy's zone, for evidence. */
  private static String local(Instant instant, Policy policy) {
    return Findings.local(instant, policy.zone());
  }

  private static boolean on(Policy policy, Rule rule) {
    return policy.enabled(rule);
  }

  private static boolean blank(@Nullable String s) {
    return s == null || s.trim().isEmpty();
  }

  private static String pointer(int item, @Nullable String field) {
    return field == null ? "/subject/items/" + item : "/subject/items/" + item + "/" + field;
  }

  private static @Nullable FindingList invalid(
      Policy policy,
      @Nullable FindingList out,
      int item,
      String pointer,
      String reason,
      @Nullable Object value) {
    return Findings.invalid(policy, Family.PRESCRIPTION, out, item, pointer, reason, value);
  }
}
