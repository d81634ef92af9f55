package io.github.qinglian.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import io.github.qinglian.ConfigProblem;
import io.github.qinglian.ConfigurationException;
import io.github.qinglian.checkers.procurement.VbpItemProgress;
import io.github.qinglian.checkers.procurement.VbpPoint;
import io.github.qinglian.checkers.procurement.VbpReport;
import io.github.qinglian.checkers.procurement.VbpTracker;
import io.github.qinglian.model.PlatformListing;
import io.github.qinglian.model.PurchaseOrder;
import io.github.qinglian.model.VbpAgreement;
import io.github.qinglian.policy.Policy;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The VBP tracker's JSON: reads a tracker input and writes a {@link VbpReport}. Thread-safe.
 *
 * <p>Input: {@code {"at": instant, "policy": {…}, "listings": [listing…], "orders": [order…]}}.
 * {@code at} is the report instant (required); {@code policy} is optional, in the wire format's
 * policy shape ({@code PROC.VBP_VOLUME}'s {@code minCompletion}, the zone); {@code listings} are
 * platform listings as in a purchase case's reference, each VBP-selected one tracked with its
 * {@code procuredSoFar} as the opening balance; {@code orders} are purchase-order subjects. A
 * problem in {@code at}, the policy or a listing makes the input unusable (a
 * {@link ConfigurationException} listing every problem); a problem in an order only keeps that
 * order or line from being counted, and is listed in the report's {@code skipped}.
 *
 * <pre>{@code
 * VbpReport report = VbpJson.track(new String(Files.readAllBytes(path), StandardCharsets.UTF_8));
 * System.out.println(VbpJson.toJson(report));
 * }</pre>
 */
public final class VbpJson {
  private static final String[] FIELDS = {"at", "policy", "listings", "orders"};

  private VbpJson() {}

  /**
   * Tracks the orders of the input {@code json} and reports at its {@code at}.
   *
   * @throws ConfigurationException listing every problem of {@code at}, the policy or a listing
   */
  public static VbpReport track(String json) {
    JsonNode node;
    try {
      node = JsonSupport.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new ConfigurationException("VBP tracker input",
          ImmutableList.of(ConfigProblem.of("", "not JSON" + JsonSupport.where(e))));
    }
    return track(node);
  }

  /**
   * Tracks the orders of the input {@code node} and reports at its {@code at}.
   *
   * @throws ConfigurationException listing every problem of {@code at}, the policy or a listing
   */
  public static VbpReport track(@Nullable JsonNode node) {
    Reader r = new Reader();
    if (!r.object(node, "", FIELDS)) {
      throw new ConfigurationException("VBP tracker input",
          ImmutableList.of(ConfigProblem.of("", "must be an object")));
    }
    Instant at = r.instant(node, "at", "", true);
    Policy policy = Policy.defaults();
    List<ConfigProblem> problems = new ArrayList<>();
    try {
      policy = PolicyJson.read(node.get("policy"), "/policy", new ArrayList<ConfigProblem>());
    } catch (ConfigurationException e) {
      problems.addAll(e.problems());
    }
    if (!Reader.has(node, "listings")) {
      r.error("/listings", "required");
    }
    List<PlatformListing> listings = ProcurementJson.listings(r, node, "listings", "");
    problems.addAll(r.errors);
    if (!problems.isEmpty()) {
      throw new ConfigurationException("VBP tracker input", problems);
    }
    VbpTracker tracker = VbpTracker.of(listings, policy);
    List<JsonNode> orders = r.array(node, "orders", "");
    for (int n = 0; n < orders.size(); n++) {
      Reader or = new Reader();
      String p = "/orders/" + n;
      JsonNode o = orders.get(n);
      PurchaseOrder order = o == null || o.isNull() ? null
          : ProcurementJson.purchaseOrder(or, o, p);
      for (ConfigProblem e : or.errors) {
        tracker.note(ConfigProblem.of(e.pointer(), e.reason() + "; not counted"));
      }
      tracker.accept(order);
    }
    if (!r.errors.isEmpty()) {
      throw new ConfigurationException("VBP tracker input", r.errors);
    }
    return tracker.report(at);
  }

  /** Writes {@code report}, instants with the offset of its zone. */
  public static ObjectNode toJson(VbpReport report) {
    ZoneId zone = report.zone();
    ObjectNode o = JsonSupport.MAPPER.createObjectNode();
    o.put("at", ModelJson.instant(report.at(), zone));
    o.put("minCompletion", report.minCompletion());
    ArrayNode items = o.putArray("items");
    ArrayNode atRisk = JsonSupport.MAPPER.createArrayNode();
    for (VbpItemProgress p : report.items()) {
      PlatformListing l = p.listing();
      VbpAgreement a = p.agreement();
      ObjectNode io = items.addObject();
      io.put("platformCode", l.platformCode());
      putNullable(io, "itemCode", l.itemCode());
      putNullable(io, "genericName", l.genericName());
      io.put("agreedPrice", a.agreedPrice());
      io.put("agreedVolume", a.agreedVolume());
      io.put("periodStart", ModelJson.instant(a.periodStart(), zone));
      io.put("periodEnd", ModelJson.instant(a.periodEnd(), zone));
      io.put("openingBalance", p.openingBalance());
      io.put("procuredInOrders", p.procuredInOrders());
      io.put("procured", p.procured());
      io.put("lines", p.lines());
      io.put("amount", p.amount());
      io.put("completion", p.completion());
      io.put("elapsedShare", p.elapsedShare());
      io.put("scheduled", p.scheduled());
      putDecimal(io, "projected", p.projected());
      putDecimal(io, "projectedCompletion", p.projectedCompletion());
      io.put("substituteQuantity", p.substituteQuantity());
      io.put("substituteLines", p.substituteLines());
      putDecimal(io, "substituteShare", p.substituteShare());
      io.put("atRisk", p.atRisk());
      ArrayNode tl = io.putArray("timeline");
      for (VbpPoint pt : p.timeline()) {
        ObjectNode po = tl.addObject();
        po.put("at", ModelJson.instant(pt.at(), zone));
        po.put("procured", pt.procured());
      }
      if (p.atRisk()) {
        atRisk.add(l.platformCode());
      }
    }
    o.set("atRisk", atRisk);
    ObjectNode totals = o.putObject("totals");
    totals.put("orders", report.orders());
    totals.put("acceptedOrders", report.acceptedOrders());
    totals.put("countedLines", report.countedLines());
    totals.put("quantity", report.totalQuantity());
    totals.put("amount", report.totalAmount());
    ArrayNode skipped = o.putArray("skipped");
    for (ConfigProblem p : report.skipped()) {
      ObjectNode so = skipped.addObject();
      so.put("pointer", p.pointer());
      so.put("reason", p.reason());
    }
    return o;
  }

  private static void putDecimal(ObjectNode o, String key, @Nullable BigDecimal v) {
    if (v == null) {
      o.putNull(key);
    } else {
      o.put(key, v);
    }
  }

  private static void putNullable(ObjectNode o, String key, @Nullable String v) {
    if (v == null) {
      o.putNull(key);
    } else {
      o.put(key, v);
    }
  }
}
