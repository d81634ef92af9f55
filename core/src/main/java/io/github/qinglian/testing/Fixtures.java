package io.github.qinglian.testing;

import io.github.qinglian.model.AntibioticTier;
import io.github.qinglian.model.AntitumorTier;
import io.github.qinglian.model.Drug;
import io.github.qinglian.model.DrugCategory;
import io.github.qinglian.model.DrugForm;
import io.github.qinglian.model.Employment;
import io.github.qinglian.model.Patient;
import io.github.qinglian.model.Practitioner;
import io.github.qinglian.model.PrescribingStatus;
import io.github.qinglian.model.Prescription;
import io.github.qinglian.model.PrescriptionItem;
import io.github.qinglian.model.Profession;
import io.github.qinglian.model.Setting;
import io.github.qinglian.model.Title;
import java.math.BigDecimal;

/**
 * Builders with defaults that pass every rule, so a test states only what it is about.
 *
 * <ul>
 *   <li>{@link #physician}: a senior, regular physician registered here, prescribing granted,
 *       every privilege (special antibiotics, restricted antitumor, narcotics, internet), 10 years.
 *   <li>{@link #drug}: an ordinary Western oral drug in the formulary at 10 yuan.
 *   <li>{@link #patient}: a 40-year-old adult on a follow-up visit.
 *   <li>{@link #item}: quantity 1, 1 dose, 1 day.
 *   <li>{@link #prescription}: outpatient, issued at {@link FixedClock#DEFAULT_INSTANT}.
 * </ul>
 */
public final class Fixtures {
  private Fixtures() {}

  /** A physician who may prescribe anything; override what the test is about. */
  public static Practitioner.Builder physician(String id) {
    return Practitioner.newBuilder(id, Profession.PHYSICIAN)
        .name("测试医师")
        .departmentId("INTERNAL")
        .title(Title.SENIOR)
        .registeredHere(true)
        .employment(Employment.REGULAR)
        .prescribing(PrescribingStatus.GRANTED)
        .antibioticPrivilege(AntibioticTier.SPECIAL)
        .antitumorPrivilege(AntitumorTier.RESTRICTED)
        .narcoticPrivilege(true)
        .independentPracticeYears(10)
        .internetPractice(true);
  }

  /** An ordinary Western oral drug in the formulary at 10 yuan. */
  public static Drug.Builder drug(String code) {
    return Drug.newBuilder(code, DrugCategory.WESTERN, DrugForm.ORAL, BigDecimal.TEN)
        .genericName("测试药品 " + code);
  }

  /** An adult on a follow-up visit. */
  public static Patient.Builder patient() {
    return Patient.newBuilder().id("P-TEST").ageYears(40);
  }

  /** One unit of {@code drugCode}, one dose, one day. */
  public static PrescriptionItem.Builder item(String drugCode) {
    return PrescriptionItem.newBuilder()
        .drugCode(drugCode)
        .quantity(BigDecimal.ONE)
        .doses(1)
        .daysSupply(1);
  }

  /** An outpatient prescription by {@code prescriberId} of {@code items}. */
  public static Prescription.Builder prescription(String prescriberId, PrescriptionItem... items) {
    Prescription.Builder b =
        Prescription.newBuilder()
            .id("RX-TEST")
            .setting(Setting.OUTPATIENT)
            .issuedAt(FixedClock.DEFAULT_INSTANT)
            .prescriberId(prescriberId)
            .patient(patient().build());
    for (PrescriptionItem i : items) {
      b.addItem(i);
    }
    return b;
  }
}
