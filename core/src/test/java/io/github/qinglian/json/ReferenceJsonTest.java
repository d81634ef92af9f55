package io.github.qinglian.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.qinglian.ConfigProblem;
import io.github.qinglian.ConfigurationException;
import io.github.qinglian.model.AntibioticTier;
import io.github.qinglian.model.AntitumorTier;
import io.github.qinglian.model.ControlClass;
import io.github.qinglian.model.Drug;
import io.github.qinglian.model.DrugCategory;
import io.github.qinglian.model.DrugForm;
import io.github.qinglian.model.Employment;
import io.github.qinglian.model.Practitioner;
import io.github.qinglian.model.PrescribingStatus;
import io.github.qinglian.model.Profession;
import io.github.qinglian.model.SpecialRule;
import io.github.qinglian.model.Title;
import io.github.qinglian.reference.ReferenceData;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reference data in the wire format's prescription shape (wire-format.md, "prescription"). */
class ReferenceJsonTest {
  static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  static final String D001 = "{'id': 'D001', 'name': '张明远', 'departmentId': 'INTERNAL',"
      + " 'profession': 'PHYSICIAN', 'title': 'SENIOR', 'registeredHere': true,"
      + " 'employment': 'REGULAR', 'prescribing': 'GRANTED', 'antibioticPrivilege': 'SPECIAL',"
      + " 'antitumorPrivilege': 'GENERAL', 'narcoticPrivilege': true,"
      + " 'independentPracticeYears': 22, 'internetPractice': true}";

  static final String CEFTRIAXONE = "{'code': 'J01DD04-INJ-1G', 'genericName': '注射用头孢曲松钠',"
      + " 'category': 'WESTERN', 'form': 'INJECTION', 'antibioticTier': 'RESTRICTED',"
      + " 'antitumorTier': null, 'control': 'NONE', 'specialRule': 'NONE',"
      + " 'keyMonitored': false, 'inFormulary': true, 'unitPrice': 12.5}";

  /** A drug record with {@code field} set to the JSON value {@code value}. */
  static String drugWith(String field, String value) {
    return "{\"drugs\": [" + record(
        json("{'code': 'X1', 'category': 'WESTERN', 'form': 'ORAL', 'unitPrice': 1.5}"),
        field, value) + "]}";
  }

  /** {@code base} (a JSON object) with {@code field} set to the JSON value {@code value}. */
  static String record(String base, String field, String value) {
    try {
      com.fasterxml.jackson.databind.node.ObjectNode o =
          (com.fasterxml.jackson.databind.node.ObjectNode) FixtureTest.MAPPER.readTree(base);
      o.set(field, FixtureTest.MAPPER.readTree(value));
      return o.toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static List<String> pointers(String reference) {
    ConfigurationException e =
        catchThrowableOfType(ConfigurationException.class, () -> ReferenceJson.read(reference));
    assertThat(e).as("reference data %s must be rejected", reference).isNotNull();
    return e.problems().stream().map(ConfigProblem::pointer).collect(Collectors.toList());
  }

  @Test
  void readsTheRecordsOfTheContract() {
    ReferenceData ref = ReferenceJson.read(json(
        "{'practitioners': [" + D001 + "], 'drugs': [" + CEFTRIAXONE + "]}"));

    Practitioner p = ref.practitioners().find("D001");
    assertThat(p).isNotNull();
    assertThat(p.profession()).isEqualTo(Profession.PHYSICIAN);
    assertThat(p.title()).isEqualTo(Title.SENIOR);
    assertThat(p.registeredHere()).isTrue();
    assertThat(p.employment()).isEqualTo(Employment.REGULAR);
    assertThat(p.prescribing()).isEqualTo(PrescribingStatus.GRANTED);
    assertThat(p.antibioticPrivilege()).isEqualTo(AntibioticTier.SPECIAL);
    assertThat(p.antitumorPrivilege()).isEqualTo(AntitumorTier.GENERAL);
    assertThat(p.narcoticPrivilege()).isTrue();
    assertThat(p.independentPracticeYears()).isEqualTo(22);
    assertThat(p.internetPractice()).isTrue();

    Drug d = ref.drugs().find("J01DD04-INJ-1G");
    assertThat(d).isNotNull();
    assertThat(d.category()).isEqualTo(DrugCategory.WESTERN);
    assertThat(d.form()).isEqualTo(DrugForm.INJECTION);
    assertThat(d.antibioticTier()).isEqualTo(AntibioticTier.RESTRICTED);
    assertThat(d.antitumorTier()).isNull();
    assertThat(d.control()).isEqualTo(ControlClass.NONE);
    assertThat(d.specialRule()).isEqualTo(SpecialRule.NONE);
    assertThat(d.inFormulary()).isTrue();
    assertThat(d.unitPrice()).isEqualByComparingTo("12.5");

    assertThat(ref.practitioners().find("D002")).isNull();
    assertThat(ref.drugs().find("J01DD04")).isNull();
  }

  @Test
  void readsTheBundledSampleHospital() {
    ReferenceData ref = ReferenceJson.read(Paths.get("../docs/samples/hospital/reference.json"));
    assertThat(ref.practitioners().find("D001")).isNotNull();
    assertThat(ref.drugs().find("J01DD04-INJ-1G")).isNotNull();
  }

  @Test
  void missingRequiredFieldsAreAllListed() {
    assertThat(pointers(json("{'practitioners': ["
        + "  {'name': 'no id', 'profession': 'PHYSICIAN'},"
        + "  {'id': 'D2'}"
        + "], 'drugs': ["
        + "  {'genericName': 'nothing else'}"
        + "]}"))).containsExactlyInAnyOrder(
            "/practitioners/0/id",
            "/practitioners/1/profession",
            "/drugs/0/code",
            "/drugs/0/category",
            "/drugs/0/form",
            "/drugs/0/unitPrice");
  }

  @Test
  void duplicateIdsAndCodesAreRejected() {
    assertThat(pointers(json("{'practitioners': [" + D001 + ", " + D001 + "],"
        + " 'drugs': [" + CEFTRIAXONE + ", " + CEFTRIAXONE + "]}")))
        .containsExactlyInAnyOrder("/practitioners/1/id", "/drugs/1/code");
  }

  @Test
  void duplicateKeysInOneRecordAreRejected() {
    assertThat(pointers(json("{'drugs': [{'code': 'A', 'code': 'B', 'category': 'WESTERN',"
        + " 'form': 'ORAL', 'unitPrice': 1}]}"))).containsExactly("");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
    "antibioticTier | 'NONE'",
    "antitumorTier  | 'NONE'",
    "antibioticTier | 'TOP'",
    "category       | 'HERBAL'",
    "form           | 'TABLET'",
    "control        | 'SECRET'",
    "specialRule    | 'MORPHINE'",
    "keyMonitored   | 'yes'",
    "inFormulary    | 1",
    "unitPrice      | 0",
    "unitPrice      | -3.2",
    "unitPrice      | 12.34567",
    "unitPrice      | 0.00001",
    "unitPrice      | '12.5'",
    "unitPrice      | 100000000.01",
  })
  void aBadDrugFieldIsNamed(String field, String value) {
    assertThat(pointers(drugWith(field, value.replace('\'', '"'))))
        .containsExactly("/drugs/0/" + field);
  }

  @Test
  void noneIsNotADrugTier() {
    ConfigurationException e = catchThrowableOfType(ConfigurationException.class,
        () -> ReferenceJson.read(drugWith("antibioticTier", "\"NONE\"")));
    assertThat(e.problems()).singleElement()
        .satisfies(p -> assertThat(p.reason()).contains("NONE"));
  }

  @Test
  void aPriceWithFiveDecimalsSaysSo() {
    ConfigurationException e = catchThrowableOfType(ConfigurationException.class,
        () -> ReferenceJson.read(drugWith("unitPrice", "12.34567")));
    assertThat(e.problems()).singleElement()
        .satisfies(p -> assertThat(p.reason()).contains("4 decimals"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.0001", "12.3456", "12.5", "12", "100000000"})
  void pricesWithUpToFourDecimalsAreAccepted(String price) {
    ReferenceData ref = ReferenceJson.read(drugWith("unitPrice", price));
    assertThat(ref.drugs().find("X1").unitPrice()).isEqualByComparingTo(price);
  }

  /** Reading pinned here: "more than 4 decimals" counts significant decimals, not digits written. */
  @Test
  void trailingZerosDoNotCountAsDecimals() {
    ReferenceData ref = ReferenceJson.read(drugWith("unitPrice", "12.50000"));
    assertThat(ref.drugs().find("X1").unitPrice()).isEqualByComparingTo("12.5");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
    "profession               | 'DOCTOR'",
    "title                    | 'PROFESSOR'",
    "employment               | 'INTERN'",
    "prescribing              | 'YES'",
    "antibioticPrivilege      | 'ALL'",
    "antitumorPrivilege       | 'SPECIAL'",
    "registeredHere           | 'yes'",
    "narcoticPrivilege        | 0",
    "independentPracticeYears | -1",
    "independentPracticeYears | 2.5",
    "independentPracticeYears | 'ten'",
    "id                       | 42",
    "id                       | ''",
  })
  void aBadPractitionerFieldIsNamed(String field, String value) {
    String record = record(json("{'id': 'D9', 'profession': 'PHYSICIAN'}"), field,
        value.replace('\'', '"'));
    assertThat(pointers("{\"practitioners\": [" + record + "]}"))
        .containsExactly("/practitioners/0/" + field);
  }

  @Test
  void recordsThatAreNotObjectsAndListsThatAreNotArraysAreNamed() {
    assertThat(pointers(json("{'practitioners': ['D001', null], 'drugs': 'none'}")))
        .containsOnly("/practitioners/0", "/practitioners/1", "/drugs");
  }

  @Test
  void eachProblemIsListedOnce() {
    assertThat(pointers(json("{'practitioners': ['D001'], 'drugs': [7]}")))
        .containsExactly("/practitioners/0", "/drugs/0");
  }

  @Test
  void onlyWhatIsGivenIsRequired() {
    ReferenceData ref = ReferenceJson.read(json(
        "{'practitioners': [{'id': 'D9', 'profession': 'NURSE'}],"
            + " 'drugs': [{'code': 'X1', 'category': 'WESTERN', 'form': 'ORAL',"
            + " 'unitPrice': 1}]}"));
    Practitioner p = ref.practitioners().find("D9");
    assertThat(p.registeredHere()).isFalse();
    assertThat(p.prescribing()).isEqualTo(PrescribingStatus.NONE);
    assertThat(p.antibioticPrivilege()).isEqualTo(AntibioticTier.NONE);
    assertThat(p.narcoticPrivilege()).isFalse();
    Drug d = ref.drugs().find("X1");
    assertThat(d.antibioticTier()).isNull();
    assertThat(d.control()).isEqualTo(ControlClass.NONE);
    assertThat(d.keyMonitored()).isFalse();
    assertThat(d.inFormulary()).isTrue();
  }

  @Test
  void unknownFieldsAndOtherKindsSectionsAreNotErrors() {
    ReferenceData ref = ReferenceJson.read(json("{'practitioners': [{'id': 'D9',"
        + " 'profession': 'PHYSICIAN', 'pager': '1234'}],"
        + " 'drugs': [{'code': 'X1', 'category': 'WESTERN', 'form': 'ORAL', 'unitPrice': 1,"
        + " 'barcode': '690'}],"
        + " 'approvals': [], 'suppliers': [], 'hospitalLogo': 'x.png'}"));
    assertThat(ref.practitioners().find("D9")).isNotNull();
    assertThat(ref.drugs().find("X1")).isNotNull();
  }

  @Test
  void anEmptyDocumentHasNoRecords() {
    ReferenceData ref = ReferenceJson.read("{}");
    assertThat(ref.practitioners().find("D001")).isNull();
    assertThat(ref.drugs().find("X1")).isNull();
  }

  @Test
  void textThatIsNotJsonIsRejectedAsAWhole() {
    assertThat(pointers("{'practitioners': [")).containsExactly("");
  }

  @Test
  void writingAndReadingBackGivesEqualRecords(@TempDir Path dir) throws Exception {
    Practitioner full = ModelJson.readPractitioner(FixtureTest.MAPPER.readTree(json(D001)));
    Practitioner bare = Practitioner.newBuilder("N1", Profession.NURSE).build();
    Drug drug = ModelJson.readDrug(FixtureTest.MAPPER.readTree(json(CEFTRIAXONE)));
    Drug herbal = Drug.newBuilder("ZYYP-HUANGQI", DrugCategory.HERBAL_PIECES, DrugForm.OTHER,
        new BigDecimal("0.1234")).build();

    String written = ReferenceJson.toJson(List.of(full, bare), List.of(drug, herbal)).toString();
    Path file = dir.resolve("reference.json");
    Files.write(file, written.getBytes(StandardCharsets.UTF_8));
    ReferenceData back = ReferenceJson.read(file);

    assertThat(back.practitioners().find("D001")).isEqualTo(full);
    assertThat(back.practitioners().find("N1")).isEqualTo(bare);
    assertThat(back.drugs().find("J01DD04-INJ-1G")).isEqualTo(drug);
    assertThat(back.drugs().find("ZYYP-HUANGQI")).isEqualTo(herbal);
  }
}
