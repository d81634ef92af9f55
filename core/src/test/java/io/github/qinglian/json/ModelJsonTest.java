package io.github.qinglian.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.qinglian.ConfigProblem;
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
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The model's wire form: writing then reading gives an equal value (ModelJson). */
class ModelJsonTest {
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  static JsonNode tree(String singleQuoted) throws IOException {
    return FixtureTest.MAPPER.readTree(singleQuoted.replace('\'', '"'));
  }

  /** Writes to text and parses again, as a non-Java HIS would receive it. */
  static JsonNode overTheWire(JsonNode written) throws IOException {
    return FixtureTest.MAPPER.readTree(written.toString());
  }

  static List<String> pointers(ConfigurationException e) {
    return e.problems().stream().map(ConfigProblem::pointer).collect(Collectors.toList());
  }

  @Nested
  class Practitioners {
    @Test
    void everyFieldSetSurvivesTheRoundTrip() throws IOException {
      Practitioner p = Practitioner.newBuilder("D001", Profession.ASSISTANT_PHYSICIAN)
          .name("张明远")
          .departmentId("INTERNAL")
          .title(Title.INTERMEDIATE)
          .registeredHere(true)
          .employment(Employment.VISITING)
          .prescribing(PrescribingStatus.RESTRICTED)
          .antibioticPrivilege(AntibioticTier.RESTRICTED)
          .antitumorPrivilege(AntitumorTier.GENERAL)
          .narcoticPrivilege(true)
          .independentPracticeYears(6)
          .internetPractice(true)
          .build();
      JsonNode written = overTheWire(ModelJson.toJson(p));

      assertThat(ModelJson.readPractitioner(written)).isEqualTo(p);
      assertThat(written.path("profession").asText()).isEqualTo("ASSISTANT_PHYSICIAN");
      assertThat(written.path("employment").asText()).isEqualTo("VISITING");
      assertThat(written.path("independentPracticeYears").intValue()).isEqualTo(6);
    }

    @Test
    void nullsSurviveTheRoundTrip() throws IOException {
      Practitioner p = Practitioner.newBuilder("N001", Profession.NURSE).build();
      JsonNode written = overTheWire(ModelJson.toJson(p));

      assertThat(ModelJson.readPractitioner(written)).isEqualTo(p);
      assertThat(written.get("name").isNull()).isTrue();
      assertThat(written.get("departmentId").isNull()).isTrue();
    }

    @Test
    void everyProblemOfARecordIsListed() throws IOException {
      ConfigurationException e = catchThrowableOfType(ConfigurationException.class,
          () -> ModelJson.readPractitioner(tree(
              "{'name': 'x', 'title': 'BOSS', 'independentPracticeYears': -2}")));
      assertThat(pointers(e)).containsExactlyInAnyOrder(
          "/id", "/profession", "/title", "/independentPracticeYears");
    }

    @Test
    void aRecordThatIsNotAnObjectIsRejected() throws IOException {
      ConfigurationException e = catchThrowableOfType(ConfigurationException.class,
          () -> ModelJson.readPractitioner(tree("'D001'")));
      assertThat(pointers(e)).contains("");
    }
  }

  @Nested
  class Drugs {
    @Test
    void everyFieldSetSurvivesTheRoundTrip() throws IOException {
      Drug d = Drug.newBuilder("N02AB02-INJ-50", DrugCategory.WESTERN, DrugForm.INJECTION,
              new BigDecimal("2.8050"))
          .genericName("盐酸哌替啶注射液")
          .antibioticTier(AntibioticTier.SPECIAL)
          .antitumorTier(AntitumorTier.RESTRICTED)
          .control(ControlClass.NARCOTIC)
          .specialRule(SpecialRule.PETHIDINE)
          .keyMonitored(true)
          .inFormulary(false)
          .build();
      JsonNode written = overTheWire(ModelJson.toJson(d));

      assertThat(ModelJson.readDrug(written)).isEqualTo(d);
      assertThat(written.path("unitPrice").isNumber()).as("money is a JSON number").isTrue();
      assertThat(written.path("unitPrice").decimalValue()).isEqualByComparingTo("2.805");
    }

    @Test
    void nullsSurviveTheRoundTrip() throws IOException {
      Drug d = Drug.newBuilder("ZYYP-HUANGQI", DrugCategory.HERBAL_PIECES, DrugForm.OTHER,
          new BigDecimal("0.12")).build();
      JsonNode written = overTheWire(ModelJson.toJson(d));

      assertThat(ModelJson.readDrug(written)).isEqualTo(d);
      assertThat(written.get("genericName").isNull()).isTrue();
      assertThat(written.get("antibioticTier").isNull()).isTrue();
      assertThat(written.get("antitumorTier").isNull()).isTrue();
    }

    @Test
    void everyProblemOfARecordIsListed() throws IOException {
      ConfigurationException e = catchThrowableOfType(ConfigurationException.class,
          () -> ModelJson.readDrug(tree("{'code': 'X', 'category': 'WESTERN', 'form': 'ORAL',"
              + " 'antibioticTier': 'NONE', 'antitumorTier': 'NONE', 'unitPrice': 1.23456}")));
      assertThat(pointers(e)).containsExactlyInAnyOrder(
          "/antibioticTier", "/antitumorTier", "/unitPrice");
    }

    @Test
    void zeroAndNegativePricesAreRejected() throws IOException {
      for (String price : new String[] {"0", "0.0", "-0.01", "-12"}) {
        ConfigurationException e = catchThrowableOfType(ConfigurationException.class,
            () -> ModelJson.readDrug(tree("{'code': 'X', 'category': 'WESTERN', 'form': 'ORAL',"
                + " 'unitPrice': " + price + "}")));
        assertThat(e).as(price).isNotNull();
        assertThat(pointers(e)).as(price).containsExactly("/unitPrice");
      }
    }
  }

  @Nested
  class Prescriptions {
    Prescription full() {
      return Prescription.newBuilder()
          .id("RX-1")
          .setting(Setting.INPATIENT)
          .issuedAt(Instant.parse("2026-11-24T01:20:00Z"))
          .dispensedAt(Instant.parse("2026-11-24T02:00:00Z"))
          .prescriberId("D012")
          .cosignerId("D003")
          .patient(Patient.newBuilder()
              .id("P-889")
              .ageYears(42)
              .practitionerId("D020")
              .firstVisit(true)
              .guardianPresent(true)
              .condition(Condition.CANCER_PAIN)
              .condition(Condition.CHRONIC_DISEASE)
              .build())
          .addItem(PrescriptionItem.newBuilder()
              .drugCode("J01DH51-INJ-500")
              .quantity(new BigDecimal("2.5"))
              .doses(2)
              .daysSupply(1)
              .onSite(true)
              .build())
          .addItem(PrescriptionItem.newBuilder()
              .drugCode("ZYYP-HUANGQI")
              .quantity(new BigDecimal("105.1234"))
              .doses(7)
              .daysSupply(7)
              .build())
          .justification("重症感染")
          .longTerm(true)
          .consultationId("CONS-1")
          .emergencyOverride(EmergencyOverride.of("抢救",
              Instant.parse("2026-11-24T01:00:00Z"), Instant.parse("2026-11-24T12:00:00Z")))
          .build();
    }

    @Test
    void everyFieldSetSurvivesTheRoundTrip() throws IOException {
      Prescription rx = full();
      JsonNode written = overTheWire(ModelJson.toJson(rx, SHANGHAI));

      assertThat(ModelJson.readPrescription(written)).isEqualTo(rx);
    }

    @Test
    void instantsAreWrittenWithTheZonesOffset() throws IOException {
      JsonNode written = overTheWire(ModelJson.toJson(full(), SHANGHAI));

      assertThat(written.path("issuedAt").asText()).isEqualTo("2026-11-24T09:20:00+08:00");
      assertThat(written.path("dispensedAt").asText()).isEqualTo("2026-11-24T10:00:00+08:00");
      assertThat(written.path("emergencyOverride").path("at").asText())
          .isEqualTo("2026-11-24T09:00:00+08:00");
      assertThat(written.path("emergencyOverride").path("completedAt").asText())
          .isEqualTo("2026-11-24T20:00:00+08:00");
      assertThat(written.path("setting").asText()).isEqualTo("INPATIENT");
      assertThat(written.path("patient").path("conditions").toString())
          .contains("CANCER_PAIN").contains("CHRONIC_DISEASE");
      assertThat(written.path("items").path(0).path("quantity").isNumber()).isTrue();
    }

    @Test
    void anEmptyPrescriptionSurvivesTheRoundTrip() throws IOException {
      Prescription rx = Prescription.newBuilder().build();
      JsonNode written = overTheWire(ModelJson.toJson(rx, SHANGHAI));

      Prescription back = ModelJson.readPrescription(written);
      assertThat(back).isEqualTo(rx);
      assertThat(back.patient()).isNull();
      assertThat(back.items()).isEmpty();
      assertThat(back.emergencyOverride()).isNull();
    }

    @Test
    void nullFieldsInsideSurviveTheRoundTrip() throws IOException {
      Prescription rx = Prescription.newBuilder()
          .id("RX-2")
          .setting(Setting.OUTPATIENT)
          .patient(Patient.newBuilder().build())
          .addItem(PrescriptionItem.newBuilder().build())
          .emergencyOverride(EmergencyOverride.of(null, null, null))
          .build();
      JsonNode written = overTheWire(ModelJson.toJson(rx, SHANGHAI));

      assertThat(ModelJson.readPrescription(written)).isEqualTo(rx);
    }

    @Test
    void aNullItemKeepsItsPlaceAndTheLaterItemsTheirIndexes() throws IOException {
      PrescriptionItem second = PrescriptionItem.newBuilder().drugCode("A02BC01-CAP-20")
          .quantity(7).daysSupply(7).build();
      Prescription rx = Prescription.newBuilder()
          .id("RX-3")
          .addItem(PrescriptionItem.newBuilder().drugCode("J01CA04-CAP-250").quantity(42)
              .daysSupply(7).build())
          .addItem(null)
          .addItem(second)
          .build();
      JsonNode written = overTheWire(ModelJson.toJson(rx, SHANGHAI));

      assertThat(written.path("items").size()).isEqualTo(3);
      assertThat(written.path("items").get(1).isNull()).isTrue();
      Prescription back = ModelJson.readPrescription(written);
      assertThat(back).isEqualTo(rx);
      assertThat(back.items().get(1).isMissing()).isTrue();
      assertThat(back.items().get(2)).isEqualTo(second);
    }

    @Test
    void shapeErrorsAreAllListed() throws IOException {
      ConfigurationException e = catchThrowableOfType(ConfigurationException.class,
          () -> ModelJson.readPrescription(tree("{"
              + "'setting': 'CLINIC',"
              + "'issuedAt': '2026-11-24T09:20:00',"
              + "'longTerm': 'no',"
              + "'patient': {'ageYears': 'forty', 'conditions': ['FLU']},"
              + "'items': [{'drugCode': 42, 'quantity': 'abc', 'daysSupply': 1.5}],"
              + "'emergencyOverride': {'at': 'yesterday'}"
              + "}")));
      assertThat(pointers(e)).containsExactlyInAnyOrder(
          "/setting",
          "/issuedAt",
          "/longTerm",
          "/patient/ageYears",
          "/patient/conditions/0",
          "/items/0/drugCode",
          "/items/0/quantity",
          "/items/0/daysSupply",
          "/emergencyOverride/at");
    }

    @Test
    void itemsThatAreNotAnArrayAreAShapeError() throws IOException {
      ConfigurationException e = catchThrowableOfType(ConfigurationException.class,
          () -> ModelJson.readPrescription(tree("{'items': {'drugCode': 'X'}}")));
      assertThat(pointers(e)).containsExactly("/items");
    }

    @Test
    void valuesTheCheckerJudgesAreKeptNotRejected() throws IOException {
      Prescription rx = ModelJson.readPrescription(tree("{"
          + "'items': [{'drugCode': 'X', 'quantity': 0, 'doses': -1, 'daysSupply': 0}]"
          + "}"));
      PrescriptionItem item = rx.items().get(0);
      assertThat(item.quantity()).isEqualByComparingTo("0");
      assertThat(item.doses()).isEqualTo(-1);
      assertThat(item.daysSupply()).isZero();
      assertThat(rx.prescriberId()).isNull();
    }

    @Test
    void aNumericPatientIdIsReadAsText() throws IOException {
      Prescription rx = ModelJson.readPrescription(tree("{'patient': {'id': 889}}"));
      assertThat(rx.patient().id()).isEqualTo("889");
    }

    @Test
    void theWrittenSubjectHasTheContractsFieldNames() throws IOException {
      ObjectNode written = ModelJson.toJson(full(), SHANGHAI);
      assertThat(iterable(written.fieldNames())).containsExactlyInAnyOrder(
          "id", "setting", "issuedAt", "dispensedAt", "prescriberId", "cosignerId", "patient",
          "items", "justification", "longTerm", "consultationId", "emergencyOverride");
      assertThat(iterable(written.get("patient").fieldNames())).containsExactlyInAnyOrder(
          "id", "ageYears", "practitionerId", "firstVisit", "guardianPresent", "conditions");
      assertThat(iterable(written.get("items").get(0).fieldNames())).containsExactlyInAnyOrder(
          "drugCode", "quantity", "doses", "daysSupply", "onSite");
      assertThat(iterable(written.get("emergencyOverride").fieldNames()))
          .containsExactlyInAnyOrder("reason", "at", "completedAt");
    }

    private List<String> iterable(java.util.Iterator<String> it) {
      List<String> out = new java.util.ArrayList<>();
      it.forEachRemaining(out::add);
      return out;
    }
  }

  @Test
  void theWrittenRecordsHaveTheContractsFieldNames() {
    Practitioner p = Practitioner.newBuilder("D1", Profession.PHYSICIAN).build();
    List<String> pf = new java.util.ArrayList<>();
    ModelJson.toJson(p).fieldNames().forEachRemaining(pf::add);
    assertThat(pf).containsExactlyInAnyOrder("id", "name", "departmentId", "profession", "title",
        "registeredHere", "employment", "prescribing", "antibioticPrivilege",
        "antitumorPrivilege", "narcoticPrivilege", "independentPracticeYears",
        "internetPractice");

    Drug d = Drug.newBuilder("X", DrugCategory.WESTERN, DrugForm.ORAL, BigDecimal.ONE).build();
    List<String> df = new java.util.ArrayList<>();
    ModelJson.toJson(d).fieldNames().forEachRemaining(df::add);
    assertThat(df).containsExactlyInAnyOrder("code", "genericName", "category", "form",
        "antibioticTier", "antitumorTier", "control", "specialRule", "keyMonitored",
        "inFormulary", "unitPrice");
  }
}
