package io.github.qinglian.checkers.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qinglian.Decision;
import io.github.qinglian.Finding;
import io.github.qinglian.Qinglian;
import io.github.qinglian.Verdict;
import io.github.qinglian.json.ProcurementJson;
import io.github.qinglian.model.AntibioticTier;
import io.github.qinglian.model.CreditRating;
import io.github.qinglian.model.DrugForm;
import io.github.qinglian.model.FormClass;
import io.github.qinglian.model.FormularyAction;
import io.github.qinglian.model.FormularyChange;
import io.github.qinglian.model.FormularyItem;
import io.github.qinglian.model.Institution;
import io.github.qinglian.model.InstitutionLevel;
import io.github.qinglian.model.ListingCategory;
import io.github.qinglian.model.OffPlatformFiling;
import io.github.qinglian.model.OffPlatformReason;
import io.github.qinglian.model.PlatformListing;
import io.github.qinglian.model.PurchaseChannel;
import io.github.qinglian.model.PurchaseLine;
import io.github.qinglian.model.PurchaseOrder;
import io.github.qinglian.model.PurchaseRequester;
import io.github.qinglian.model.RequestingDepartment;
import io.github.qinglian.model.Supplier;
import io.github.qinglian.model.VbpAgreement;
import io.github.qinglian.policy.Policy;
import io.github.qinglian.policy.RuleSetting;
import io.github.qinglian.reference.FormularyCatalog;
import io.github.qinglian.reference.InMemoryFormularyCatalog;
import io.github.qinglian.reference.InMemoryPlatformListings;
import io.github.qinglian.reference.InMemorySupplierRegistry;
import io.github.qinglian.reference.ReferenceData;
import io.github.qinglian.testing.FixedClock;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Invariants of the procurement checkers and the VBP tracker over generated data. */
class ProcurementProperties {
  static final List<String> CODES = List.of("L0", "L1", "L2", "L3", "L4", "L5");
  static final Instant BASE = FixedClock.DEFAULT_INSTANT;

  // ------------------------------------------------------------------------------ generators

  static Arbitrary<Instant> instants(boolean extreme) {
    if (extreme) {
      return Arbitraries.longs()
          .between(Instant.parse("0001-01-01T00:00:00Z").getEpochSecond(),
              Instant.parse("9999-12-31T23:59:59Z").getEpochSecond())
          .map(Instant::ofEpochSecond);
    }
    return Arbitraries.longs().between(-400L * 86400, 400L * 86400).map(BASE::plusSeconds);
  }

  static Arbitrary<BigDecimal> money() {
    return Arbitraries.bigDecimals().between(new BigDecimal("0.0001"), new BigDecimal("5000"))
        .ofScale(4);
  }

  static Arbitrary<BigDecimal> quantities() {
    return Arbitraries.bigDecimals().between(BigDecimal.ONE, new BigDecimal("100000"))
        .ofScale(2);
  }

  static Arbitrary<VbpAgreement> agreements() {
    return Combinators.combine(money(), quantities(), instants(false),
            Arbitraries.longs().between(1, 800L * 86400), quantities())
        .as((price, volume, start, seconds, soFar) -> VbpAgreement
            .newBuilder(price, volume, start, start.plusSeconds(seconds))
            .procuredSoFar(soFar).build());
  }

  static Arbitrary<PlatformListing> listing(String code) {
    return Combinators.combine(money(), Arbitraries.of(ListingCategory.class),
            Arbitraries.of(DrugForm.class).injectNull(0.2), agreements().injectNull(0.5))
        .as((price, category, form, vbp) -> PlatformListing.newBuilder(code, price)
            .itemCode("I-" + code).genericName("药 " + code).form(form).category(category)
            .vbp(vbp).build());
  }

  static Arbitrary<List<PlatformListing>> listings() {
    List<Arbitrary<PlatformListing>> each = new ArrayList<>();
    for (String c : CODES) {
      each.add(listing(c));
    }
    return Combinators.combine(each).as(l -> l);
  }

  static Arbitrary<Supplier> supplier(String id) {
    return Combinators.combine(instants(false), Arbitraries.of(CreditRating.class),
            instants(false).injectNull(0.6))
        .as((licence, rating, until) -> Supplier.newBuilder(id, licence).creditRating(rating)
            .blacklistedUntil(until).build());
  }

  static Arbitrary<PurchaseLine> lines(boolean nonsense) {
    Arbitrary<String> code = nonsense
        ? Arbitraries.of("L0", "L1", "L2", "L3", "L4", "L5", "LX", "", " ").injectNull(0.1)
        : Arbitraries.of(CODES);
    Arbitrary<BigDecimal> qty = nonsense
        ? Arbitraries.bigDecimals().between(new BigDecimal("-5"), new BigDecimal("1e14"))
            .ofScale(6).injectNull(0.05)
        : quantities();
    Arbitrary<BigDecimal> price = nonsense
        ? Arbitraries.bigDecimals().between(new BigDecimal("-5"), new BigDecimal("1e9"))
            .ofScale(5).injectNull(0.05)
        : money();
    Arbitrary<ListingCategory> category = Arbitraries.of(ListingCategory.class).injectNull(0.5);
    Arbitrary<String> substitutes = nonsense
        ? Arbitraries.of("L0", "L1", "L2", "LX", "").injectNull(0.7)
        : Arbitraries.of(CODES).injectNull(0.7);
    Arbitrary<List<String>> traces = Arbitraries.of("8123", " ", "8124").list().ofMaxSize(2);
    return Combinators.combine(code, qty, price, category, substitutes, traces,
            Arbitraries.of("ITEM", " ").injectNull(nonsense ? 0.05 : 0))
        .as((c, q, p, cat, sub, tr, item) -> PurchaseLine.newBuilder().itemCode(item)
            .platformCode(c).quantity(q).unitPrice(p).category(cat).substitutesVbpItem(sub)
            .traceCodes(tr).build());
  }

  static Arbitrary<PurchaseOrder> orders(boolean nonsense) {
    Arbitrary<OffPlatformFiling> filing = Combinators.combine(
            Arbitraries.of(OffPlatformReason.class).injectNull(0.1),
            instants(nonsense).injectNull(0.4))
        .as((t, at) -> OffPlatformFiling.of(t, "BA", at)).injectNull(0.6);
    Arbitrary<PurchaseRequester> requester = Arbitraries.of(RequestingDepartment.class)
        .injectNull(0.05).map(d -> PurchaseRequester.of("u", d)).injectNull(nonsense ? 0.05 : 0);
    Arbitrary<PurchaseOrder.Builder> head = Combinators.combine(
            instants(nonsense).injectNull(nonsense ? 0.05 : 0),
            requester,
            Arbitraries.of(PurchaseChannel.class).injectNull(nonsense ? 0.05 : 0),
            filing,
            Arbitraries.of("S0", "S1", "S2", "SX", "").injectNull(0.05),
            instants(nonsense).injectNull(0.4),
            instants(nonsense).injectNull(0.6))
        .as((created, req, channel, f, supplier, accepted, paid) -> PurchaseOrder.newBuilder()
            .id("PO").createdAt(created).requestedBy(req).channel(channel).exception(f)
            .supplierId(supplier).acceptedAt(accepted).paidAt(paid));
    return Combinators.combine(head,
            lines(nonsense).injectNull(nonsense ? 0.05 : 0).list()
                .ofMinSize(nonsense ? 0 : 1).ofMaxSize(nonsense ? 30 : 6))
        .as((b, ls) -> b.addLines(ls).build());
  }

  /** One generated world: reference data, an institution level and a policy. */
  static final class World {
    final List<PlatformListing> listings;
    final List<Supplier> suppliers;
    final InstitutionLevel level;
    final Policy policy;

    World(List<PlatformListing> listings, List<Supplier> suppliers, InstitutionLevel level,
        Policy policy) {
      this.listings = listings;
      this.suppliers = suppliers;
      this.level = level;
      this.policy = policy;
    }

    Qinglian engine() {
      return Qinglian.newBuilder().institution(Institution.of("H", level)).policy(policy)
          .reference(ReferenceData.newBuilder()
              .listings(InMemoryPlatformListings.of(listings))
              .suppliers(InMemorySupplierRegistry.of(suppliers)).build())
          .clock(FixedClock.standard()).build();
    }

    @Override
    public String toString() {
      return "World{" + level + ", " + listings + ", " + suppliers + "}";
    }
  }

  static Arbitrary<Policy> policies() {
    return Combinators.combine(Arbitraries.of("0.5", "1.0", "0.33333", "1.25"),
            Arbitraries.integers().between(0, 10), Arbitraries.of(Decision.class))
        .as((min, filing, sev) -> Policy.newBuilder()
            .rule("PROC.VBP_VOLUME", RuleSetting.newBuilder()
                .param("minCompletion", new BigDecimal(min)).build())
            .rule("PROC.OFF_PLATFORM", RuleSetting.newBuilder().severity(sev)
                .param("filingDays", filing).build())
            .build());
  }

  @Provide
  Arbitrary<World> worlds() {
    return Combinators.combine(listings(),
            Combinators.combine(supplier("S0"), supplier("S1"), supplier("S2"))
                .as(List::of),
            Arbitraries.of(InstitutionLevel.class), policies())
        .as(World::new);
  }

  @Provide
  Arbitrary<PurchaseOrder> nonsenseOrders() {
    return orders(true);
  }

  @Provide
  Arbitrary<PurchaseOrder> realisticOrders() {
    return orders(false);
  }

  @Provide
  Arbitrary<List<PurchaseOrder>> orderLists() {
    return orders(false).list().ofMaxSize(25);
  }

  @Provide
  Arbitrary<Instant> anyInstants() {
    return Arbitraries.oneOf(instants(false), instants(true));
  }

  // ------------------------------------------------------------------------------ checkers

  @Property(tries = 1500)
  void thePurchaseCheckerNeverThrowsAndDecidesByTheMostSevereFinding(
      @ForAll("worlds") World w, @ForAll("nonsenseOrders") PurchaseOrder po,
      @ForAll("anyInstants") Instant at) {
    Verdict v = w.engine().purchases().check(po, at);
    assertThat(v.findings()).noneMatch(f -> f.ruleId().equals("ENGINE.ERROR"));
    Decision max = Decision.ALLOW;
    for (Finding f : v.findings()) {
      max = max.max(f.severity());
    }
    assertThat(v.decision()).isEqualTo(max);
  }

  @Property(tries = 100)
  void nullsAndHugeLineListsNeverThrow(@ForAll("worlds") World w,
      @ForAll("realisticOrders") PurchaseOrder po) {
    Qinglian q = w.engine();
    assertThat(q.purchases().check(null).decision()).isEqualTo(Decision.BLOCK);
    PurchaseOrder.Builder huge = po.toBuilder();
    for (int i = 0; i < 3000; i++) {
      huge.addLine(i % 11 == 0 ? null : PurchaseLine.newBuilder().itemCode("I")
          .platformCode(CODES.get(i % CODES.size())).quantity(i - 5).unitPrice("0.12")
          .substitutesVbpItem(i % 7 == 0 ? "L1" : null).build());
    }
    Verdict v = q.purchases().check(huge.build(), BASE);
    assertThat(v.findings()).noneMatch(f -> f.ruleId().equals("ENGINE.ERROR"));
    assertThat(v.has("INPUT.INVALID")).isTrue();
  }

  @Property(tries = 500)
  void everyLineFindingNamesALineOfTheOrder(@ForAll("worlds") World w,
      @ForAll("nonsenseOrders") PurchaseOrder po) {
    Verdict v = w.engine().purchases().check(po, BASE);
    for (Finding f : v.findings()) {
      assertThat(f.item()).isBetween(Finding.NO_ITEM, po.lines().size() - 1);
    }
  }

  // ------------------------------------------------------------------------------ tracker

  @Property(tries = 500)
  void theTrackersTotalsEqualTheSumOfTheAcceptedLines(@ForAll("worlds") World w,
      @ForAll("orderLists") List<PurchaseOrder> orders, @ForAll("anyInstants") Instant at) {
    VbpTracker t = VbpTracker.of(w.listings, w.policy).acceptAll(orders);
    VbpReport r = t.report(at);
    Map<String, PlatformListing> byCode = new HashMap<>();
    for (PlatformListing l : w.listings) {
      if (l.vbpSelected()) {
        byCode.put(l.platformCode(), l);
      }
    }
    BigDecimal quantity = BigDecimal.ZERO;
    BigDecimal amount = BigDecimal.ZERO;
    int lines = 0;
    for (PurchaseOrder po : orders) {
      Instant accepted = po.acceptedAt();
      if (accepted == null || accepted.isAfter(at)) {
        continue;
      }
      for (PurchaseLine line : po.lines()) {
        PlatformListing l = byCode.get(line.platformCode());
        if (l == null) {
          l = byCode.get(line.substitutesVbpItem());
        }
        if (l == null || accepted.isBefore(l.vbp().periodStart())
            || accepted.isAfter(l.vbp().periodEnd())) {
          continue;
        }
        quantity = quantity.add(line.quantity());
        amount = amount.add(line.quantity().multiply(line.unitPrice()));
        lines++;
      }
    }
    assertThat(r.totalQuantity()).isEqualByComparingTo(quantity);
    assertThat(r.totalAmount()).isEqualByComparingTo(amount);
    assertThat(r.countedLines()).isEqualTo(lines);
    BigDecimal perItem = BigDecimal.ZERO;
    for (VbpItemProgress p : r.items()) {
      perItem = perItem.add(p.procuredInOrders()).add(p.substituteQuantity());
      assertThat(p.procured()).isEqualByComparingTo(p.openingBalance().add(p.procuredInOrders()));
      assertThat(p.timeline().get(p.timeline().size() - 1).procured())
          .isEqualByComparingTo(p.procured());
    }
    assertThat(perItem).isEqualByComparingTo(quantity);
  }

  @Property(tries = 3000)
  void theFastProjectionAgreesWithTheExactOne(@ForAll("vbpAgreements") VbpAgreement a,
      @ForAll @LongRange(min = 0, max = 200_000_000_000L) long procuredUnits,
      @ForAll @IntRange(min = 0, max = 1000) int elapsedPermille,
      @ForAll("completions") BigDecimal min) {
    long elapsed = a.periodMillis() * elapsedPermille / 1000;
    boolean fast = VbpSchedule.behind(procuredUnits, a, elapsed, min, VbpSchedule.units(min));
    boolean exact = VbpSchedule.behind(BigDecimal.valueOf(procuredUnits, 4), a, elapsed, min);
    assertThat(fast).isEqualTo(exact);
    // the boundary itself: procured exactly on schedule is not behind, a ten-thousandth less is
    BigDecimal due = a.agreedVolume().multiply(min).multiply(BigDecimal.valueOf(elapsed))
        .divide(BigDecimal.valueOf(a.periodMillis()), 12, java.math.RoundingMode.CEILING);
    long dueUnits = due.movePointRight(4).setScale(0, java.math.RoundingMode.CEILING)
        .longValueExact();
    if (elapsed > 0) {
      assertThat(VbpSchedule.behind(dueUnits, a, elapsed, min, VbpSchedule.units(min))).isFalse();
      if (dueUnits > 0) {
        assertThat(VbpSchedule.behind(dueUnits - 1, a, elapsed, min, VbpSchedule.units(min)))
            .isTrue();
      }
    }
  }

  @Provide
  Arbitrary<VbpAgreement> vbpAgreements() {
    return agreements();
  }

  @Provide
  Arbitrary<BigDecimal> completions() {
    return Arbitraries.of("0", "0.5", "0.8", "1.0", "1.25", "0.33333", "10").map(BigDecimal::new);
  }

  @Property(tries = 3000)
  void theHighHalfOfAProductMatchesTheJdk(@ForAll @LongRange(min = 0) long a,
      @ForAll @LongRange(min = 0) long b, @ForAll @LongRange(min = 0) long c,
      @ForAll @LongRange(min = 0) long d) {
    assertThat(VbpSchedule.multiplyHigh(a, b)).isEqualTo(Math.multiplyHigh(a, b));
    assertThat(Integer.signum(VbpSchedule.compareProducts(a, b, c, d))).isEqualTo(
        BigInteger.valueOf(a).multiply(BigInteger.valueOf(b))
            .compareTo(BigInteger.valueOf(c).multiply(BigInteger.valueOf(d))));
  }

  // ------------------------------------------------------------------------------ formulary

  static final List<String> NAMES = new ArrayList<>();

  static {
    for (int i = 0; i < 12; i++) {
      NAMES.add("抗菌药" + i);
    }
  }

  static Arbitrary<FormularyChange> changes(boolean nonsense) {
    Arbitrary<FormularyChange> adds = Combinators.combine(
            Arbitraries.integers().between(0, 60),
            Arbitraries.of(NAMES),
            Arbitraries.of(DrugForm.class),
            Arbitraries.of("1g", "0.5g", "2g", "0.25 g", "0.25G", "250mg", "１g"),
            Arbitraries.of(AntibioticTier.UNRESTRICTED, AntibioticTier.RESTRICTED,
                AntibioticTier.SPECIAL).injectNull(0.3))
        .as((code, name, form, spec, tier) -> FormularyChange.add("F",
            FormularyItem.newBuilder("C" + code, name, form, spec).antibioticTier(tier)
                .build()));
    Arbitrary<FormularyChange> removes = Arbitraries.integers().between(0, 60)
        .map(code -> FormularyChange.remove("F", "C" + code));
    if (!nonsense) {
      return Arbitraries.frequencyOf(
          net.jqwik.api.Tuple.of(5, adds), net.jqwik.api.Tuple.of(1, removes));
    }
    Arbitrary<FormularyChange> broken = Combinators.combine(
            Arbitraries.of(FormularyAction.class).injectNull(0.2),
            Arbitraries.of("C1", "", " ").injectNull(0.2),
            Arbitraries.of("头孢", " ").injectNull(0.2),
            Arbitraries.of(DrugForm.class).injectNull(0.2),
            Arbitraries.of("1g", "").injectNull(0.2),
            Arbitraries.of(AntibioticTier.class).injectNull(0.5))
        .as((action, code, name, form, spec, tier) -> FormularyChange.newBuilder().id("F")
            .action(action).itemCode(code).genericName(name).form(form).spec(spec)
            .antibioticTier(tier).build());
    return Arbitraries.oneOf(adds, removes, broken).injectNull(0.05);
  }

  @Provide
  Arbitrary<List<FormularyChange>> changeSequences() {
    return changes(false).list().ofMinSize(1).ofMaxSize(80);
  }

  @Provide
  Arbitrary<FormularyChange> nonsenseChanges() {
    return changes(true);
  }

  @Property(tries = 300)
  void afterAnySequenceOfAcceptedAddsTheCapsHold(
      @ForAll("changeSequences") List<FormularyChange> changes,
      @ForAll @IntRange(min = 1, max = 2) int maxSpecs,
      @ForAll @IntRange(min = 1, max = 10) int cap,
      @ForAll InstitutionLevel level) {
    Policy policy = Policy.newBuilder()
        .rule("PROC.FORMULARY.SPECS", RuleSetting.newBuilder().param("maxSpecs", maxSpecs).build())
        .rule("PROC.FORMULARY.ANTIBIOTIC_COUNT", RuleSetting.newBuilder()
            .param("tertiary", cap).param("secondary", cap).param("primary", cap).build())
        .build();
    InMemoryFormularyCatalog catalogue = InMemoryFormularyCatalog.empty();
    Qinglian q = Qinglian.newBuilder().institution(Institution.of("H", level)).policy(policy)
        .build();
    int applied = 0;
    for (FormularyChange c : changes) {
      q.reload(ReferenceData.newBuilder().formulary(catalogue).build());
      Verdict v = q.formulary().check(c);
      assertThat(v.findings()).noneMatch(f -> f.ruleId().equals("ENGINE.ERROR"));
      if (v.decision() != Decision.ALLOW) {
        continue;
      }
      catalogue = c.action() == FormularyAction.ADD ? catalogue.with(c.item())
          : catalogue.without(c.itemCode());
      applied++;
    }
    Map<String, Set<String>> specs = new HashMap<>();
    Set<String> antibiotics = new HashSet<>();
    for (FormularyItem i : catalogue.all()) {
      FormClass fc = i.formClass();
      if (fc != null) {
        specs.computeIfAbsent(fc + "/" + FormularyCatalog.key(i.genericName()),
            k -> new HashSet<>()).add(FormularyCatalog.key(i.spec()));
      }
      if (i.antibiotic()) {
        antibiotics.add(FormularyCatalog.key(i.genericName()));
      }
    }
    for (Map.Entry<String, Set<String>> e : specs.entrySet()) {
      assertThat(e.getValue()).as(e.getKey()).hasSizeLessThanOrEqualTo(maxSpecs);
    }
    assertThat(antibiotics).hasSizeLessThanOrEqualTo(cap);
    assertThat(catalogue.antibioticCount()).isEqualTo(antibiotics.size());
    assertThat(applied).isGreaterThanOrEqualTo(0);
  }

  @Property(tries = 1000)
  void theFormularyCheckerNeverThrows(@ForAll("nonsenseChanges") FormularyChange c,
      @ForAll InstitutionLevel level) {
    InMemoryFormularyCatalog catalogue = InMemoryFormularyCatalog.of(List.of(
        FormularyItem.newBuilder("C1", "头孢", DrugForm.INJECTION, "1g")
            .antibioticTier(AntibioticTier.RESTRICTED).build()));
    Qinglian q = Qinglian.newBuilder().institution(Institution.of("H", level))
        .reference(ReferenceData.newBuilder().formulary(catalogue).build()).build();
    Verdict v = q.formulary().check(c);
    assertThat(v.findings()).noneMatch(f -> f.ruleId().equals("ENGINE.ERROR"));
    if (c == null || c.action() == null) {
      assertThat(v.decision()).isEqualTo(Decision.BLOCK);
    }
  }

  // ------------------------------------------------------------------------------ JSON

  @Property(tries = 500)
  void theModelRoundTripsThroughJson(@ForAll("worlds") World w,
      @ForAll("nonsenseOrders") PurchaseOrder po, @ForAll("nonsenseChanges") FormularyChange c,
      @ForAll("zones") ZoneId zone) {
    for (PlatformListing l : w.listings) {
      assertThat(ProcurementJson.readListing(ProcurementJson.toJson(l, zone))).isEqualTo(l);
    }
    for (Supplier s : w.suppliers) {
      assertThat(ProcurementJson.readSupplier(ProcurementJson.toJson(s, zone))).isEqualTo(s);
    }
    assertThat(ProcurementJson.readPurchaseOrder(ProcurementJson.toJson(po, zone))).isEqualTo(po);
    if (c != null) {
      assertThat(ProcurementJson.readFormularyChange(ProcurementJson.toJson(c))).isEqualTo(c);
      FormularyItem item = c.item();
      if (item != null) {
        assertThat(ProcurementJson.readFormularyItem(ProcurementJson.toJson(item)))
            .isEqualTo(item);
      }
    }
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.of(Policy.DEFAULT_ZONE, ZoneId.of("UTC"), ZoneId.of("America/New_York"));
  }
}
