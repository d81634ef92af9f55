package io.github.qinglian.checkers.prescription;

import static io.github.qinglian.checkers.prescription.Rx.assertDecision;
import static io.github.qinglian.checkers.prescription.Rx.check;
import static io.github.qinglian.checkers.prescription.Rx.none;
import static io.github.qinglian.checkers.prescription.Rx.onlyRules;
import static io.github.qinglian.checkers.prescription.Rx.physician;
import static io.github.qinglian.checkers.prescription.Rx.plain;
import static io.github.qinglian.checkers.prescription.Rx.single;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.qinglian.Decision;
import io.github.qinglian.Finding;
import io.github.qinglian.Verdict;
import io.github.qinglian.model.Employment;
import io.github.qinglian.model.InstitutionLevel;
import io.github.qinglian.model.Practitioner;
import io.github.qinglian.model.PrescribingStatus;
import io.github.qinglian.model.Profession;
import io.github.qinglian.model.Title;
import io.github.qinglian.testing.Fixtures;
import io.github.qinglian.testing.TestEngine;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * RX.PRESCRIBER.NO_PRIVILEGE, RX.PRESCRIBER.COSIGN, RX.PRESCRIBER.SUSPENDED and
 * RX.PRESCRIBER.RESTRICTED: who may prescribe, alone or with a co-signature.
 */
class PrescriberRulesTest {
  private static final String NO_PRIVILEGE = "RX.PRESCRIBER.NO_PRIVILEGE";
  private static final String COSIGN = "RX.PRESCRIBER.COSIGN";
  private static final String SUSPENDED = "RX.PRESCRIBER.SUSPENDED";
  private static final String RESTRICTED = "RX.PRESCRIBER.RESTRICTED";
  private static final String AUTHOR = "A1";
  private static final String COSIGNER = "C1";

  /** A valid co-signer: a regular, granted physician registered here. */
  private static Practitioner validCosigner() {
    return physician(COSIGNER).build();
  }

  private static Verdict checkBy(Practitioner author, InstitutionLevel level, String cosignerId,
      Practitioner... others) {
    TestEngine engine = TestEngine.newBuilder()
        .practitioner(author)
        .practitioner(others)
        .drug(plain("ORAL"))
        .level(level);
    return check(engine,
        Fixtures.prescription(author.id(), Rx.item("ORAL")).cosignerId(cosignerId).build());
  }

  private static Verdict checkBy(Practitioner author, String cosignerId, Practitioner... others) {
    return checkBy(author, InstitutionLevel.TERTIARY, cosignerId, others);
  }

  // ------------------------------------------------------------------------------ NO_PRIVILEGE

  @Test
  void grantedRegularPhysicianRegisteredHerePrescribesAlone() {
    Verdict v = checkBy(physician(AUTHOR).build(), null);
    assertThat(v.findings()).isEmpty();
    assertDecision(v, Decision.ALLOW);
  }

  @Test
  void unknownPrescriberIsNoPrivilegeAndNotInputInvalid() {
    Verdict v = check(Rx.engine(plain("ORAL")),
        Fixtures.prescription("NOBODY", Rx.item("ORAL")).build());
    Finding f = single(v, NO_PRIVILEGE);
    assertThat(f.evidence()).containsEntry("prescriberId", "NOBODY")
        .containsEntry("reason", "UNKNOWN_PRESCRIBER");
    assertThat(f.item()).isEqualTo(Finding.NO_ITEM);
    onlyRules(v, NO_PRIVILEGE);
    assertDecision(v, Decision.BLOCK);
  }

  @ParameterizedTest
  @EnumSource(value = Profession.class, names = {"PHARMACIST", "NURSE", "OTHER"})
  void professionThatMayNotPrescribeIsNoPrivilege(Profession profession) {
    Practitioner p = Practitioner.newBuilder(AUTHOR, profession)
        .registeredHere(true).prescribing(PrescribingStatus.GRANTED).build();
    Verdict v = checkBy(p, null);
    Finding f = single(v, NO_PRIVILEGE);
    assertThat(f.evidence()).containsEntry("reason", "PROFESSION")
        .containsEntry("profession", profession.name())
        .containsEntry("prescriberId", AUTHOR);
    assertDecision(v, Decision.BLOCK);
  }

  @ParameterizedTest
  @EnumSource(value = InstitutionLevel.class)
  void physicianPrescribesAloneAtEveryLevel(InstitutionLevel level) {
    Verdict v = checkBy(physician(AUTHOR).build(), level, null);
    assertThat(v.findings()).isEmpty();
  }

  @Test
  void physicianNotRegisteredHereIsNoPrivilege() {
    Verdict v = checkBy(physician(AUTHOR).registeredHere(false).build(), null);
    assertThat(single(v, NO_PRIVILEGE).evidence()).containsEntry("reason", "NOT_REGISTERED_HERE");
    onlyRules(v, NO_PRIVILEGE);
  }

  @Test
  void regularPhysicianWithPrescribingNoneIsNoPrivilege() {
    Verdict v = checkBy(physician(AUTHOR).prescribing(PrescribingStatus.NONE).build(), null);
    assertThat(single(v, NO_PRIVILEGE).evidence())
        .containsEntry("reason", "NO_PRESCRIBING_RIGHT")
        .containsEntry("prescribing", "NONE");
    onlyRules(v, NO_PRIVILEGE);
  }

  @Test
  void prescribingNoneIsNotRescuedByACosignerTheAuthorDoesNotNeed() {
    // A regular physician needs no co-signature, so naming one does not supply the right.
    Verdict v = checkBy(physician(AUTHOR).prescribing(PrescribingStatus.NONE).build(),
        COSIGNER, validCosigner());
    assertThat(single(v, NO_PRIVILEGE).evidence()).containsEntry("reason", "NO_PRESCRIBING_RIGHT");
    none(v, COSIGN);
  }

  @ParameterizedTest
  @EnumSource(value = InstitutionLevel.class, names = {"TERTIARY", "SECONDARY"})
  void ruralDoctorOutsideAPrimaryInstitutionIsNoPrivilege(InstitutionLevel level) {
    Practitioner rural = Practitioner.newBuilder(AUTHOR, Profession.RURAL_DOCTOR)
        .registeredHere(true).prescribing(PrescribingStatus.GRANTED).build();
    Verdict v = checkBy(rural, level, null);
    assertThat(single(v, NO_PRIVILEGE).evidence())
        .containsEntry("reason", "RURAL_DOCTOR_OUTSIDE_PRIMARY");
    onlyRules(v, NO_PRIVILEGE);
  }

  @Test
  void ruralDoctorAtAPrimaryInstitutionPrescribesAlone() {
    Practitioner rural = Practitioner.newBuilder(AUTHOR, Profession.RURAL_DOCTOR)
        .registeredHere(true).prescribing(PrescribingStatus.GRANTED).build();
    assertThat(checkBy(rural, InstitutionLevel.PRIMARY, null).findings()).isEmpty();
  }

  @Test
  void grantedAssistantAtAPrimaryInstitutionPrescribesAloneWithoutCosigner() {
    Practitioner assistant = Practitioner.newBuilder(AUTHOR, Profession.ASSISTANT_PHYSICIAN)
        .registeredHere(true).prescribing(PrescribingStatus.GRANTED).build();
    assertThat(checkBy(assistant, InstitutionLevel.PRIMARY, null).findings()).isEmpty();
  }

  @Test
  void assistantWithPrescribingNoneAtAPrimaryInstitutionAloneIsNoPrivilege() {
    Practitioner assistant = Practitioner.newBuilder(AUTHOR, Profession.ASSISTANT_PHYSICIAN)
        .registeredHere(true).prescribing(PrescribingStatus.NONE).build();
    Verdict v = checkBy(assistant, InstitutionLevel.PRIMARY, null);
    single(v, NO_PRIVILEGE);
    none(v, COSIGN);
  }

  @ParameterizedTest(name = "co-signer valid: {0}")
  @CsvSource({"true, ", "false, " + "RX.PRESCRIBER.COSIGN"})
  void assistantWithoutAGrantedRightAtAPrimaryInstitutionPrescribesOnlyCoSigned(
      boolean valid, String expected) {
    Practitioner assistant = Practitioner.newBuilder(AUTHOR, Profession.ASSISTANT_PHYSICIAN)
        .registeredHere(true).prescribing(PrescribingStatus.NONE).build();
    Practitioner cosigner = valid ? validCosigner()
        : physician(COSIGNER).employment(Employment.VISITING).build();
    Verdict v = checkBy(assistant, InstitutionLevel.PRIMARY, COSIGNER, cosigner);
    none(v, NO_PRIVILEGE);
    if (expected == null) {
      assertThat(v.findings()).as("%s", v).isEmpty();
    } else {
      single(v, expected);
    }
  }

  /** Prescribers who need a co-signature (第八条、第十二条、第十三条), and where. */
  static Stream<Arguments> needsCosignature() {
    Practitioner.Builder assistant = Practitioner.newBuilder(AUTHOR, Profession.ASSISTANT_PHYSICIAN)
        .title(Title.JUNIOR).registeredHere(true).prescribing(PrescribingStatus.GRANTED);
    return Stream.of(
        Arguments.of("assistant at a tertiary hospital", assistant.build(),
            InstitutionLevel.TERTIARY),
        Arguments.of("assistant at a secondary hospital", assistant.build(),
            InstitutionLevel.SECONDARY),
        Arguments.of("physician on probation", physician(AUTHOR)
            .employment(Employment.PROBATION).build(), InstitutionLevel.TERTIARY),
        Arguments.of("assistant on probation at a primary institution", assistant
            .employment(Employment.PROBATION).build(), InstitutionLevel.PRIMARY),
        Arguments.of("visiting trainee without a granted right", physician(AUTHOR)
            .employment(Employment.VISITING).prescribing(PrescribingStatus.NONE).build(),
            InstitutionLevel.TERTIARY));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("needsCosignature")
  void prescriberWhoNeedsACosignatureAndNamesNoneIsNoPrivilegeNotCosign(
      String who, Practitioner author, InstitutionLevel level) {
    Verdict v = checkBy(author, level, null);
    Finding f = single(v, NO_PRIVILEGE);
    assertThat(f.evidence()).containsEntry("reason", "NO_COSIGNER");
    onlyRules(v, NO_PRIVILEGE);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("needsCosignature")
  void prescriberWhoNeedsACosignatureAndNamesAValidOneIsAllowed(
      String who, Practitioner author, InstitutionLevel level) {
    Verdict v = checkBy(author, level, COSIGNER, validCosigner());
    assertThat(v.findings()).as("%s", v).isEmpty();
  }

  @Test
  void blankCosignerIdCountsAsNoCosigner() {
    Practitioner assistant = Practitioner.newBuilder(AUTHOR, Profession.ASSISTANT_PHYSICIAN)
        .registeredHere(true).prescribing(PrescribingStatus.GRANTED).build();
    Verdict v = checkBy(assistant, "  ", validCosigner());
    assertThat(single(v, NO_PRIVILEGE).evidence()).containsEntry("reason", "NO_COSIGNER");
    none(v, COSIGN);
  }

  @Test
  void visitingTraineeWithAGrantedRightPrescribesAlone() {
    Practitioner trainee = physician(AUTHOR).employment(Employment.VISITING).build();
    assertThat(checkBy(trainee, null).findings()).isEmpty();
  }

  @Test
  void probationerWithPrescribingNoneAndAValidCosignerHasNoNoPrivilege() {
    Practitioner probationer = physician(AUTHOR).employment(Employment.PROBATION)
        .prescribing(PrescribingStatus.NONE).build();
    Verdict v = checkBy(probationer, COSIGNER, validCosigner());
    assertThat(v.findings()).as("%s", v).isEmpty();
  }

  @Test
  void disablingNoPrivilegeRemovesTheFinding() {
    Practitioner nurse = Practitioner.newBuilder(AUTHOR, Profession.NURSE)
        .registeredHere(true).prescribing(PrescribingStatus.GRANTED).build();
    TestEngine engine = TestEngine.newBuilder().practitioner(nurse).drug(plain("ORAL"))
        .policy(Rx.disabled(NO_PRIVILEGE));
    Verdict v = check(engine, Fixtures.prescription(AUTHOR, Rx.item("ORAL")).build());
    assertThat(v.findings()).isEmpty();
  }

  @Test
  void policySeverityForNoPrivilegeIsApplied() {
    TestEngine engine = Rx.engine(plain("ORAL")).policy(Rx.severity(NO_PRIVILEGE, Decision.REVIEW));
    Verdict v = check(engine, Fixtures.prescription("NOBODY", Rx.item("ORAL")).build());
    single(v, NO_PRIVILEGE, Decision.REVIEW);
    assertDecision(v, Decision.REVIEW);
  }

  // ------------------------------------------------------------------------------ COSIGN

  /** Co-signers who are not valid, with the reason the evidence gives. */
  static Stream<Arguments> invalidCosigners() {
    return Stream.of(
        Arguments.of("unknown", null, "UNKNOWN_COSIGNER"),
        Arguments.of("an assistant physician", Practitioner.newBuilder(COSIGNER,
            Profession.ASSISTANT_PHYSICIAN).registeredHere(true)
            .prescribing(PrescribingStatus.GRANTED).build(), "NOT_PHYSICIAN"),
        Arguments.of("a rural doctor", Practitioner.newBuilder(COSIGNER, Profession.RURAL_DOCTOR)
            .registeredHere(true).prescribing(PrescribingStatus.GRANTED).build(), "NOT_PHYSICIAN"),
        Arguments.of("a nurse", Practitioner.newBuilder(COSIGNER, Profession.NURSE)
            .registeredHere(true).prescribing(PrescribingStatus.GRANTED).build(), "NOT_PHYSICIAN"),
        Arguments.of("not registered here", physician(COSIGNER).registeredHere(false).build(),
            "NOT_REGISTERED_HERE"),
        Arguments.of("on probation", physician(COSIGNER).employment(Employment.PROBATION).build(),
            "NOT_REGULAR"),
        Arguments.of("a visiting trainee", physician(COSIGNER).employment(Employment.VISITING)
            .build(), "NOT_REGULAR"),
        Arguments.of("restricted", physician(COSIGNER).prescribing(PrescribingStatus.RESTRICTED)
            .build(), "NOT_GRANTED"),
        Arguments.of("suspended", physician(COSIGNER).prescribing(PrescribingStatus.SUSPENDED)
            .build(), "NOT_GRANTED"),
        Arguments.of("revoked", physician(COSIGNER).prescribing(PrescribingStatus.REVOKED)
            .build(), "NOT_GRANTED"),
        Arguments.of("without a prescribing right", physician(COSIGNER)
            .prescribing(PrescribingStatus.NONE).build(), "NOT_GRANTED"));
  }

  @ParameterizedTest(name = "co-signer {0}")
  @MethodSource("invalidCosigners")
  void assistantWithAnInvalidCosignerIsCosignNotNoPrivilege(
      String what, Practitioner cosigner, String reason) {
    Practitioner assistant = Practitioner.newBuilder(AUTHOR, Profession.ASSISTANT_PHYSICIAN)
        .registeredHere(true).prescribing(PrescribingStatus.GRANTED).build();
    Verdict v = cosigner == null
        ? checkBy(assistant, COSIGNER)
        : checkBy(assistant, COSIGNER, cosigner);
    Finding f = single(v, COSIGN);
    assertThat(f.evidence()).containsEntry("cosignerId", COSIGNER)
        .containsEntry("prescriberId", AUTHOR)
        .containsEntry("reason", reason);
    onlyRules(v, COSIGN);
    assertDecision(v, Decision.BLOCK);
  }

  @Test
  void prescriberCannotCosignTheirOwnPrescription() {
    Practitioner probationer = physician(AUTHOR).employment(Employment.PROBATION).build();
    Verdict v = checkBy(probationer, AUTHOR);
    assertThat(single(v, COSIGN).evidence()).containsEntry("reason", "SAME_AS_PRESCRIBER");
    none(v, NO_PRIVILEGE);
  }

  @Test
  void cosignerOfAnyTitleWhoIsAValidPhysicianIsValid() {
    Practitioner assistant = Practitioner.newBuilder(AUTHOR, Profession.ASSISTANT_PHYSICIAN)
        .registeredHere(true).prescribing(PrescribingStatus.GRANTED).build();
    Practitioner juniorCosigner = physician(COSIGNER).title(Title.JUNIOR).build();
    assertThat(checkBy(assistant, COSIGNER, juniorCosigner).findings()).isEmpty();
  }

  @Test
  void prescribingNoneWithAnInvalidCosignerGivesCosignAndNeverBoth() {
    Practitioner probationer = physician(AUTHOR).employment(Employment.PROBATION)
        .prescribing(PrescribingStatus.NONE).build();
    Verdict v = checkBy(probationer, COSIGNER,
        physician(COSIGNER).prescribing(PrescribingStatus.SUSPENDED).build());
    single(v, COSIGN);
    none(v, NO_PRIVILEGE);
  }

  @Test
  void prescriberWhoCannotPrescribeAtAllGetsNoPrivilegeOnlyEvenWithAnInvalidCosigner() {
    Practitioner nurseOnProbation = Practitioner.newBuilder(AUTHOR, Profession.NURSE)
        .registeredHere(true).employment(Employment.PROBATION)
        .prescribing(PrescribingStatus.GRANTED).build();
    Verdict v = checkBy(nurseOnProbation, COSIGNER,
        physician(COSIGNER).registeredHere(false).build());
    assertThat(single(v, NO_PRIVILEGE).evidence()).containsEntry("reason", "PROFESSION");
    none(v, COSIGN);
  }

  @Test
  void cosignerNamedWhereNoneIsNeededIsNotJudged() {
    // A regular physician names an invalid co-signer: no co-signature is needed, so no COSIGN.
    Verdict v = checkBy(physician(AUTHOR).build(), COSIGNER,
        physician(COSIGNER).registeredHere(false).build());
    assertThat(v.findings()).as("%s", v).isEmpty();
  }

  @Test
  void disablingCosignRemovesTheFindingWithoutTurningItIntoNoPrivilege() {
    Practitioner assistant = Practitioner.newBuilder(AUTHOR, Profession.ASSISTANT_PHYSICIAN)
        .registeredHere(true).prescribing(PrescribingStatus.GRANTED).build();
    TestEngine engine = TestEngine.newBuilder().practitioner(assistant).drug(plain("ORAL"))
        .policy(Rx.disabled(COSIGN));
    Verdict v = check(engine,
        Fixtures.prescription(AUTHOR, Rx.item("ORAL")).cosignerId("NOBODY").build());
    assertThat(v.findings()).isEmpty();
  }

  // ------------------------------------------------------------------------------ status

  @ParameterizedTest
  @EnumSource(value = PrescribingStatus.class, names = {"SUSPENDED", "REVOKED"})
  void suspendedOrRevokedRightIsSuspended(PrescribingStatus status) {
    Verdict v = checkBy(physician(AUTHOR).prescribing(status).build(), null);
    Finding f = single(v, SUSPENDED);
    assertThat(f.evidence()).containsEntry("prescribing", status.name())
        .containsEntry("prescriberId", AUTHOR);
    onlyRules(v, SUSPENDED);
    assertDecision(v, Decision.BLOCK);
  }

  @Test
  void restrictedRightGoesToAPharmacistForReview() {
    Verdict v = checkBy(physician(AUTHOR).prescribing(PrescribingStatus.RESTRICTED).build(), null);
    Finding f = single(v, RESTRICTED, Decision.REVIEW);
    assertThat(f.evidence()).containsEntry("prescribing", "RESTRICTED");
    onlyRules(v, RESTRICTED);
    assertDecision(v, Decision.REVIEW);
  }

  @Test
  void policySeverityForRestrictedIsApplied() {
    Practitioner p = physician(AUTHOR).prescribing(PrescribingStatus.RESTRICTED).build();
    TestEngine engine = TestEngine.newBuilder().practitioner(p).drug(plain("ORAL"))
        .policy(Rx.severity(RESTRICTED, Decision.WARN));
    Verdict v = check(engine, Fixtures.prescription(AUTHOR, Rx.item("ORAL")).build());
    single(v, RESTRICTED, Decision.WARN);
    assertDecision(v, Decision.WARN);
  }

  @Test
  void disablingSuspendedRemovesTheFinding() {
    Practitioner p = physician(AUTHOR).prescribing(PrescribingStatus.REVOKED).build();
    TestEngine engine = TestEngine.newBuilder().practitioner(p).drug(plain("ORAL"))
        .policy(Rx.disabled(SUSPENDED));
    Verdict v = check(engine, Fixtures.prescription(AUTHOR, Rx.item("ORAL")).build());
    assertThat(v.findings()).isEmpty();
  }
}
