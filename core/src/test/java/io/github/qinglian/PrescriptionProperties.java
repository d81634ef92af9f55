package io.github.qinglian;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qinglian.json.ModelJson;
import io.github.qinglian.model.AntibioticTier;
import io.github.qinglian.model.AntitumorTier;
import io.github.qinglian.model.Drug;
import io.github.qinglian.model.Institution;
import io.github.qinglian.model.InstitutionLevel;
import io.github.qinglian.model.Practitioner;
import io.github.qinglian.model.Prescription;
import io.github.qinglian.model.PrescriptionItem;
import io.github.qinglian.model.Title;
import io.github.qinglian.policy.Policy;
import io.github.qinglian.reference.InMemoryDrugCatalog;
import io.github.qinglian.reference.InMemoryPractitionerDirectory;
import io.github.qinglian.reference.ReferenceData;
import io.github.qinglian.testing.FixedClock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the prescription checker over generated practitioners, drugs and prescriptions. */
class PrescriptionProperties {

  /** One generated world: reference data, an institution level and a prescription. */
  static final class World {
    final List<Practitioner> staff;
    final List<Drug> drugs;
    final InstitutionLevel level;
    final Prescription rx;
    final Instant at;

    World(List<Practitioner> staff, List<Drug> drugs, InstitutionLevel level, Prescription rx,
        Instant at) {
      this.staff = staff;
      this.drugs = drugs;
      this.level = level;
      this.rx = rx;
      this.at = at;
    }

    Qinglian engine() {
      return engine(staff);
    }

    Qinglian engine(List<Practitioner> people) {
      return Qinglian.newBuilder()
          .institution(Institution.of("H", level))
          .reference(ReferenceData.newBuilder()
              .practitioners(InMemoryPractitionerDirectory.of(people))
              .drugs(InMemoryDrugCatalog.of(drugs))
              .build())
          .clock(FixedClock.standard())
          .build();
    }

    @Override
    public String toString() {
      return "World{" + level + ", staff=" + staff + ", drugs=" + drugs + ", rx=" + rx + "}";
    }
  }

  @Provide
  Arbitrary<World> worlds() {
    return world(false);
  }

  @Provide
  Arbitrary<World> nonsense() {
    return world(true);
  }

  private static Arbitrary<World> world(boolean nonsense) {
    List<Arbitrary<Practitioner>> people = new ArrayList<>();
    for (String id : new String[] {"D1", "D2", "D3", "D4", "D5", "D6"}) {
      people.add(Generators.practitioners(id));
    }
    List<Arbitrary<Drug>> drugs = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      drugs.add(Generators.drugs("C" + i));
    }
    return Combinators.combine(
            Combinators.combine(people).as(l -> l),
            Combinators.combine(drugs).as(l -> l),
            Arbitraries.of(InstitutionLevel.class),
            Generators.prescriptions(nonsense),
            Generators.instants(nonsense))
        .as(World::new);
  }

  @Property(tries = 1500)
  void checkerNeverThrowsWhateverThePrescription(@ForAll("nonsense") World w) {
    Verdict v = w.engine().prescriptions().check(w.rx, w.at);
    assertThat(v).isNotNull();
    assertThat(v.findings()).noneMatch(f -> f.ruleId().equals("ENGINE.ERROR"));
  }

  @Property(tries = 200)
  void checkerNeverThrowsOnNullsAndHugeItemLists(@ForAll("worlds") World w) {
    PrescriptionChecker c = w.engine().prescriptions();
    assertThat(c.check(null).decision()).isEqualTo(Decision.REVIEW);
    Prescription.Builder huge = w.rx.toBuilder();
    for (int i = 0; i < 3000; i++) {
      huge.addItem(i % 7 == 0 ? null : PrescriptionItem.newBuilder().drugCode("C" + (i % 6))
          .quantity(i).daysSupply(i % 200 - 5).doses(i % 3).build());
    }
    Verdict v = c.check(huge.build(), w.at);
    assertThat(v.findings()).noneMatch(f -> f.ruleId().equals("ENGINE.ERROR"));
    assertThat(v.has("INPUT.INVALID")).isTrue();
  }

  @Property(tries = 1000)
  void decisionIsTheMostSevereFinding(@ForAll("nonsense") World w) {
    Verdict v = w.engine().prescriptions().check(w.rx, w.at);
    Decision max = Decision.ALLOW;
    for (Finding f : v.findings()) {
      max = max.max(f.severity());
    }
    assertThat(v.decision()).isEqualTo(max);
    for (int i = 1; i < v.findings().size(); i++) {
      assertThat(Finding.ORDER.compare(v.findings().get(i - 1), v.findings().get(i)))
          .isLessThanOrEqualTo(0);
    }
  }

  @Property(tries = 1000)
  void raisingAPrivilegeOrTitleNeverAddsAFinding(
      @ForAll("worlds") World w, @ForAll("raises") Raise raise) {
    Verdict before = w.engine().prescriptions().check(w.rx, w.at);
    List<Practitioner> raised = new ArrayList<>();
    for (Practitioner p : w.staff) {
      raised.add(p.id().equals(raise.id) ? raise.apply(p) : p);
    }
    Verdict after = w.engine(raised).prescriptions().check(w.rx, w.at);
    assertThat(keys(after)).as("raised %s: before %s after %s", raise, before, after)
        .isSubsetOf(keys(before));
  }

  /** One step up in one privilege or the title of one practitioner. */
  static final class Raise {
    final String id;
    final int what;

    Raise(String id, int what) {
      this.id = id;
      this.what = what;
    }

    Practitioner apply(Practitioner p) {
      Practitioner.Builder b = p.toBuilder();
      switch (what) {
        case 0:
          b.title(p.title() == Title.SENIOR ? Title.SENIOR
              : Title.values()[p.title().ordinal() + 1]);
          break;
        case 1:
          b.antibioticPrivilege(p.antibioticPrivilege() == AntibioticTier.SPECIAL
              ? AntibioticTier.SPECIAL : AntibioticTier.values()[p.antibioticPrivilege().ordinal()
                  + 1]);
          break;
        case 2:
          b.antitumorPrivilege(p.antitumorPrivilege() == AntitumorTier.RESTRICTED
              ? AntitumorTier.RESTRICTED : AntitumorTier.values()[p.antitumorPrivilege().ordinal()
                  + 1]);
          break;
        case 3:
          b.narcoticPrivilege(true);
          break;
        default:
          b.internetPractice(true).independentPracticeYears(p.independentPracticeYears() + 5);
      }
      return b.build();
    }

    @Override
    public String toString() {
      return "raise " + id + " #" + what;
    }
  }

  @Provide
  Arbitrary<Raise> raises() {
    return Combinators.combine(Generators.ids(), Arbitraries.integers().between(0, 4))
        .as(Raise::new);
  }

  @Property(tries = 1000)
  void removingAnItemNeverAddsAnItemLevelFinding(
      @ForAll("worlds") World w, @ForAll("indexes") int index) {
    List<PrescriptionItem> items = w.rx.items();
    int k = index % items.size();
    List<PrescriptionItem> kept = new ArrayList<>(items);
    kept.remove(k);
    Prescription smaller = rebuild(w.rx, kept);
    Qinglian q = w.engine();
    Set<String> before = new HashSet<>();
    for (Finding f : q.prescriptions().check(w.rx, w.at).findings()) {
      if (f.item() >= 0) {
        before.add(f.ruleId() + "@" + f.item() + ":" + f.severity());
      }
    }
    for (Finding f : q.prescriptions().check(smaller, w.at).findings()) {
      if (f.item() >= 0) {
        int original = f.item() < k ? f.item() : f.item() + 1;
        assertThat(before).as("after removing item %s", k)
            .contains(f.ruleId() + "@" + original + ":" + f.severity());
      }
    }
  }

  @Provide
  Arbitrary<Integer> indexes() {
    return Arbitraries.integers().between(0, 1000);
  }

  @Property(tries = 500)
  void modelRoundTripsThroughJson(@ForAll("worlds") World w, @ForAll("zones") ZoneId zone) {
    for (Practitioner p : w.staff) {
      assertThat(ModelJson.readPractitioner(ModelJson.toJson(p))).isEqualTo(p);
    }
    for (Drug d : w.drugs) {
      assertThat(ModelJson.readDrug(ModelJson.toJson(d))).isEqualTo(d);
    }
    assertThat(ModelJson.readPrescription(ModelJson.toJson(w.rx, zone))).isEqualTo(w.rx);
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.of(Policy.DEFAULT_ZONE, ZoneId.of("UTC"), ZoneId.of("Asia/Urumqi"),
        ZoneId.of("America/New_York"));
  }

  private static Prescription rebuild(Prescription rx, List<PrescriptionItem> items) {
    Prescription.Builder b = Prescription.newBuilder().id(rx.id()).setting(rx.setting())
        .issuedAt(rx.issuedAt()).dispensedAt(rx.dispensedAt()).prescriberId(rx.prescriberId())
        .cosignerId(rx.cosignerId()).patient(rx.patient()).justification(rx.justification())
        .longTerm(rx.longTerm()).consultationId(rx.consultationId())
        .emergencyOverride(rx.emergencyOverride());
    return b.addItems(items).build();
  }

  private static Set<String> keys(Verdict v) {
    Set<String> out = new HashSet<>();
    for (Finding f : v.findings()) {
      out.add(f.ruleId() + "@" + f.item() + ":" + f.severity());
    }
    return out;
  }
}
