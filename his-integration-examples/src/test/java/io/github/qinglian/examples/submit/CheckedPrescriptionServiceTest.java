package io.github.qinglian.examples.submit;

import io.github.qinglian.audit.Pseudonymizer;
import static io.github.qinglian.testing.Fixtures.drug;
import static io.github.qinglian.testing.Fixtures.item;
import static io.github.qinglian.testing.Fixtures.physician;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.qinglian.Decision;
import io.github.qinglian.PrescriptionChecker;
import io.github.qinglian.Qinglian;
import io.github.qinglian.Verdict;
import io.github.qinglian.examples.submit.IntegrityLog.Event;
import io.github.qinglian.examples.submit.SubmitResult.Status;
import io.github.qinglian.model.AntibioticTier;
import io.github.qinglian.model.EmergencyOverride;
import io.github.qinglian.model.Institution;
import io.github.qinglian.model.InstitutionLevel;
import io.github.qinglian.model.Practitioner;
import io.github.qinglian.model.PrescribingStatus;
import io.github.qinglian.model.Prescription;
import io.github.qinglian.model.PrescriptionItem;
import io.github.qinglian.model.Setting;
import io.github.qinglian.model.Title;
import io.github.qinglian.policy.Policy;
import io.github.qinglian.policy.RuleSetting;
import io.github.qinglian.reference.PractitionerDirectory;
import io.github.qinglian.reference.ReferenceData;
import io.github.qinglian.testing.FixedClock;
import io.github.qinglian.testing.Fixtures;
import io.github.qinglian.testing.TestEngine;
import io.github.qinglian.testing.Verdicts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The submit interceptor as a vendor tests it in its own code base: Qinglian's testing aid builds
 * the engine over a few records, and each test submits through the decorated service and looks
 * at what the HIS did (stored, held, refused, logged).
 */
class CheckedPrescriptionServiceTest {
  private static final String PATIENT_ID = "P-4711-ZHANGSAN";
  private static final String KEY = "test-patient-id-key-0123456789";
  private static final Clock CLOCK = FixedClock.standard();

  /** A senior physician who may prescribe anything. */
  private static final Practitioner SENIOR = physician("D001").build();
  /** 处方权 restricted after repeated 超常处方: every prescription goes to a pharmacist. */
  private static final Practitioner RESTRICTED =
      physician("D015").prescribing(PrescribingStatus.RESTRICTED).build();
  /** An intermediate physician holding the restricted antibiotic tier, not the special one. */
  private static final Practitioner INTERMEDIATE =
      physician("D002")
          .title(Title.INTERMEDIATE)
          .antibioticPrivilege(AntibioticTier.RESTRICTED)
          .build();

  private Qinglian qinglian;
  private InMemoryPrescriptionStore store;
  private IntegrityLog log;
  private PharmacistQueue queue;
  private PrescriptionService his;
  private PrescriptionService service;

  @BeforeEach
  void wire() {
    qinglian = engine().build();
    store = new InMemoryPrescriptionStore();
    his = new StoringPrescriptionService(store);
    log = new IntegrityLog(CLOCK, Pseudonymizer.withKey(KEY));
    queue = new PharmacistQueue(his, log, CLOCK);
    service = new CheckedPrescriptionService(his, qinglian.prescriptions(), queue, log);
  }

  private static TestEngine engine() {
    TestEngine e = TestEngine.newBuilder()
        .practitioner(SENIOR, RESTRICTED, INTERMEDIATE)
        .drug(drug("IMIPENEM").antibioticTier(AntibioticTier.SPECIAL).build());
    for (int i = 1; i <= 6; i++) {
      e.drug(drug("DRUG-" + i).build());
    }
    return e;
  }

  private static Prescription.Builder rx(String id, String prescriberId, String... drugCodes) {
    PrescriptionItem[] items = new PrescriptionItem[drugCodes.length];
    for (int i = 0; i < drugCodes.length; i++) {
      items[i] = item(drugCodes[i]).build();
    }
    return Fixtures.prescription(prescriberId, items)
        .id(id)
        .patient(Fixtures.patient().id(PATIENT_ID).build());
  }

  private static Prescription sixDrugs(String id) {
    return rx(id, "D001", "DRUG-1", "DRUG-2", "DRUG-3", "DRUG-4", "DRUG-5", "DRUG-6").build();
  }

  /** 越级使用: a special-use antibiotic to rescue an inpatient, paperwork still due. */
  private static Prescription emergencyOverride(String id) {
    Instant now = CLOCK.instant();
    return rx(id, "D002", "IMIPENEM")
        .setting(Setting.INPATIENT)
        .emergencyOverride(EmergencyOverride.of("感染性休克抢救", now.minus(Duration.ofMinutes(20)),
            null))
        .build();
  }

  @Test
  void cleanPrescriptionIsAcceptedAndStored() {
    SubmitResult r = service.submit(rx("RX-1", "D001", "DRUG-1").build());

    assertThat(r.status()).isEqualTo(Status.ACCEPTED);
    assertThat(r.prescriptionId()).isEqualTo("RX-1");
    assertThat(r.reasons()).isEmpty();
    Verdicts.assertAllows(r.verdict());
    assertThat(store.contains("RX-1")).isTrue();
    assertThat(queue.list()).isEmpty();
    assertThat(log.entries()).as("ALLOW is not an integrity event").isEmpty();
    assertThat(r.message(Locale.ENGLISH)).isEqualTo("Prescription RX-1 accepted");
  }

  @Test
  void blockIsRefusedNotStoredAndTheRefusalNamesTheRule() {
    SubmitResult r = service.submit(sixDrugs("RX-2"));

    assertThat(r.status()).isEqualTo(Status.REFUSED);
    Verdicts.assertBlocks(r.verdict(), "RX.ITEMS.MAX");
    assertThat(r.codes()).containsExactly("RX.ITEMS.MAX");
    SubmitResult.Reason reason = r.reasons().get(0);
    assertThat(reason.message()).isEqualTo(r.verdict().findings("RX.ITEMS.MAX").get(0).message());
    assertThat(r.message(Locale.ENGLISH))
        .startsWith("Prescription RX-2 refused, not stored: [RX.ITEMS.MAX] ")
        .contains(reason.message().en());
    assertThat(r.message(Locale.SIMPLIFIED_CHINESE))
        .startsWith("处方 RX-2 未通过，未保存：[RX.ITEMS.MAX] ")
        .contains(reason.message().zh());
    assertThat(store.contains("RX-2")).isFalse();
    assertThat(store.size()).isZero();
    assertThat(queue.list()).isEmpty();
    assertThat(log.entries()).singleElement().satisfies(e -> {
      assertThat(e.event()).isEqualTo(Event.CHECKED);
      assertThat(e.decision()).isEqualTo(Decision.BLOCK);
      assertThat(e.ruleIds()).containsExactly("RX.ITEMS.MAX");
    });
  }

  @Test
  void reviewWaitsForThePharmacistAndIsStoredOnlyOnApproval() {
    SubmitResult r = service.submit(rx("RX-3", "D015", "DRUG-1").build());

    assertThat(r.status()).isEqualTo(Status.PENDING_REVIEW);
    Verdicts.assertReviews(r.verdict(), "RX.PRESCRIBER.RESTRICTED");
    assertThat(store.contains("RX-3")).as("held, not stored").isFalse();
    assertThat(queue.list()).singleElement().satisfies(p -> {
      assertThat(p.prescriptionId()).isEqualTo("RX-3");
      assertThat(p.verdict().ruleIds()).containsExactly("RX.PRESCRIBER.RESTRICTED");
      assertThat(p.heldAt()).isEqualTo(CLOCK.instant());
    });

    SubmitResult approved = queue.approve("RX-3", "PH01");

    assertThat(approved.status()).isEqualTo(Status.ACCEPTED);
    assertThat(store.contains("RX-3")).isTrue();
    assertThat(queue.list()).isEmpty();
    assertThat(log.entries()).extracting(IntegrityLog.Entry::event)
        .containsExactly(Event.CHECKED, Event.APPROVED);
    assertThat(log.entries().get(1).pharmacistId()).isEqualTo("PH01");
    assertThatThrownBy(() -> queue.approve("RX-3", "PH02"))
        .as("a held prescription is decided once")
        .isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void rejectedReviewIsNeverStoredAndTheDoctorSeesWhy() {
    service.submit(rx("RX-4", "D015", "DRUG-1").build());

    SubmitResult r = queue.reject("RX-4", "PH01", "剂量需调整");

    assertThat(r.status()).isEqualTo(Status.REFUSED);
    assertThat(r.codes()).containsExactly(PharmacistQueue.REJECTED);
    assertThat(r.message(Locale.SIMPLIFIED_CHINESE)).contains("剂量需调整");
    assertThat(store.contains("RX-4")).isFalse();
    assertThat(queue.list()).isEmpty();
    assertThat(log.entries()).extracting(IntegrityLog.Entry::event)
        .containsExactly(Event.CHECKED, Event.REJECTED);
    assertThat(log.lines()).noneMatch(line -> line.contains("剂量需调整"));
  }

  @Test
  void emergencyOverrideAboveTierIsStoredAndTheWarningRecorded() {
    SubmitResult r = service.submit(emergencyOverride("RX-5"));

    assertThat(r.status()).isEqualTo(Status.ACCEPTED_WITH_WARNING);
    Verdicts.assertWarns(r.verdict(), "RX.ANTIBIOTIC.TIER");
    assertThat(store.contains("RX-5")).isTrue();
    assertThat(queue.list()).isEmpty();
    assertThat(log.entries()).singleElement().satisfies(e -> {
      assertThat(e.event()).isEqualTo(Event.CHECKED);
      assertThat(e.prescriptionId()).isEqualTo("RX-5");
      assertThat(e.prescriberId()).isEqualTo("D002");
      assertThat(e.decision()).isEqualTo(Decision.WARN);
      assertThat(e.ruleIds()).containsExactly("RX.ANTIBIOTIC.TIER");
      assertThat(e.policyVersion()).isEqualTo(Policy.defaults().version());
      assertThat(e.at()).isEqualTo(CLOCK.instant());
    });
  }

  @Test
  void integrityLogNeverContainsThePatientId() {
    service.submit(emergencyOverride("RX-6"));
    service.submit(sixDrugs("RX-7"));
    service.submit(rx("RX-8", "D015", "DRUG-1").build());
    service.submit(rx("RX-9", "D015", "DRUG-2").build());
    queue.approve("RX-8", "PH01");
    queue.reject("RX-9", "PH01", "患者 " + PATIENT_ID + " 已有同类药物");

    String pseudonym = Pseudonymizer.withKey(KEY).patient(PATIENT_ID);
    assertThat(log.entries()).hasSize(6).allSatisfy(e -> {
      assertThat(e.toLine()).doesNotContain(PATIENT_ID).contains("patient=" + pseudonym);
      assertThat(e.toString()).doesNotContain(PATIENT_ID);
      assertThat(e.patientRef()).isEqualTo(pseudonym);
    });
    assertThat(String.join("\n", log.lines())).doesNotContain(PATIENT_ID);
    assertThat(queue.toString() + log + store).doesNotContain(PATIENT_ID);
  }

  @Test
  void withoutAKeyTheLogLeavesPatientsOut() {
    IntegrityLog anonymous = new IntegrityLog(CLOCK);
    PrescriptionService s = new CheckedPrescriptionService(
        his, qinglian.prescriptions(), new PharmacistQueue(his, anonymous, CLOCK), anonymous);

    s.submit(sixDrugs("RX-10"));

    assertThat(anonymous.entries()).singleElement().satisfies(e -> {
      assertThat(e.patientRef()).isNull();
      assertThat(e.toLine()).doesNotContain("patient=");
    });
  }

  @Test
  void policyReloadThatDisablesARuleChangesTheNextSubmit() {
    assertThat(service.submit(sixDrugs("RX-11")).status()).isEqualTo(Status.REFUSED);

    qinglian.reload(Policy.newBuilder()
        .version("2026-12-01")
        .rule("RX.ITEMS.MAX", RuleSetting.newBuilder().enabled(false).build())
        .build());
    SubmitResult r = service.submit(sixDrugs("RX-12"));

    assertThat(r.status()).isEqualTo(Status.ACCEPTED);
    assertThat(r.verdict().policyVersion()).isEqualTo("2026-12-01");
    assertThat(store.contains("RX-11")).isFalse();
    assertThat(store.contains("RX-12")).isTrue();
  }

  @Test
  void engineErrorArrivesAsAWarnAndIsHandledLikeOne() {
    // The HIS's own staff directory behind Qinglian's port; its database is down.
    PractitionerDirectory broken = new PractitionerDirectory() {
      @Override
      public @Nullable Practitioner find(String id) {
        throw new IllegalStateException("connection refused: jdbc:dm://his-db/STAFF");
      }

      @Override
      public int size() {
        return -1;
      }
    };
    Qinglian q = Qinglian.newBuilder()
        .institution(Institution.of("TEST", InstitutionLevel.TERTIARY))
        .reference(ReferenceData.newBuilder()
            .practitioners(broken)
            .drugs(engine().reference().drugs())
            .build())
        .clock(CLOCK)
        .build();
    PrescriptionService s = new CheckedPrescriptionService(his, q.prescriptions(), queue, log);

    SubmitResult r = s.submit(rx("RX-13", "D001", "DRUG-1").build());

    assertThat(r.status()).isEqualTo(Status.ACCEPTED_WITH_WARNING);
    Verdicts.assertWarns(r.verdict(), "ENGINE.ERROR");
    assertThat(store.contains("RX-13")).isTrue();
    assertThat(log.entries()).singleElement()
        .satisfies(e -> assertThat(e.ruleIds()).containsExactly("ENGINE.ERROR"));
  }

  @Test
  void checkerThatThrowsNeverReachesTheCaller() {
    List<Throwable> failures = new ArrayList<>();
    failures.add(new IllegalStateException("sidecar unreachable"));
    failures.add(new NoSuchMethodError("com.google.common.collect.ImmutableList.toImmutableList"));
    int n = 0;
    for (Throwable failure : failures) {
      String id = "RX-14-" + n++;
      PrescriptionService s =
          new CheckedPrescriptionService(his, throwing(failure), queue, log);

      SubmitResult r = s.submit(rx(id, "D001", "DRUG-1").build());

      assertThat(r.status()).as(failure.toString()).isEqualTo(Status.ACCEPTED_WITH_WARNING);
      Verdicts.assertWarns(r.verdict(), "ENGINE.ERROR");
      assertThat(store.contains(id)).isTrue();
    }
  }

  @Test
  void checkerFailureFollowsTheFailModeItIsGiven() {
    PrescriptionService s = new CheckedPrescriptionService(
        his, throwing(new IllegalStateException("boom")), queue, log, Decision.REVIEW);

    SubmitResult r = s.submit(rx("RX-15", "D001", "DRUG-1").build());

    assertThat(r.status()).isEqualTo(Status.PENDING_REVIEW);
    assertThat(r.codes()).containsExactly("ENGINE.ERROR");
    assertThat(queue.find("RX-15")).isPresent();
    assertThat(store.contains("RX-15")).isFalse();
  }

  @Test
  void theHisOwnRefusalPassesThrough() {
    service.submit(rx("RX-16", "D001", "DRUG-1").build());

    SubmitResult again = service.submit(rx("RX-16", "D001", "DRUG-2").build());

    assertThat(again.status()).isEqualTo(Status.REFUSED);
    assertThat(again.codes()).containsExactly(StoringPrescriptionService.DUPLICATE_ID);
    assertThat(store.find("RX-16").get().items().get(0).drugCode()).isEqualTo("DRUG-1");
  }

  @Test
  void aPrescriptionWithoutIdIsACallerError() {
    Prescription noId = rx("RX-17", "D001", "DRUG-1").id(null).build();

    assertThatThrownBy(() -> service.submit(noId)).isInstanceOf(IllegalArgumentException.class);
    assertThat(store.size()).isZero();
  }

  private static PrescriptionChecker throwing(Throwable failure) {
    return new PrescriptionChecker() {
      @Override
      public Verdict check(@Nullable Prescription prescription) {
        throw sneaky(failure);
      }

      @Override
      public Verdict check(@Nullable Prescription prescription, Instant at) {
        throw sneaky(failure);
      }
    };
  }

  private static RuntimeException sneaky(Throwable t) {
    if (t instanceof RuntimeException) {
      throw (RuntimeException) t;
    }
    throw (Error) t;
  }
}
