package io.github.qinglian.checkers.procurement;

import static io.github.qinglian.testing.ProcurementFixtures.line;
import static io.github.qinglian.testing.ProcurementFixtures.listing;
import static io.github.qinglian.testing.ProcurementFixtures.order;
import static io.github.qinglian.testing.ProcurementFixtures.supplier;
import static io.github.qinglian.testing.ProcurementFixtures.vbpListing;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.qinglian.Decision;
import io.github.qinglian.Finding;
import io.github.qinglian.Qinglian;
import io.github.qinglian.Verdict;
import io.github.qinglian.model.CreditRating;
import io.github.qinglian.model.ListingCategory;
import io.github.qinglian.model.OffPlatformFiling;
import io.github.qinglian.model.OffPlatformReason;
import io.github.qinglian.model.PurchaseChannel;
import io.github.qinglian.model.PurchaseLine;
import io.github.qinglian.model.PurchaseOrder;
import io.github.qinglian.model.PurchaseRequester;
import io.github.qinglian.model.RequestingDepartment;
import io.github.qinglian.policy.Policy;
import io.github.qinglian.policy.RuleSetting;
import io.github.qinglian.testing.FixedClock;
import io.github.qinglian.testing.TestEngine;
import io.github.qinglian.testing.Verdicts;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every PROC rule of purchase orders, on both sides of each limit. */
class PurchaseRulesTest {
  static final Instant CREATED = FixedClock.DEFAULT_INSTANT;
  static final Duration DAY = Duration.ofHours(24);

  static TestEngine engine() {
    return TestEngine.newBuilder()
        .listing(listing("XA01").build(), vbpListing("XV01").build(),
            listing("XH01").category(ListingCategory.HIGH_VALUE_CONSUMABLE).form(null).build(),
            listing("XC01").category(ListingCategory.CONSUMABLE).form(null).build())
        .supplier(supplier("S1").build());
  }

  static Qinglian q() {
    return engine().build();
  }

  static Verdict check(PurchaseOrder po) {
    return q().purchases().check(po, CREATED);
  }

  static Policy policy(String rule, RuleSetting setting) {
    return Policy.newBuilder().rule(rule, setting).build();
  }

  static Policy param(String rule, String name, Object value) {
    return policy(rule, RuleSetting.newBuilder().param(name, value).build());
  }

  static Map<String, Object> evidence(Verdict v, String rule) {
    assertThat(v.has(rule)).as("%s in %s", rule, v).isTrue();
    return v.findings(rule).get(0).evidence();
  }

  @Test
  void aCleanOrderGetsTheSharedAllowVerdict() {
    Qinglian q = q();
    Verdict v = q.purchases().check(order("S1", line("XA01").build(), line("XV01").build())
        .build(), CREATED);
    Verdicts.assertAllows(v);
    assertThat(v).isSameAs(q.snapshot().allowVerdict());
  }

  @Test
  void theEngineClockIsTheDefaultEvaluationInstant() {
    Qinglian q = engine().clock(FixedClock.at("2026-12-31T09:30:00+08:00")).build();
    PurchaseOrder unpaid = order("S1", line("XA01").build()).acceptedAt(CREATED).build();
    Verdicts.assertWarns(q.purchases().check(unpaid), "PROC.PAYMENT");
    Verdicts.assertAllows(q.purchases().check(unpaid, CREATED.plus(DAY)));
  }

  @Nested
  class OffPlatform {
    @Test
    void offlineDrugLineWithoutExceptionBlocks() {
      Verdict v = check(order("S1", line("XA01").build()).channel(PurchaseChannel.OFFLINE)
          .build());
      Verdicts.assertBlocks(v, "PROC.OFF_PLATFORM");
      Map<String, Object> e = evidence(v, "PROC.OFF_PLATFORM");
      assertThat(e).containsEntry("item", 0).containsEntry("reason", "OFFLINE")
          .containsEntry("exception", "NONE").containsEntry("category", "DRUG");
      assertThat(v.findings().get(0).message().en()).startsWith("Line 1:");
      assertThat(v.findings().get(0).message().zh()).startsWith("第 1 项");
    }

    @Test
    void missingAndUnlistedPlatformCodesAreOffPlatformNotInvalid() {
      Verdict missing = check(order("S1", line("XA01").platformCode(null).build()).build());
      Verdicts.assertBlocks(missing, "PROC.OFF_PLATFORM");
      assertThat(evidence(missing, "PROC.OFF_PLATFORM")).containsEntry("reason",
          "NO_PLATFORM_CODE");
      Verdict unlisted = check(order("S1", line("XZ99").build()).build());
      assertThat(evidence(unlisted, "PROC.OFF_PLATFORM")).containsEntry("reason", "NOT_LISTED")
          .containsEntry("platformCode", "XZ99");
      Verdicts.assertNoFinding(unlisted, "INPUT.INVALID");
      Verdicts.assertNoFinding(unlisted, "PROC.PRICE");
    }

    @Test
    void coversDrugsAndHighValueConsumablesButNotConsumables() {
      Verdicts.assertBlocks(check(order("S1", line("XH01").build())
          .channel(PurchaseChannel.OFFLINE).build()), "PROC.OFF_PLATFORM");
      Verdicts.assertBlocks(check(order("S1", line("XH99")
          .category(ListingCategory.HIGH_VALUE_CONSUMABLE).build()).build()),
          "PROC.OFF_PLATFORM");
      Verdicts.assertAllows(check(order("S1", line("XC01").build())
          .channel(PurchaseChannel.OFFLINE).build()));
      Verdicts.assertAllows(check(order("S1", line("XC99")
          .category(ListingCategory.CONSUMABLE).build()).build()));
    }

    @Test
    void anUnlistedLineWithoutACategoryIsADrug() {
      Verdict v = check(order("S1", line("XZ99").category(null).build()).build());
      assertThat(evidence(v, "PROC.OFF_PLATFORM")).containsEntry("category", "DRUG");
    }

    @Test
    void aListedLineTakesTheListingsCategoryAndAContradictionIsInvalid() {
      Verdict v = check(order("S1", line("XA01").category(ListingCategory.CONSUMABLE).build())
          .channel(PurchaseChannel.OFFLINE).build());
      Verdicts.assertBlocks(v, "PROC.OFF_PLATFORM");
      assertThat(evidence(v, "INPUT.INVALID"))
          .containsEntry("pointer", "/subject/lines/0/category");
    }

    static PurchaseOrder offline(OffPlatformFiling filing) {
      return order("S1", line("XA01").build(), line("XH01").build())
          .channel(PurchaseChannel.OFFLINE).exception(filing).build();
    }

    @Test
    void anExceptionFiledAtTheDeadlineCoversEveryLineAndOneSecondLateDoesNot() {
      Instant deadline = CREATED.plus(DAY.multipliedBy(5));
      Verdicts.assertAllows(check(offline(
          OffPlatformFiling.of(OffPlatformReason.SHORTAGE, "BA-1", deadline))));
      Verdict late = check(offline(OffPlatformFiling.of(OffPlatformReason.SHORTAGE, "BA-1",
          deadline.plusSeconds(1))));
      Verdicts.assertBlocks(late, "PROC.OFF_PLATFORM");
      assertThat(late.findings("PROC.OFF_PLATFORM")).hasSize(2);
      assertThat(evidence(late, "PROC.OFF_PLATFORM")).containsEntry("exception", "LATE")
          .containsEntry("deadline", "2026-11-29T09:30:00+08:00")
          .containsEntry("filedAt", "2026-11-29T09:30:01+08:00")
          .containsEntry("exceptionType", "SHORTAGE").containsEntry("filingId", "BA-1");
    }

    @Test
    void anExceptionNotFiledYetIsPendingUntilItsDeadlineThenFires() {
      PurchaseOrder po = offline(OffPlatformFiling.of(OffPlatformReason.EMERGENCY_RESCUE, null,
          null));
      Instant deadline = CREATED.plus(DAY.multipliedBy(5));
      Verdicts.assertAllows(q().purchases().check(po, CREATED));
      Verdicts.assertAllows(q().purchases().check(po, deadline));
      Verdict overdue = q().purchases().check(po, deadline.plusSeconds(1));
      Verdicts.assertBlocks(overdue, "PROC.OFF_PLATFORM");
      assertThat(evidence(overdue, "PROC.OFF_PLATFORM")).containsEntry("exception", "OVERDUE");
    }

    @Test
    void anExceptionWithoutATypeIsInvalidAndCoversNothing() {
      Verdict v = check(offline(OffPlatformFiling.of(null, "BA-1", CREATED)));
      Verdicts.assertBlocks(v, "PROC.OFF_PLATFORM");
      assertThat(evidence(v, "INPUT.INVALID")).containsEntry("pointer", "/subject/exception/type");
    }

    @Test
    void filingDaysComesFromThePolicy() {
      Qinglian q = engine().policy(param("PROC.OFF_PLATFORM", "filingDays", 0)).build();
      Verdicts.assertAllows(q.purchases().check(offline(
          OffPlatformFiling.of(OffPlatformReason.URGENT_CLINICAL, "BA-2", CREATED)), CREATED));
      Verdicts.assertBlocks(q.purchases().check(offline(OffPlatformFiling.of(
          OffPlatformReason.URGENT_CLINICAL, "BA-2", CREATED.plusSeconds(1))), CREATED),
          "PROC.OFF_PLATFORM");
    }

    @Test
    void severityAndEnabledComeFromThePolicy() {
      PurchaseOrder po = order("S1", line("XZ99").build()).build();
      Qinglian review = engine().policy(policy("PROC.OFF_PLATFORM",
          RuleSetting.newBuilder().severity(Decision.REVIEW).build())).build();
      Verdicts.assertReviews(review.purchases().check(po, CREATED), "PROC.OFF_PLATFORM");
      Qinglian off = engine().policy(policy("PROC.OFF_PLATFORM",
          RuleSetting.newBuilder().enabled(false).build())).build();
      Verdicts.assertAllows(off.purchases().check(po, CREATED));
    }
  }

  @Nested
  class Price {
    @Test
    void atTheListedPriceIsCleanAndOneTenThousandthAboveIsNot() {
      Verdicts.assertAllows(check(order("S1", line("XA01").unitPrice("10.0000").build()).build()));
      Verdicts.assertAllows(check(order("S1", line("XA01").unitPrice("9.5").build()).build()));
      Verdict v = check(order("S1", line("XA01").unitPrice("10.0001").build()).build());
      Verdicts.assertBlocks(v, "PROC.PRICE");
      assertThat(evidence(v, "PROC.PRICE"))
          .containsEntry("unitPrice", new BigDecimal("10.0001"))
          .containsEntry("listedPrice", BigDecimal.TEN);
      assertThat(v.findings().get(0).message().en()).contains("above the listed price");
    }

    @Test
    void aVbpItemMustBeBoughtAtExactlyTheAgreedPriceLowerIncluded() {
      Verdicts.assertAllows(check(order("S1", line("XV01").unitPrice("10.00").build()).build()));
      Verdict lower = check(order("S1", line("XV01").unitPrice("9.9999").build()).build());
      Verdicts.assertBlocks(lower, "PROC.PRICE");
      assertThat(lower.findings().get(0).message().zh()).contains("二次议价");
      Verdict higher = check(order("S1", line("XV01").unitPrice("10.0001").build()).build());
      Verdicts.assertBlocks(higher, "PROC.PRICE");
      assertThat(evidence(higher, "PROC.PRICE")).containsEntry("agreedPrice", BigDecimal.TEN);
    }

    @Test
    void aVbpAgreedPriceBelowTheListedPriceGoverns() {
      Qinglian q = TestEngine.newBuilder().supplier(supplier("S1").build())
          .listing(listing("XV02").vbp(io.github.qinglian.testing.ProcurementFixtures.agreement()
              .build().toBuilder().build()).build())
          .listing(io.github.qinglian.model.PlatformListing.newBuilder("XV03",
              new BigDecimal("3.20")).vbp(io.github.qinglian.model.VbpAgreement.newBuilder(
                  new BigDecimal("0.12"), new BigDecimal("10"),
                  io.github.qinglian.testing.ProcurementFixtures.VBP_START,
                  io.github.qinglian.testing.ProcurementFixtures.VBP_END)
              .procuredSoFar(BigDecimal.TEN).build()).build())
          .build();
      Verdicts.assertBlocks(q.purchases().check(order("S1", line("XV03").unitPrice("3.20")
          .build()).build(), CREATED), "PROC.PRICE");
      Verdicts.assertAllows(q.purchases().check(order("S1", line("XV03").unitPrice("0.12")
          .build()).build(), CREATED));
    }
  }

  @Nested
  class Private {
    @Test
    void clinicalAndOtherDepartmentsMayNotBuy() {
      for (RequestingDepartment d : RequestingDepartment.values()) {
        Verdict v = check(order("S1", line("XA01").build())
            .requestedBy(PurchaseRequester.of("u-1", d)).build());
        if (d == RequestingDepartment.CLINICAL || d == RequestingDepartment.OTHER) {
          Verdicts.assertBlocks(v, "PROC.PRIVATE");
          assertThat(evidence(v, "PROC.PRIVATE")).containsEntry("department", d.name())
              .containsEntry("userId", "u-1");
        } else {
          Verdicts.assertAllows(v);
        }
      }
    }
  }

  @Nested
  class SupplierRule {
    static Verdict withSupplier(io.github.qinglian.model.Supplier s) {
      return TestEngine.newBuilder().listing(listing("XA01").build()).supplier(s).build()
          .purchases().check(order(s.id(), line("XA01").build()).build(), CREATED);
    }

    @Test
    void anUnknownSupplierIsTheSupplierRulesNotInputInvalid() {
      Verdict v = check(order("S999", line("XA01").build()).build());
      Verdicts.assertBlocks(v, "PROC.SUPPLIER");
      Verdicts.assertNoFinding(v, "INPUT.INVALID");
      assertThat(evidence(v, "PROC.SUPPLIER")).containsEntry("reason", "UNKNOWN")
          .containsEntry("supplierId", "S999");
    }

    @Test
    void aMissingSupplierIsInvalidAndTheSupplierRules() {
      Verdict v = check(order(" ", line("XA01").build()).build());
      assertThat(v.ruleIds()).containsExactlyInAnyOrder("INPUT.INVALID", "PROC.SUPPLIER");
      assertThat(evidence(v, "INPUT.INVALID")).containsEntry("pointer", "/subject/supplierId");
    }

    @Test
    void aLicenceValidToTheCreationInstantIsStillValid() {
      Verdicts.assertAllows(withSupplier(supplier("S2").build()));
      Verdicts.assertAllows(withSupplier(io.github.qinglian.model.Supplier
          .newBuilder("S2", CREATED).build()));
      Verdict v = withSupplier(io.github.qinglian.model.Supplier
          .newBuilder("S2", CREATED.minusSeconds(1)).build());
      Verdicts.assertBlocks(v, "PROC.SUPPLIER");
      assertThat(evidence(v, "PROC.SUPPLIER")).containsEntry("reason", "LICENSE_EXPIRED")
          .containsEntry("licenseValidTo", "2026-11-24T09:29:59+08:00");
    }

    @Test
    void aBlacklistUntilTheCreationInstantNoLongerApplies() {
      Verdicts.assertAllows(withSupplier(supplier("S2").blacklistedUntil(CREATED).build()));
      Verdicts.assertAllows(withSupplier(supplier("S2").blacklistedUntil(CREATED.minus(DAY))
          .build()));
      Verdict v = withSupplier(supplier("S2").blacklistedUntil(CREATED.plusSeconds(1)).build());
      Verdicts.assertBlocks(v, "PROC.SUPPLIER");
      assertThat(evidence(v, "PROC.SUPPLIER")).containsEntry("reason", "BLACKLISTED");
    }

    @Test
    void creditRatingsAtOrAboveTheThresholdAreBlocked() {
      for (CreditRating r : CreditRating.values()) {
        Verdict v = withSupplier(supplier("S2").creditRating(r).build());
        assertThat(v.has("PROC.SUPPLIER")).as(r.name())
            .isEqualTo(r.compareTo(CreditRating.SERIOUS) >= 0);
      }
      Qinglian medium = TestEngine.newBuilder().listing(listing("XA01").build())
          .supplier(supplier("S2").creditRating(CreditRating.MEDIUM).build())
          .policy(param("PROC.SUPPLIER", "blockFromRating", "MEDIUM")).build();
      Verdict v = medium.purchases().check(order("S2", line("XA01").build()).build(), CREATED);
      Verdicts.assertBlocks(v, "PROC.SUPPLIER");
      assertThat(evidence(v, "PROC.SUPPLIER")).containsEntry("blockFromRating", "MEDIUM");
    }

    @Test
    void everyReasonIsItsOwnFinding() {
      Verdict v = withSupplier(io.github.qinglian.model.Supplier
          .newBuilder("S2", CREATED.minus(DAY)).blacklistedUntil(CREATED.plus(DAY))
          .creditRating(CreditRating.PARTICULARLY_SERIOUS).build());
      assertThat(v.findings("PROC.SUPPLIER")).extracting(f -> f.evidence().get("reason"))
          .containsExactlyInAnyOrder("LICENSE_EXPIRED", "BLACKLISTED", "CREDIT_RATING");
    }

    @Test
    void withoutCreatedAtTheSupplierIsJudgedAtTheEvaluationInstant() {
      Qinglian q = TestEngine.newBuilder().listing(listing("XA01").build())
          .supplier(supplier("S2").blacklistedUntil(CREATED).build()).build();
      PurchaseOrder po = order("S2", line("XA01").build()).createdAt(null).build();
      assertThat(q.purchases().check(po, CREATED.minusSeconds(1)).ruleIds())
          .containsExactlyInAnyOrder("INPUT.INVALID", "PROC.SUPPLIER");
      assertThat(q.purchases().check(po, CREATED).ruleIds()).containsExactly("INPUT.INVALID");
    }
  }

  @Nested
  class Payment {
    static final Instant ACCEPTED = CREATED.plus(DAY);
    static final Instant DEADLINE = ACCEPTED.plus(DAY.multipliedBy(30));

    static PurchaseOrder paid(Instant paidAt) {
      return order("S1", line("XA01").build()).acceptedAt(ACCEPTED).paidAt(paidAt).build();
    }

    @Test
    void paidExactlyThirtyTimes24HoursAfterAcceptanceIsInTime() {
      Verdicts.assertAllows(check(paid(DEADLINE)));
      Verdict late = check(paid(DEADLINE.plusSeconds(1)));
      Verdicts.assertWarns(late, "PROC.PAYMENT");
      assertThat(evidence(late, "PROC.PAYMENT")).containsEntry("deadline",
          "2026-12-25T09:30:00+08:00").containsEntry("maxDays", 30L);
    }

    @Test
    void unpaidIsFineUntilTheDeadlineThenWarns() {
      PurchaseOrder unpaid = order("S1", line("XA01").build()).acceptedAt(ACCEPTED).build();
      Verdicts.assertAllows(q().purchases().check(unpaid, DEADLINE));
      Verdict v = q().purchases().check(unpaid, DEADLINE.plusSeconds(1));
      Verdicts.assertWarns(v, "PROC.PAYMENT");
      assertThat(v.findings().get(0).message().en()).startsWith("Still unpaid");
    }

    @Test
    void anOrderNotAcceptedOwesNoPayment() {
      Verdicts.assertAllows(q().purchases().check(order("S1", line("XA01").build()).build(),
          CREATED.plus(DAY.multipliedBy(400))));
    }

    @Test
    void paymentBeforeAcceptanceIsInvalidNamingPaidAt() {
      Verdict v = check(paid(ACCEPTED.minusSeconds(1)));
      Verdicts.assertBlocks(v, "INPUT.INVALID");
      assertThat(evidence(v, "INPUT.INVALID")).containsEntry("pointer", "/subject/paidAt")
          .containsEntry("reason", "is before acceptedAt");
      Verdicts.assertNoFinding(v, "PROC.PAYMENT");
      Verdict never = check(order("S1", line("XA01").build()).paidAt(ACCEPTED).build());
      assertThat(evidence(never, "INPUT.INVALID")).containsEntry("pointer", "/subject/paidAt");
    }

    @Test
    void maxDaysComesFromThePolicy() {
      Qinglian q = engine().policy(param("PROC.PAYMENT", "maxDays", 10)).build();
      Instant deadline = ACCEPTED.plus(DAY.multipliedBy(10));
      Verdicts.assertAllows(q.purchases().check(paid(deadline), CREATED));
      Verdicts.assertWarns(q.purchases().check(paid(deadline.plusSeconds(1)), CREATED),
          "PROC.PAYMENT");
    }
  }

  @Nested
  class TraceCodes {
    @Test
    void anAcceptedDrugLineWithoutTraceCodesWarns() {
      PurchaseLine bare = PurchaseLine.newBuilder().itemCode("I").platformCode("XA01")
          .quantity(5).unitPrice("10").build();
      Verdicts.assertAllows(check(order("S1", bare).build()));
      Verdict v = check(order("S1", line("XA01").build(), bare).acceptedAt(CREATED).build());
      Verdicts.assertWarns(v, "PROC.TRACE_CODE");
      assertThat(v.findings("PROC.TRACE_CODE")).extracting(Finding::item).containsExactly(1);
    }

    @Test
    void traceableCategoriesComeFromThePolicy() {
      PurchaseLine stent = line("XH01").build();
      PurchaseLine bare = PurchaseLine.newBuilder().itemCode("S").platformCode("XH01")
          .quantity(1).unitPrice("10").build();
      Verdicts.assertAllows(check(order("S1", bare, stent).acceptedAt(CREATED).build()));
      Qinglian q = engine().policy(Policy.newBuilder()
          .traceableCategories(ImmutableList.of("DRUG", "HIGH_VALUE_CONSUMABLE")).build()).build();
      Verdicts.assertWarns(q.purchases().check(order("S1", bare).acceptedAt(CREATED).build(),
          CREATED), "PROC.TRACE_CODE");
    }

    @Test
    void aBlankTraceCodeIsInvalid() {
      Verdict v = check(order("S1", line("XA01").traceCode(" ").build()).build());
      assertThat(evidence(v, "INPUT.INVALID"))
          .containsEntry("pointer", "/subject/lines/0/traceCodes/1");
    }
  }

  @Nested
  class BadInput {
    static Map<String, Object> invalid(PurchaseOrder po) {
      Verdict v = check(po);
      Verdicts.assertBlocks(v, "INPUT.INVALID");
      return evidence(v, "INPUT.INVALID");
    }

    @Test
    void aNullOrderIsInvalidNotAnException() {
      Verdict v = q().purchases().check(null);
      Verdicts.assertBlocks(v, "INPUT.INVALID");
      assertThat(evidence(v, "INPUT.INVALID")).containsEntry("pointer", "/subject");
    }

    @Test
    void zeroAndNegativeQuantitiesAndPricesNameTheField() {
      assertThat(invalid(order("S1", line("XA01").quantity(0).build()).build()))
          .containsEntry("pointer", "/subject/lines/0/quantity")
          .containsEntry("reason", "must be positive").containsEntry("item", 0);
      assertThat(invalid(order("S1", line("XA01").build(), line("XA01").quantity(-3).build())
          .build())).containsEntry("pointer", "/subject/lines/1/quantity");
      assertThat(invalid(order("S1", line("XA01").unitPrice("0").build()).build()))
          .containsEntry("pointer", "/subject/lines/0/unitPrice");
      assertThat(invalid(order("S1", line("XA01").unitPrice("-0.12").build()).build()))
          .containsEntry("reason", "must be positive");
      assertThat(invalid(order("S1", line("XA01").quantity((BigDecimal) null).build()).build()))
          .containsEntry("reason", "required");
    }

    @Test
    void moneyWithMoreThanFourDecimalsIsInvalidAndTrailingZerosAreNot() {
      assertThat(invalid(order("S1", line("XA01").unitPrice("9.99999").build()).build()))
          .containsEntry("pointer", "/subject/lines/0/unitPrice")
          .containsEntry("reason", "money has more than 4 decimals");
      Verdicts.assertAllows(check(order("S1", line("XA01").unitPrice("9.999900").build())
          .build()));
      assertThat(invalid(order("S1", line("XA01").quantity(new BigDecimal("1.00001")).build())
          .build())).containsEntry("reason", "has more than 4 decimals");
      assertThat(invalid(order("S1", line("XA01").quantity(new BigDecimal("1e13")).build())
          .build())).containsEntry("reason", "must be at most 1000000000000");
    }

    @Test
    void missingFieldsNameTheirPointers() {
      Verdict v = check(PurchaseOrder.newBuilder().addLine(null)
          .addLine(PurchaseLine.newBuilder().platformCode("XA01").quantity(1).unitPrice("10")
              .traceCode("1").build())
          .build());
      assertThat(v.findings("INPUT.INVALID")).extracting(f -> f.evidence().get("pointer"))
          .contains("/subject/createdAt", "/subject/requestedBy", "/subject/channel",
              "/subject/supplierId", "/subject/lines/0", "/subject/lines/1/itemCode");
      assertThat(invalid(order("S1").build())).containsEntry("pointer", "/subject/lines");
      assertThat(invalid(order("S1", line("XA01").build())
          .requestedBy(PurchaseRequester.of("u", null)).build()))
          .containsEntry("pointer", "/subject/requestedBy/department");
    }

    @Test
    void anAcceptanceBeforeCreationIsInvalid() {
      assertThat(invalid(order("S1", line("XA01").build()).acceptedAt(CREATED.minusSeconds(1))
          .build())).containsEntry("pointer", "/subject/acceptedAt");
    }

    @Test
    void inputInvalidBlocksPurchasesByDefaultAndThePolicyMayLowerIt() {
      PurchaseOrder zero = order("S1", line("XA01").quantity(0).build()).build();
      Verdicts.assertBlocks(check(zero), "INPUT.INVALID");
      Qinglian q = engine().policy(policy("INPUT.INVALID",
          RuleSetting.newBuilder().severity(Decision.REVIEW).build())).build();
      Verdicts.assertReviews(q.purchases().check(zero, CREATED), "INPUT.INVALID");
    }

    @Test
    void aLineWithABadQuantityIsLeftOutOfTheVbpSumButStillPriceChecked() {
      Verdict v = check(order("S1", line("XV01").quantity(0).unitPrice("11").build()).build());
      assertThat(v.ruleIds()).containsExactlyInAnyOrder("INPUT.INVALID", "PROC.PRICE");
    }
  }

  @Test
  void aReloadedPolicyTakesEffectAtTheNextCheck() {
    Qinglian q = q();
    PurchaseOrder clinical = order("S1", line("XA01").build())
        .requestedBy(PurchaseRequester.of("u", RequestingDepartment.CLINICAL)).build();
    Verdicts.assertBlocks(q.purchases().check(clinical, CREATED), "PROC.PRIVATE");
    q.reload(policy("PROC.PRIVATE", RuleSetting.newBuilder().severity(Decision.WARN).build()));
    Verdicts.assertWarns(q.purchases().check(clinical, CREATED), "PROC.PRIVATE");
  }

  @Test
  void findingsAreOrderedBySeverityThenRuleThenLine() {
    Verdict v = check(order("S1", line("XZ99").build(), line("XA01").unitPrice("11").build())
        .requestedBy(PurchaseRequester.of("u", RequestingDepartment.CLINICAL))
        .acceptedAt(CREATED).build());
    assertThat(v.findings()).extracting(Finding::ruleId).containsExactly(
        "PROC.OFF_PLATFORM", "PROC.PRICE", "PROC.PRIVATE");
    assertThat(ImmutableMap.copyOf(v.findings().get(1).evidence())).containsEntry("item", 1);
  }
}
