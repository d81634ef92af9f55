package io.github.qinglian.checkers.procurement;

import static io.github.qinglian.rule.RuleCatalog.PROC_OFF_PLATFORM;
import static io.github.qinglian.rule.RuleCatalog.PROC_PAYMENT;
import static io.github.qinglian.rule.RuleCatalog.PROC_PRICE;
import static io.github.qinglian.rule.RuleCatalog.PROC_PRIVATE;
import static io.github.qinglian.rule.RuleCatalog.PROC_SUPPLIER;
import static io.github.qinglian.rule.RuleCatalog.PROC_TRACE_CODE;
import static io.github.qinglian.rule.RuleCatalog.PROC_VBP_PRIORITY;
import static io.github.qinglian.rule.RuleCatalog.PROC_VBP_VOLUME;

import com.google.common.collect.ImmutableList;
import io.github.qinglian.Finding;
import io.github.qinglian.PurchaseChecker;
import io.github.qinglian.Snapshot;
import io.github.qinglian.Verdict;
import io.github.qinglian.internal.FindingList;
import io.github.qinglian.internal.PerSnapshot;
import io.github.qinglian.internal.Findings;
import io.github.qinglian.model.ListingCategory;
import io.github.qinglian.model.OffPlatformFiling;
import io.github.qinglian.model.PlatformListing;
import io.github.qinglian.model.PurchaseChannel;
import io.github.qinglian.model.PurchaseLine;
import io.github.qinglian.model.PurchaseOrder;
import io.github.qinglian.model.PurchaseRequester;
import io.github.qinglian.model.RequestingDepartment;
import io.github.qinglian.model.Supplier;
import io.github.qinglian.model.VbpAgreement;
import io.github.qinglian.policy.Policy;
import io.github.qinglian.reference.PlatformListings;
import io.github.qinglian.rule.Family;
import io.github.qinglian.rule.Rule;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The purchase-order checker over a live snapshot: {@code PROC.OFF_PLATFORM}, {@code PROC.PRICE},
 * {@code PROC.PRIVATE}, {@code PROC.SUPPLIER}, {@code PROC.VBP_PRIORITY}, {@code PROC.VBP_VOLUME},
 * {@code PROC.PAYMENT} and {@code PROC.TRACE_CODE}. Thread-safe and lock-free; never throws.
 * Construct it through {@link io.github.qinglian.Qinglian#purchases()}.
 *
 * <p>The clean path allocates nothing: lookups are single hash probes, deadlines are compared
 * on epoch seconds, VBP schedules in exact 128-bit fixed point, and findings (with their messages)
 * are made only when a rule fires. A clean order gets the snapshot's shared ALLOW verdict.
 *
 * <p>Bad input: a {@code null} order, a missing field, a zero or negative quantity or price, money
 * or a quantity with more than 4 decimals, an acceptance before creation or a payment before
 * acceptance, an unknown {@code substitutesVbpItem} all get {@code INPUT.INVALID} naming the field
 * by JSON pointer. An unknown supplier is {@code PROC.SUPPLIER}'s; a missing or unlisted platform
 * code is {@code PROC.OFF_PLATFORM}'s.
 */
public final class PurchaseRules implements PurchaseChecker {
  private static final Logger LOG = LoggerFactory.getLogger(PurchaseRules.class);

  private final java.util.function.Supplier<Snapshot> snapshots;
  private final Clock clock;
  private final PerSnapshot<ProcurementLimits> limits =
      new PerSnapshot<>(ProcurementLimits::new);

  /** Creates a checker reading the snapshot {@code snapshots} supplies, timed by {@code clock}. */
  public PurchaseRules(java.util.function.Supplier<Snapshot> snapshots, Clock clock) {
    this.snapshots = snapshots;
    this.clock = clock;
  }

  @Override
  public Verdict check(@Nullable PurchaseOrder order) {
    return run(order, null);
  }

  @Override
  public Verdict check(@Nullable PurchaseOrder order, @Nullable Instant at) {
    return run(order, at);
  }

  private Verdict run(@Nullable PurchaseOrder order, @Nullable Instant at) {
    Snapshot s = null;
    try {
      s = snapshots.get();
      ProcurementLimits l = limits.get(s);
      FindingList out = evaluate(l, order, at != null ? at : clock.instant());
      return out == null ? s.allowVerdict() : out.verdict(s.allowVerdict());
    } catch (Throwable t) { // an internal failure must never reach the HIS's thread
      Findings.rethrowFatal(t);
      return Findings.engineError(s, t, false, LOG, "purchase check");
    }
  }

  // ------------------------------------------------------------------------------------------

  private static @Nullable FindingList evaluate(
      ProcurementLimits l, @Nullable PurchaseOrder po, Instant at) {
    Policy policy = l.snapshot.policy();
    if (po == null) {
      return invalid(policy, null, Finding.NO_ITEM, "/subject", "required", null);
    }
    FindingList out = null;
    Instant created = po.createdAt();
    if (created == null) {
      out = invalid(policy, out, Finding.NO_ITEM, "/subject/createdAt", "required", null);
    }
    // Without createdAt, the supplier and the filing deadline are judged at the evaluation instant.
    Instant asOf = created != null ? created : at;
    PurchaseRequester requester = po.requestedBy();
    RequestingDepartment department = null;
    if (requester == null) {
      out = invalid(policy, out, Finding.NO_ITEM, "/subject/requestedBy", "required", null);
    } else {
      department = requester.department();
      if (department == null) {
        out = invalid(policy, out, Finding.NO_ITEM, "/subject/requestedBy/department", "required",
            null);
      }
    }
    PurchaseChannel channel = po.channel();
    if (channel == null) {
      out = invalid(policy, out, Finding.NO_ITEM, "/subject/channel", "required", null);
    }
    OffPlatformFiling filing = po.exception();
    if (filing != null && filing.type() == null) {
      out = invalid(policy, out, Finding.NO_ITEM, "/subject/exception/type", "required", null);
    }
    Instant accepted = po.acceptedAt();
    Instant paid = po.paidAt();
    if (accepted != null && created != null && accepted.isBefore(created)) {
      out = invalid(policy, out, Finding.NO_ITEM, "/subject/acceptedAt", "is before createdAt",
          local(accepted, policy));
    }
    boolean paidValid = paid != null;
    if (paid != null) {
      if (accepted == null) {
        out = invalid(policy, out, Finding.NO_ITEM, "/subject/paidAt",
            "is set but acceptedAt is not: payment follows acceptance", local(paid, policy));
        paidValid = false;
      } else if (paid.isBefore(accepted)) {
        out = invalid(policy, out, Finding.NO_ITEM, "/subject/paidAt", "is before acceptedAt",
            local(paid, policy));
        paidValid = false;
      }
    }
    ImmutableList<PurchaseLine> lines = po.lines();
    if (lines.isEmpty()) {
      out = invalid(policy, out, Finding.NO_ITEM, "/subject/lines", "must have at least one line",
          null);
    }

    // ---------------------------------------------------------------- who buys, from whom
    if ((department == RequestingDepartment.CLINICAL || department == RequestingDepartment.OTHER)
        && on(policy, PROC_PRIVATE)) {
      out = add(out, policy, PROC_PRIVATE, null, Finding.NO_ITEM,
          "department", department.name(), "userId", requester.userId());
    }
    out = supplier(l, policy, po.supplierId(), asOf, out);

    // ---------------------------------------------------------------- lines
    PlatformListings listings = l.snapshot.reference().listings();
    String filingState = null; // computed at the first off-platform line
    for (int i = 0; i < lines.size(); i++) {
      PurchaseLine line = lines.get(i);
      if (line.isMissing()) {
        out = invalid(policy, out, i, pointer(i, null), "line is null", null);
        continue;
      }
      if (blank(line.itemCode())) {
        out = invalid(policy, out, i, pointer(i, "itemCode"), "required", null);
      }
      String quantityProblem = quantityProblem(line);
      if (quantityProblem != null) {
        out = invalid(policy, out, i, pointer(i, "quantity"), quantityProblem, line.quantity());
      }
      BigDecimal price = line.unitPrice();
      String priceProblem = priceProblem(price);
      if (priceProblem != null) {
        out = invalid(policy, out, i, pointer(i, "unitPrice"), priceProblem, price);
      }
      String code = line.platformCode();
      PlatformListing listing = blank(code) ? null : listings.find(code);
      ListingCategory stated = line.category();
      ListingCategory category =
          listing != null ? listing.category() : stated != null ? stated : ListingCategory.DRUG;
      if (listing != null && stated != null && stated != listing.category()) {
        out = invalid(policy, out, i, pointer(i, "category"),
            "differs from the listing's category " + listing.category(), stated.name());
      }
      ImmutableList<String> traceCodes = line.traceCodes();
      for (int k = 0; k < traceCodes.size(); k++) {
        if (blank(traceCodes.get(k))) {
          out = invalid(policy, out, i, pointer(i, "traceCodes/" + k), "must not be blank", null);
        }
      }

      // off the platform
      if (category != ListingCategory.CONSUMABLE
          && (channel == PurchaseChannel.OFFLINE || listing == null)
          && on(policy, PROC_OFF_PLATFORM)) {
        if (filingState == null) {
          filingState = filingState(filing, asOf, at, l.filingSeconds);
        }
        if (filingState != VALID && filingState != PENDING) {
          String reason = channel == PurchaseChannel.OFFLINE ? "OFFLINE"
              : blank(code) ? "NO_PLATFORM_CODE" : "NOT_LISTED";
          out = offPlatform(l, policy, line, i, reason, category, channel, filing, filingState,
              asOf, out);
        }
      }

      // price
      if (listing != null && priceProblem == null && on(policy, PROC_PRICE)) {
        VbpAgreement vbp = listing.vbp();
        if (vbp != null) {
          int c = price.compareTo(vbp.agreedPrice());
          if (c != 0) {
            out = add(out, policy, PROC_PRICE, c < 0 ? "VBP_BELOW" : "VBP_ABOVE", i,
                "platformCode", code, "unitPrice", price, "agreedPrice", vbp.agreedPrice(),
                "listedPrice", listing.listedPrice());
          }
        } else if (price.compareTo(listing.listedPrice()) > 0) {
          out = add(out, policy, PROC_PRICE, "ABOVE_LISTED", i,
              "platformCode", code, "unitPrice", price, "listedPrice", listing.listedPrice());
        }
      }

      // VBP completion, once per listing at its first line, with the order's whole quantity
      if (listing != null && listing.vbp() != null && on(policy, PROC_VBP_VOLUME)
          && firstLineOf(lines, i, code)) {
        out = vbpVolume(l, policy, lines, i, listing, at, out);
      }

      // substitutes for a VBP item that is behind
      String substituted = line.substitutesVbpItem();
      if (!blank(substituted)) {
        PlatformListing target = listings.find(substituted);
        if (target == null) {
          out = invalid(policy, out, i, pointer(i, "substitutesVbpItem"),
              "unknown platform code", substituted);
        } else if (target.vbp() == null) {
          out = invalid(policy, out, i, pointer(i, "substitutesVbpItem"),
              "is not a VBP-selected listing", substituted);
        } else if (on(policy, PROC_VBP_PRIORITY) && !buys(lines, substituted)) {
          VbpAgreement a = target.vbp();
          long elapsed = VbpSchedule.elapsedMillis(a, at);
          if (VbpSchedule.behind(a.procuredSoFarUnits(), a, elapsed, l.minCompletion,
              l.minCompletionUnits)) {
            out = add(out, policy, PROC_VBP_PRIORITY, null, i,
                "platformCode", code, "substitutesVbpItem", substituted,
                "procuredSoFar", a.procuredSoFar(),
                "projected", VbpSchedule.projected(a.procuredSoFar(), a, elapsed),
                "target", target(a, l),
                "agreedVolume", a.agreedVolume(),
                "minCompletion", l.minCompletion,
                "elapsedShare", VbpSchedule.share(a, elapsed));
          }
        }
      }

      // trace codes at acceptance
      if (accepted != null && traceCodes.isEmpty() && l.traceable(category)
          && on(policy, PROC_TRACE_CODE)) {
        out = add(out, policy, PROC_TRACE_CODE, null, i,
            "itemCode", line.itemCode(), "platformCode", code, "category", category.name());
      }
    }

    // ---------------------------------------------------------------- payment
    if (accepted != null && on(policy, PROC_PAYMENT)) {
      if (paid != null) {
        if (paidValid && !within(accepted, paid, l.paymentSeconds)) {
          out = add(out, policy, PROC_PAYMENT, "LATE", Finding.NO_ITEM,
              "acceptedAt", local(accepted, policy), "paidAt", local(paid, policy),
              "deadline", local(accepted.plusSeconds(l.paymentSeconds), policy),
              "maxDays", l.paymentSeconds / ProcurementLimits.DAY_SECONDS);
        }
      } else if (!within(accepted, at, l.paymentSeconds)) {
        out = add(out, policy, PROC_PAYMENT, "UNPAID", Finding.NO_ITEM,
            "acceptedAt", local(accepted, policy),
            "deadline", local(accepted.plusSeconds(l.paymentSeconds), policy),
            "maxDays", l.paymentSeconds / ProcurementLimits.DAY_SECONDS);
      }
    }
    return out;
  }

  private static @Nullable FindingList supplier(
      ProcurementLimits l, Policy policy, @Nullable String id, Instant asOf,
      @Nullable FindingList out) {
    if (blank(id)) {
      out = invalid(policy, out, Finding.NO_ITEM, "/subject/supplierId", "required", null);
      if (on(policy, PROC_SUPPLIER)) {
        out = add(out, policy, PROC_SUPPLIER, "MISSING", Finding.NO_ITEM, "reason", "MISSING");
      }
      return out;
    }
    if (!on(policy, PROC_SUPPLIER)) {
      return out;
    }
    Supplier s = l.snapshot.reference().suppliers().find(id);
    if (s == null) {
      return add(out, policy, PROC_SUPPLIER, "UNKNOWN", Finding.NO_ITEM,
          "supplierId", id, "reason", "UNKNOWN");
    }
    if (!s.licensedAt(asOf)) {
      out = add(out, policy, PROC_SUPPLIER, "LICENSE_EXPIRED", Finding.NO_ITEM,
          "supplierId", id, "reason", "LICENSE_EXPIRED",
          "licenseValidTo", local(s.licenseValidTo(), policy), "createdAt", local(asOf, policy));
    }
    if (s.blacklistedAt(asOf)) {
      out = add(out, policy, PROC_SUPPLIER, "BLACKLISTED", Finding.NO_ITEM,
          "supplierId", id, "reason", "BLACKLISTED",
          "blacklistedUntil", local(s.blacklistedUntil(), policy),
          "createdAt", local(asOf, policy));
    }
    if (s.creditRating().atLeast(l.blockFromRating)) {
      out = add(out, policy, PROC_SUPPLIER, "CREDIT_RATING", Finding.NO_ITEM,
          "supplierId", id, "reason", "CREDIT_RATING",
          "creditRating", s.creditRating().name(), "blockFromRating", l.blockFromRating.name());
    }
    return out;
  }

  // ---------------------------------------------------------------- off-platform exceptions

  private static final String VALID = "VALID";
  private static final String PENDING = "PENDING";
  private static final String NONE = "NONE";
  private static final String LATE = "LATE";
  private static final String OVERDUE = "OVERDUE";

  /**
   * VALID (filed in time), PENDING (not filed, deadline not passed), NONE (no exception, or one
   * without a type), LATE (filed after the deadline) or OVERDUE (not filed, deadline passed).
   */
  private static String filingState(
      @Nullable OffPlatformFiling f, Instant created, Instant at, long filingSeconds) {
    if (f == null || f.type() == null) {
      return NONE;
    }
    Instant filed = f.filedAt();
    if (filed != null) {
      return within(created, filed, filingSeconds) ? VALID : LATE;
    }
    return within(created, at, filingSeconds) ? PENDING : OVERDUE;
  }

  private static FindingList offPlatform(
      ProcurementLimits l,
      Policy policy,
      PurchaseLine line,
      int i,
      String reason,
      ListingCategory category,
      @Nullable PurchaseChannel channel,
      @Nullable OffPlatformFiling filing,
      String state,
      Instant created,
      @Nullable FindingList out) {
    boolean claimed = state == LATE || state == OVERDUE;
    Instant filed = filing == null ? null : filing.filedAt();
    return add(out, policy, PROC_OFF_PLATFORM, claimed ? state : reason, i,
        "itemCode", line.itemCode(), "platformCode", line.platformCode(),
        "category", category.name(), "channel", channel == null ? null : channel.name(),
        "reason", reason, "exception", state,
        "exceptionType", claimed && filing.type() != null ? filing.type().name() : null,
        "filingId", claimed ? filing.filingId() : null,
        "filedAt", filed == null ? null : local(filed, policy),
        "deadline", claimed ? local(created.plusSeconds(l.filingSeconds), policy) : null,
        "filingDays", l.filingSeconds / ProcurementLimits.DAY_SECONDS);
  }

  // ---------------------------------------------------------------- VBP

  private static @Nullable FindingList vbpVolume(
      ProcurementLimits l,
      Policy policy,
      ImmutableList<PurchaseLine> lines,
      int first,
      PlatformListing listing,
      Instant at,
      @Nullable FindingList out) {
    VbpAgreement a = listing.vbp();
    long elapsed = VbpSchedule.elapsedMillis(a, at);
    if (elapsed <= 0) {
      return out; // before the period starts: no projection
    }
    String code = listing.platformCode();
    long total = a.procuredSoFarUnits();
    for (int j = first; j < lines.size() && total >= 0; j++) {
      PurchaseLine line = lines.get(j);
      if (code.equals(line.platformCode()) && quantityProblem(line) == null) {
        total = VbpSchedule.add(total, line.quantityUnits());
      }
    }
    boolean behind = total >= 0
        ? VbpSchedule.behind(total, a, elapsed, l.minCompletion, l.minCompletionUnits)
        : VbpSchedule.behind(exactTotal(a, lines, first, code), a, elapsed, l.minCompletion);
    if (!behind) {
      return out;
    }
    BigDecimal procured = exactTotal(a, lines, first, code);
    return add(out, policy, PROC_VBP_VOLUME, null, first,
        "platformCode", code,
        "procured", procured,
        "procuredSoFar", a.procuredSoFar(),
        "orderQuantity", procured.subtract(a.procuredSoFar()),
        "projected", VbpSchedule.projected(procured, a, elapsed),
        "target", target(a, l),
        "agreedVolume", a.agreedVolume(),
        "minCompletion", l.minCompletion,
        "elapsedShare", VbpSchedule.share(a, elapsed),
        "periodStart", local(a.periodStart(), policy),
        "periodEnd", local(a.periodEnd(), policy));
  }

  private static BigDecimal exactTotal(
      VbpAgreement a, ImmutableList<PurchaseLine> lines, int first, String code) {
    BigDecimal total = a.procuredSoFar();
    for (int j = first; j < lines.size(); j++) {
      PurchaseLine line = lines.get(j);
      if (code.equals(line.platformCode()) && quantityProblem(line) == null) {
        total = total.add(line.quantity());
      }
    }
    return total;
  }

  private static BigDecimal target(VbpAgreement a, ProcurementLimits l) {
    BigDecimal t = a.agreedVolume().multiply(l.minCompletion).stripTrailingZeros();
    return t.scale() < 0 ? t.setScale(0) : t;
  }

  private static boolean firstLineOf(ImmutableList<PurchaseLine> lines, int i, String code) {
    for (int j = 0; j < i; j++) {
      if (code.equals(lines.get(j).platformCode())) {
        return false;
      }
    }
    return true;
  }

  private static boolean buys(ImmutableList<PurchaseLine> lines, String code) {
    for (int j = 0; j < lines.size(); j++) {
      if (code.equals(lines.get(j).platformCode())) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- values

  /** Why the line's quantity is unusable, or {@code null}; allocates only when it is. */
  static @Nullable String quantityProblem(PurchaseLine line) {
    BigDecimal q = line.quantity();
    if (q == null) {
      return "required";
    }
    if (q.signum() <= 0) {
      return "must be positive";
    }
    if (line.quantityUnits() < 0) {
      return q.stripTrailingZeros().scale() > 4 ? "has more than 4 decimals"
          : "must be at most " + VbpAgreement.MAX_QUANTITY.toPlainString();
    }
    if (q.compareTo(VbpAgreement.MAX_QUANTITY) > 0) {
      return "must be at most " + VbpAgreement.MAX_QUANTITY.toPlainString();
    }
    return null;
  }

  /** Why a unit price is unusable, or {@code null}. */
  static @Nullable String priceProblem(@Nullable BigDecimal price) {
    if (price == null) {
      return "required";
    }
    if (price.signum() <= 0) {
      return "must be positive";
    }
    if (price.scale() > 4 && price.stripTrailingZeros().scale() > 4) {
      return "money has more than 4 decimals";
    }
    if (price.compareTo(PlatformListing.MAX_PRICE) > 0) {
      return "must be at most " + PlatformListing.MAX_PRICE.toPlainString();
    }
    return null;
  }

  /** Whether {@code t} ≤ {@code from} + {@code seconds}, without allocating. */
  static boolean within(Instant from, Instant t, long seconds) {
    long ds = t.getEpochSecond() - from.getEpochSecond();
    return ds < seconds || (ds == seconds && t.getNano() <= from.getNano());
  }

  // ---------------------------------------------------------------- util

  private static String local(Instant instant, Policy policy) {
    return Findings.local(instant, policy.zone());
  }

  private static boolean on(Policy policy, Rule rule) {
    return policy.enabled(rule);
  }

  private static boolean blank(@Nullable String s) {
    return s == null || s.trim().isEmpty();
  }

  private static String pointer(int line, @Nullable String field) {
    return field == null ? "/subject/lines/" + line : "/subject/lines/" + line + "/" + field;
  }

  private static FindingList add(
      @Nullable FindingList out,
      Policy policy,
      Rule rule,
      @Nullable String variant,
      int item,
      @Nullable Object... evidence) {
    return Findings.add(out, policy, rule, variant, item, evidence);
  }

  private static @Nullable FindingList invalid(
      Policy policy,
      @Nullable FindingList out,
      int item,
      String pointer,
      String reason,
      @Nullable Object value) {
    return Findings.invalid(policy, Family.PROCUREMENT, out, item, pointer, reason, value);
  }
}
