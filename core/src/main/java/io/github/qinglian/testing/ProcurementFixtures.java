package io.github.qinglian.testing;

import io.github.qinglian.model.AntibioticTier;
import io.github.qinglian.model.DrugForm;
import io.github.qinglian.model.FormularyChange;
import io.github.qinglian.model.FormularyItem;
import io.github.qinglian.model.ListingCategory;
import io.github.qinglian.model.PlatformListing;
import io.github.qinglian.model.PurchaseChannel;
import io.github.qinglian.model.PurchaseLine;
import io.github.qinglian.model.PurchaseOrder;
import io.github.qinglian.model.PurchaseRequester;
import io.github.qinglian.model.RequestingDepartment;
import io.github.qinglian.model.Supplier;
import io.github.qinglian.model.VbpAgreement;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Procurement builders with defaults that pass every rule, so a test states only what it is
 * about. Instants are relative to {@link FixedClock#DEFAULT_INSTANT} (2026-11-24T09:30+08:00).
 *
 * <ul>
 *   <li>{@link #listing}: a DRUG, ORAL, listed at 10 yuan, not VBP-selected.
 *   <li>{@link #vbpListing}: a VBP-selected drug at the agreed price of 10 yuan, 1,000 units
 *       agreed for the calendar year 2026 (+08:00), 1,000 already procured: never behind.
 *   <li>{@link #supplier}: licensed until 2099, rating NONE, never blacklisted.
 *   <li>{@link #line}: 100 units of a listing at 10 yuan, item code {@code ITEM-<code>}, one
 *       trace code.
 *   <li>{@link #order}: created at the default instant, requested by the procurement office,
 *       through the platform, not yet accepted.
 *   <li>{@link #formularyItem}: an ORAL item of the given generic name and specification.
 * </ul>
 *
 * <pre>{@code
 * Qinglian q = TestEngine.newBuilder()
 *     .listing(ProcurementFixtures.listing("XA01").build())
 *     .supplier(ProcurementFixtures.supplier("S1").build())
 *     .build();
 * Verdict v = q.purchases().check(ProcurementFixtures.order("S1",
 *     ProcurementFixtures.line("XA01").unitPrice("12").build()).build());
 * Verdicts.assertBlocks(v, "PROC.PRICE");
 * }</pre>
 */
public final class ProcurementFixtures {
  /** The default listed and agreed price, 10 yuan. */
  public static final BigDecimal PRICE = BigDecimal.TEN;

  /** The start of the default VBP period: 2026-01-01T00:00+08:00. */
  public static final Instant VBP_START = FixedClock.instant("2026-01-01T00:00:00+08:00");

  /** The end of the default VBP period: 2027-01-01T00:00+08:00. */
  public static final Instant VBP_END = FixedClock.instant("2027-01-01T00:00:00+08:00");

  private ProcurementFixtures() {}

  /** An ORAL drug listed as {@code platformCode} at 10 yuan. */
  public static PlatformListing.Builder listing(String platformCode) {
    return PlatformListing.newBuilder(platformCode, PRICE)
        .itemCode("ITEM-" + platformCode)
        .genericName("测试药品 " + platformCode)
        .form(DrugForm.ORAL)
        .category(ListingCategory.DRUG);
  }

  /** A VBP agreement at 10 yuan for 1,000 units over 2026, all of it procured already. */
  public static VbpAgreement.Builder agreement() {
    return VbpAgreement.newBuilder(PRICE, new BigDecimal("1000"), VBP_START, VBP_END)
        .procuredSoFar(new BigDecimal("1000"));
  }

  /** A VBP-selected drug listed as {@code platformCode}, with {@link #agreement()}. */
  public static PlatformListing.Builder vbpListing(String platformCode) {
    return listing(platformCode).vbp(agreement().build());
  }

  /** A licensed supplier in good standing. */
  public static Supplier.Builder supplier(String id) {
    return Supplier.newBuilder(id, FixedClock.instant("2099-12-31T23:59:59+08:00"))
        .name("测试供应商 " + id);
  }

  /** 100 units of {@code platformCode} at 10 yuan, with one trace code. */
  public static PurchaseLine.Builder line(String platformCode) {
    return PurchaseLine.newBuilder()
        .itemCode("ITEM-" + platformCode)
        .platformCode(platformCode)
        .quantity(100)
        .unitPrice(PRICE)
        .traceCode("81" + Math.abs(platformCode.hashCode()));
  }

  /** A platform order from {@code supplierId} of {@code lines}, created at the default instant. */
  public static PurchaseOrder.Builder order(String supplierId, PurchaseLine... lines) {
    PurchaseOrder.Builder b = PurchaseOrder.newBuilder()
        .id("PO-TEST")
        .createdAt(FixedClock.DEFAULT_INSTANT)
        .requestedBy(PurchaseRequester.of("u-proc", RequestingDepartment.PROCUREMENT_OFFICE))
        .channel(PurchaseChannel.PLATFORM)
        .supplierId(supplierId);
    for (PurchaseLine l : lines) {
      b.addLine(l);
    }
    return b;
  }

  /** An ORAL item {@code itemCode} of {@code genericName} in {@code spec}. */
  public static FormularyItem.Builder formularyItem(
      String itemCode, String genericName, String spec) {
    return FormularyItem.newBuilder(itemCode, genericName, DrugForm.ORAL, spec);
  }

  /** An antibiotic INJECTION item of {@code genericName} in {@code spec}. */
  public static FormularyItem.Builder antibiotic(
      String itemCode, String genericName, String spec, AntibioticTier tier) {
    return FormularyItem.newBuilder(itemCode, genericName, DrugForm.INJECTION, spec)
        .antibioticTier(tier);
  }

  /** An ADD of {@code item}. */
  public static FormularyChange add(FormularyItem item) {
    return FormularyChange.add("F-TEST", item);
  }

  /** A REMOVE of {@code itemCode}. */
  public static FormularyChange remove(String itemCode) {
    return FormularyChange.remove("F-TEST", itemCode);
  }
}
