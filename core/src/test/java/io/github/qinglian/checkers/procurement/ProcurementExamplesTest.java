package io.github.qinglian.checkers.procurement;

import static io.github.qinglian.testing.ProcurementFixtures.line;
import static io.github.qinglian.testing.ProcurementFixtures.listing;
import static io.github.qinglian.testing.ProcurementFixtures.order;
import static io.github.qinglian.testing.ProcurementFixtures.supplier;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.qinglian.Decision;
import io.github.qinglian.Qinglian;
import io.github.qinglian.Verdict;
import io.github.qinglian.model.AntibioticTier;
import io.github.qinglian.model.DrugForm;
import io.github.qinglian.model.FormClass;
import io.github.qinglian.model.FormularyChange;
import io.github.qinglian.model.FormularyItem;
import io.github.qinglian.model.Institution;
import io.github.qinglian.model.InstitutionLevel;
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
import io.github.qinglian.reference.InMemoryFormularyCatalog;
import io.github.qinglian.reference.InMemoryPlatformListings;
import io.github.qinglian.reference.InMemorySupplierRegistry;
import io.github.qinglian.reference.ReferenceData;
import io.github.qinglian.testing.FixedClock;
import io.github.qinglian.testing.TestEngine;
import io.github.qinglian.testing.Verdicts;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The Javadoc examples of the procurement API, kept compiling and true. */
class ProcurementExamplesTest {
  @Test
  void modelExamples() {
    VbpAgreement a = VbpAgreement.newBuilder(new BigDecimal("0.12"), new BigDecimal("120000"),
            Instant.parse("2026-06-30T16:00:00Z"), Instant.parse("2027-06-30T16:00:00Z"))
        .procuredSoFar(new BigDecimal("61000"))
        .build();
    PlatformListing atorvastatin =
        PlatformListing.newBuilder("XC10AAA0521", new BigDecimal("0.12"))
            .itemCode("C10AA05-TAB-20").genericName("阿托伐他汀钙片").form(DrugForm.ORAL)
            .vbp(a)
            .build();
    Supplier s = Supplier.newBuilder("S001", Instant.parse("2029-12-31T15:59:59Z"))
        .name("国药控股清廉有限公司").build();
    PurchaseOrder po = PurchaseOrder.newBuilder()
        .id("PO-1").createdAt(Instant.parse("2026-10-08T01:00:00Z"))
        .requestedBy(PurchaseRequester.of("u-proc-1", RequestingDepartment.PROCUREMENT_OFFICE))
        .channel(PurchaseChannel.PLATFORM).supplierId("S001")
        .addLine(PurchaseLine.newBuilder().itemCode("C10AA05-TAB-20").platformCode("XC10AAA0521")
            .quantity(3000).unitPrice("0.12").build())
        .build();
    OffPlatformFiling f = OffPlatformFiling.of(OffPlatformReason.SHORTAGE, "BA-2026-118",
        Instant.parse("2026-10-16T02:00:00Z"));
    assertThat(f.type()).isEqualTo(OffPlatformReason.SHORTAGE);
    assertThat(FormClass.of(DrugForm.CONTROLLED_RELEASE)).isEqualTo(FormClass.ORAL);
    assertThat(FormClass.of(DrugForm.EXTERNAL)).isNull();

    Qinglian q = Qinglian.newBuilder()
        .institution(Institution.of("H1", InstitutionLevel.TERTIARY))
        .reference(ReferenceData.newBuilder()
            .listings(InMemoryPlatformListings.of(ImmutableList.of(atorvastatin)))
            .suppliers(InMemorySupplierRegistry.of(ImmutableList.of(s)))
            .build())
        .build();
    Verdict v = q.purchases().check(po, Instant.parse("2026-10-08T02:00:00Z"));
    assertThat(v.decision()).isEqualTo(Decision.ALLOW);
  }

  @Test
  void testingAidExample() {
    Qinglian q = TestEngine.newBuilder()
        .listing(listing("XA01").build())
        .supplier(supplier("S1").build())
        .build();
    Verdict v = q.purchases().check(order("S1", line("XA01").unitPrice("12").build()).build());
    Verdicts.assertBlocks(v, "PROC.PRICE");
  }

  @Test
  void catalogueExample() {
    FormularyItem ceftriaxone =
        FormularyItem.newBuilder("J01DD04-INJ-1G", "头孢曲松钠", DrugForm.INJECTION, "1g")
            .antibioticTier(AntibioticTier.RESTRICTED).build();
    FormularyItem twoGrams = ceftriaxone.toBuilder().build();
    InMemoryFormularyCatalog catalogue = InMemoryFormularyCatalog.of(ImmutableList.of(ceftriaxone));
    FormularyItem item = FormularyItem.newBuilder("J01DD04-INJ-2G", "头孢曲松钠",
        DrugForm.INJECTION, "2g").antibioticTier(AntibioticTier.RESTRICTED).build();
    Qinglian qinglian = Qinglian.newBuilder()
        .institution(Institution.of("H1", InstitutionLevel.TERTIARY))
        .reference(ReferenceData.newBuilder().formulary(catalogue).build())
        .build();
    Verdict v = qinglian.formulary().check(FormularyChange.add("F-1", item));
    if (v.decision() == Decision.ALLOW) {
      catalogue = catalogue.with(item);
      qinglian.reload(ReferenceData.newBuilder().formulary(catalogue).build());
    }
    assertThat(qinglian.snapshot().reference().formulary().specifications("头孢曲松钠",
        FormClass.INJECTION)).containsExactlyInAnyOrder("1g", "2g");
    assertThat(twoGrams).isEqualTo(ceftriaxone);
    FormularyChange remove = FormularyChange.remove("F-2", "J01DD04-INJ-1G");
    Verdicts.assertAllows(qinglian.formulary().check(remove));
  }

  @Test
  void trackerExample() {
    PlatformListing l = listing("XV01").vbp(VbpAgreement.newBuilder(BigDecimal.ONE,
        new BigDecimal("100"), FixedClock.instant("2026-01-01T00:00:00+08:00"),
        FixedClock.instant("2027-01-01T00:00:00+08:00")).build()).build();
    VbpTracker tracker = VbpTracker.of(ImmutableList.of(l), io.github.qinglian.policy.Policy
        .defaults());
    for (PurchaseOrder po : ImmutableList.of(order("S1", line("XV01").quantity(10).build())
        .acceptedAt(FixedClock.instant("2026-02-01T00:00:00+08:00")).build())) {
      tracker.accept(po);
    }
    VbpReport report = tracker.report(Instant.parse("2026-12-31T16:00:00Z"));
    for (VbpItemProgress p : report.atRisk()) {
      assertThat(p.platformCode()).isEqualTo("XV01");
      assertThat(p.projectedCompletion()).isEqualByComparingTo("0.1");
    }
    assertThat(report.atRisk()).hasSize(1);
  }
}
