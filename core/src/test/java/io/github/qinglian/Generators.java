package io.github.qinglian;

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
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators for the model: realistic values mixed with nulls and nonsense. */
final class Generators {
  /** Drug codes the generated reference data knows; "UNKNOWN" is never in it. */
  static final List<String> CODES = new ArrayList<>();

  private Generators() {}

  static Arbitrary<Instant> instants(boolean extreme) {
    long lo = extreme ? Instant.parse("0001-01-01T00:00:00Z").getEpochSecond()
        : Instant.parse("1990-01-01T00:00:00Z").getEpochSecond();
    long hi = extreme ? Instant.parse("9999-12-31T23:59:59Z").getEpochSecond()
        : Instant.parse("2090-01-01T00:00:00Z").getEpochSecond();
    return Arbitraries.longs().between(lo, hi).map(Instant::ofEpochSecond);
  }

  static Arbitrary<String> ids() {
    return Arbitraries.of("D1", "D2", "D3", "D4", "D5", "D6");
  }

  static Arbitrary<Practitioner> practitioners(String id) {
    Arbitrary<Practitioner.Builder> base =
        Combinators.combine(
                Arbitraries.of(Profession.class),
                Arbitraries.of(Title.class),
                Arbitraries.of(true, true, false),
                Arbitraries.of(Employment.class),
                Arbitraries.of(PrescribingStatus.class),
                Arbitraries.of(AntibioticTier.class),
                Arbitraries.of(AntitumorTier.class),
                Arbitraries.of(true, false))
            .as(
                (prof, title, reg, emp, rx, abx, tum, narc) ->
                    Practitioner.newBuilder(id, prof)
                        .title(title)
                        .registeredHere(reg)
                        .employment(emp)
                        .prescribing(rx)
                        .antibioticPrivilege(abx)
                        .antitumorPrivilege(tum)
                        .narcoticPrivilege(narc));
    return Combinators.combine(base, Arbitraries.integers().between(0, 40), Arbitraries.of(true,
            false))
        .as((b, years, internet) -> b.independentPracticeYears(years).internetPractice(internet)
            .build());
  }

  static Arbitrary<Drug> drugs(String code) {
    Arbitrary<AntibioticTier> abx =
        Arbitraries.of(AntibioticTier.UNRESTRICTED, AntibioticTier.RESTRICTED,
            AntibioticTier.SPECIAL).injectNull(0.6);
    Arbitrary<AntitumorTier> tum =
        Arbitraries.of(AntitumorTier.GENERAL, AntitumorTier.RESTRICTED).injectNull(0.8);
    Arbitrary<BigDecimal> price =
        Arbitraries.bigDecimals().between(new BigDecimal("0.0001"), new BigDecimal("5000"))
            .ofScale(4);
    return Combinators.combine(
            Arbitraries.of(DrugCategory.class),
            Arbitraries.of(DrugForm.class),
            abx,
            tum,
            Arbitraries.of(ControlClass.class),
            Arbitraries.of(SpecialRule.class),
            Arbitraries.of(true, false),
            Arbitraries.of(true, true, false))
        .flatAs(
            (cat, form, a, t, control, special, key, formulary) ->
                price.map(
                    p ->
                        Drug.newBuilder(code, cat, form, p)
                            .antibioticTier(a)
                            .antitumorTier(t)
                            .control(control)
                            .specialRule(special)
                            .keyMonitored(key)
                            .inFormulary(formulary)
                            .build()));
  }

  static Arbitrary<PrescriptionItem> items(boolean nonsense) {
    Arbitrary<String> code =
        nonsense ? Arbitraries.of("C0", "C1", "C2", "C3", "C4", "C5", "UNKNOWN", "", " ")
            .injectNull(0.05)
            : Arbitraries.of("C0", "C1", "C2", "C3", "C4", "C5");
    Arbitrary<BigDecimal> qty =
        nonsense ? Arbitraries.bigDecimals().between(new BigDecimal("-5"), new BigDecimal("1e9"))
            .ofScale(6).injectNull(0.05)
            : Arbitraries.bigDecimals().between(BigDecimal.ONE, new BigDecimal("100")).ofScale(0);
    Arbitrary<Integer> days =
        nonsense ? Arbitraries.integers().injectNull(0.05)
            : Arbitraries.integers().between(1, 120);
    Arbitrary<Integer> doses =
        nonsense ? Arbitraries.integers().injectNull(0.2) : Arbitraries.integers().between(1, 40);
    return Combinators.combine(code, qty, days, doses, Arbitraries.of(true, false))
        .as((c, q, d, n, site) -> PrescriptionItem.newBuilder().drugCode(c).quantity(q)
            .daysSupply(d).doses(n).onSite(site).build());
  }

  static Arbitrary<Patient> patients(boolean nonsense) {
    Arbitrary<Integer> age =
        nonsense ? Arbitraries.integers().between(-10, 300).injectNull(0.1)
            : Arbitraries.integers().between(0, 100);
    return Combinators.combine(
            age,
            Arbitraries.of("D1", "D2").injectNull(0.8),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false),
            Arbitraries.of(Condition.class).set().ofMaxSize(3))
        .as((a, staff, first, guardian, conds) -> Patient.newBuilder().id("P-SECRET-42")
            .ageYears(a).practitionerId(staff).firstVisit(first).guardianPresent(guardian)
            .conditions(conds).build());
  }

  static Arbitrary<Prescription> prescriptions(boolean nonsense) {
    Arbitrary<List<PrescriptionItem>> items =
        items(nonsense).injectNull(nonsense ? 0.05 : 0).list()
            .ofMinSize(nonsense ? 0 : 1).ofMaxSize(nonsense ? 40 : 8);
    Arbitrary<Instant> issued = instants(nonsense).injectNull(nonsense ? 0.05 : 0);
    Arbitrary<Instant> dispensed = instants(nonsense).injectNull(0.6);
    Arbitrary<EmergencyOverride> override =
        Combinators.combine(instants(nonsense).injectNull(nonsense ? 0.1 : 0),
                instants(nonsense).injectNull(0.5))
            .as((at, done) -> EmergencyOverride.of("rescue", at, done)).injectNull(0.7);
    Arbitrary<Prescription.Builder> head =
        Combinators.combine(
                Arbitraries.of(Setting.class).injectNull(nonsense ? 0.05 : 0),
                issued,
                dispensed,
                ids().injectNull(nonsense ? 0.05 : 0),
                Arbitraries.of("D1", "D2", "D3", "D9").injectNull(0.6),
                patients(nonsense).injectNull(nonsense ? 0.05 : 0))
            .as((s, i, d, p, c, pt) -> Prescription.newBuilder().id("RX-P").setting(s)
                .issuedAt(i).dispensedAt(d).prescriberId(p).cosignerId(c).patient(pt));
    return Combinators.combine(
            head,
            items,
            Arbitraries.of("chronic", " ", "").injectNull(0.6),
            Arbitraries.of(true, false),
            Arbitraries.of("C-1").injectNull(0.6),
            override)
        .as((b, is, just, longTerm, consult, eo) -> b.addItems(is).justification(just)
            .longTerm(longTerm).consultationId(consult).emergencyOverride(eo).build());
  }
}
