package io.github.qinglian.checkers.procurement;

import static com.google.common.base.Preconditions.checkNotNull;
import static io.github.qinglian.rule.RuleCatalog.PROC_VBP_VOLUME;

import com.google.common.collect.ImmutableList;
import io.github.qinglian.ConfigProblem;
import io.github.qinglian.internal.Findings;
import io.github.qinglian.model.PlatformListing;
import io.github.qinglian.model.PurchaseLine;
import io.github.qinglian.model.PurchaseOrder;
import io.github.qinglian.model.VbpAgreement;
import io.github.qinglian.policy.Policy;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Follows volume-based procurement (带量采购) through accepted purchase orders and reports, per
 * VBP-selected listing, the completion ratio, the linear projection to the period's end, the
 * share of non-selected substitutes and the items at risk, with the same projection
 * {@code PROC.VBP_VOLUME} uses.
 *
 * <p>Each listing's {@code procuredSoFar} is the opening balance: what was procured in the period
 * before the orders given here. A line counts towards the listing whose platform code it buys;
 * a line buying no tracked listing counts as a substitute of the listing its
 * {@code substitutesVbpItem} names. A line counts when its order was accepted ({@code acceptedAt})
 * within the item's period (both ends inclusive) and at or before the report instant, and its
 * quantity and unit price are valid; every order or line left out is listed in
 * {@link VbpReport#skipped()} with its pointer ({@code /orders/3/lines/0}) and the reason.
 *
 * <p>Not thread-safe: one tracker accumulates one stream of orders. {@link #report} does not
 * change it, so reports may be taken at any point. {@code null} orders are skipped, never thrown.
 *
 * <pre>{@code
 * VbpTracker tracker = VbpTracker.of(listings, policy);
 * for (PurchaseOrder po : acceptedThisQuarter) {
 *   tracker.accept(po);
 * }
 * VbpReport report = tracker.report(Instant.parse("2026-12-31T16:00:00Z"));
 * }</pre>
 */
public final class VbpTracker {
  private final ImmutableList<PlatformListing> items;
  private final Map<String, Integer> index = new HashMap<>();
  private final List<List<Entry>> bought = new ArrayList<>();
  private final List<List<Entry>> substitutes = new ArrayList<>();
  private final List<ConfigProblem> skipped = new ArrayList<>();
  private final List<@Nullable Instant> acceptances = new ArrayList<>();
  private final BigDecimal minCompletion;
  private final Policy policy;

  /** One counted line: where it came from, when it was accepted, how much and at what cost. */
  private static final class Entry {
    final String pointer;
    final Instant acceptedAt;
    final BigDecimal quantity;
    final BigDecimal amount;

    Entry(String pointer, Instant acceptedAt, BigDecimal quantity, BigDecimal amount) {
      this.pointer = pointer;
      this.acceptedAt = acceptedAt;
      this.quantity = quantity;
      this.amount = amount;
    }
  }

  private VbpTracker(ImmutableList<PlatformListing> items, Policy policy) {
    this.items = items;
    this.policy = policy;
    this.minCompletion = (BigDecimal) policy.param(PROC_VBP_VOLUME, "minCompletion");
    for (int i = 0; i < items.size(); i++) {
      index.put(items.get(i).platformCode(), i);
      bought.add(new ArrayList<Entry>());
      substitutes.add(new ArrayList<Entry>());
    }
  }

  /**
   * A tracker of the VBP-selected listings among {@code listings} (the others are ignored), with
   * {@code minCompletion} from {@code policy}.
   *
   * @throws IllegalArgumentException if two listings share a platform code
   */
  public static VbpTracker of(Iterable<PlatformListing> listings, Policy policy) {
    checkNotNull(policy, "policy");
    ImmutableList.Builder<PlatformListing> b = ImmutableList.builder();
    java.util.Set<String> codes = new java.util.HashSet<>();
    for (PlatformListing l : listings) {
      if (!codes.add(l.platformCode())) {
        throw new IllegalArgumentException("duplicate platform code " + l.platformCode());
      }
      if (l.vbpSelected()) {
        b.add(l);
      }
    }
    return new VbpTracker(b.build(), policy);
  }

  /** The tracked VBP-selected listings. */
  public ImmutableList<PlatformListing> items() {
    return items;
  }

  /**
   * Consumes one order. Orders are numbered from 0 in the order given; a {@code null} order, an
   * order not accepted, and lines that cannot be counted are recorded as skipped.
   *
   * @return this tracker
   */
  public VbpTracker accept(@Nullable PurchaseOrder order) {
    String base = "/orders/" + acceptances.size();
    if (order == null) {
      acceptances.add(null);
      skipped.add(ConfigProblem.of(base, "order is null; not counted"));
      return this;
    }
    Instant accepted = order.acceptedAt();
    acceptances.add(accepted);
    if (accepted == null) {
      skipped.add(ConfigProblem.of(base + "/acceptedAt", "not accepted; not counted"));
      return this;
    }
    ImmutableList<PurchaseLine> lines = order.lines();
    for (int k = 0; k < lines.size(); k++) {
      String lp = base + "/lines/" + k;
      PurchaseLine line = lines.get(k);
      if (line.isMissing()) {
        skipped.add(ConfigProblem.of(lp, "line is null; not counted"));
        continue;
      }
      Integer item = line.platformCode() == null ? null : index.get(line.platformCode());
      boolean substitute = false;
      if (item == null && line.substitutesVbpItem() != null) {
        item = index.get(line.substitutesVbpItem());
        substitute = item != null;
      }
      if (item == null) {
        continue; // not a VBP line
      }
      String q = PurchaseRules.quantityProblem(line);
      if (q != null) {
        skipped.add(ConfigProblem.of(lp + "/quantity", q + "; not counted"));
        continue;
      }
      String p = PurchaseRules.priceProblem(line.unitPrice());
      if (p != null) {
        skipped.add(ConfigProblem.of(lp + "/unitPrice", p + "; not counted"));
        continue;
      }
      BigDecimal quantity = line.quantity();
      Entry e = new Entry(lp, accepted, quantity, quantity.multiply(line.unitPrice()));
      (substitute ? substitutes : bought).get(item).add(e);
    }
    return this;
  }

  /**
   * Records a problem found before the tracker saw an order (for example while reading it from
   * JSON), to be listed among the report's skipped entries. Of two entries with the same pointer
   * the report keeps the first, so note such problems before accepting the order.
   *
   * @return this tracker
   */
  public VbpTracker note(ConfigProblem problem) {
    skipped.add(checkNotNull(problem, "problem"));
    return this;
  }

  /** The number of orders consumed so far, the next order's index. */
  public int orders() {
    return acceptances.size();
  }

  /** Consumes {@code orders} in order; see {@link #accept(PurchaseOrder)}. */
  public VbpTracker acceptAll(Iterable<? extends @Nullable PurchaseOrder> orders) {
    for (PurchaseOrder o : orders) {
      accept(o);
    }
    return this;
  }

  /** The progress of every item at {@code at}. Does not change the tracker. */
  public VbpReport report(Instant at) {
    checkNotNull(at, "at");
    List<ConfigProblem> notCounted = new ArrayList<>(skipped);
    int acceptedOrders = 0;
    for (int n = 0; n < acceptances.size(); n++) {
      Instant a = acceptances.get(n);
      if (a != null && !a.isAfter(at)) {
        acceptedOrders++;
      } else if (a != null) {
        notCounted.add(ConfigProblem.of("/orders/" + n + "/acceptedAt", "accepted at "
            + Findings.local(a, policy.zone()) + ", after the report instant; not counted"));
      }
    }
    ImmutableList.Builder<VbpItemProgress> progress = ImmutableList.builder();
    int countedLines = 0;
    BigDecimal totalQuantity = BigDecimal.ZERO;
    BigDecimal totalAmount = BigDecimal.ZERO;
    for (int i = 0; i < items.size(); i++) {
      PlatformListing listing = items.get(i);
      VbpAgreement a = listing.vbp();
      List<Entry> counted = new ArrayList<>();
      BigDecimal quantity = BigDecimal.ZERO;
      BigDecimal amount = BigDecimal.ZERO;
      int lines = 0;
      for (Entry e : bought.get(i)) {
        if (counts(e, a, at, notCounted)) {
          counted.add(e);
          quantity = quantity.add(e.quantity);
          amount = amount.add(e.amount);
          lines++;
        }
      }
      BigDecimal subs = BigDecimal.ZERO;
      int subLines = 0;
      for (Entry e : substitutes.get(i)) {
        if (counts(e, a, at, notCounted)) {
          subs = subs.add(e.quantity);
          totalAmount = totalAmount.add(e.amount);
          subLines++;
        }
      }
      countedLines += lines + subLines;
      totalQuantity = totalQuantity.add(quantity).add(subs);
      totalAmount = totalAmount.add(amount);
      progress.add(new VbpItemProgress(listing, quantity, amount, subs, lines, subLines,
          VbpSchedule.elapsedMillis(a, at), minCompletion, timeline(a, counted, at)));
    }
    ImmutableList.Builder<ConfigProblem> distinct = ImmutableList.builder();
    java.util.Set<String> pointers = new java.util.HashSet<>();
    for (ConfigProblem p : notCounted) {
      if (pointers.add(p.pointer())) {
        distinct.add(p);
      }
    }
    return new VbpReport(at, policy.zone(), minCompletion, progress.build(), acceptances.size(), acceptedOrders,
        countedLines, totalQuantity, totalAmount, distinct.build());
  }

  private boolean counts(Entry e, VbpAgreement a, Instant at, List<ConfigProblem> notCounted) {
    if (e.acceptedAt.isAfter(at)) {
      return false; // reported once per order above
    }
    if (e.acceptedAt.isBefore(a.periodStart()) || e.acceptedAt.isAfter(a.periodEnd())) {
      notCounted.add(ConfigProblem.of(e.pointer, "accepted at "
          + Findings.local(e.acceptedAt, policy.zone()) + ", outside the VBP period "
          + Findings.local(a.periodStart(), policy.zone()) + " – "
          + Findings.local(a.periodEnd(), policy.zone()) + "; not counted"));
      return false;
    }
    return true;
  }

  private static ImmutableList<VbpPoint> timeline(VbpAgreement a, List<Entry> counted, Instant at) {
    List<Entry> sorted = new ArrayList<>(counted);
    Collections.sort(sorted, new Comparator<Entry>() {
      @Override
      public int compare(Entry x, Entry y) {
        return x.acceptedAt.compareTo(y.acceptedAt);
      }
    });
    ImmutableList.Builder<VbpPoint> points = ImmutableList.builder();
    BigDecimal running = a.procuredSoFar();
    points.add(VbpPoint.of(a.periodStart(), running));
    Instant last = a.periodStart();
    for (int j = 0; j < sorted.size(); j++) {
      Entry e = sorted.get(j);
      running = running.add(e.quantity);
      boolean lastOfInstant = j + 1 == sorted.size()
          || !sorted.get(j + 1).acceptedAt.equals(e.acceptedAt);
      if (lastOfInstant) {
        points.add(VbpPoint.of(e.acceptedAt, running));
        last = e.acceptedAt;
      }
    }
    Instant end = at.isBefore(a.periodEnd()) ? at : a.periodEnd();
    if (end.isAfter(last)) {
      points.add(VbpPoint.of(end, running));
    }
    return points.build();
  }

  @Override
  public String toString() {
    return "VbpTracker{" + items.size() + " items, " + acceptances.size() + " orders}";
  }
}
