package io.github.qinglian.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.qinglian.ConfigurationException;
import io.github.qinglian.model.AntibioticTier;
import io.github.qinglian.model.CreditRating;
import io.github.qinglian.model.DrugForm;
import io.github.qinglian.model.FormularyAction;
import io.github.qinglian.model.FormularyChange;
import io.github.qinglian.model.FormularyItem;
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
import io.github.qinglian.reference.InMemoryFormularyCatalog;
import io.github.qinglian.reference.InMemoryPlatformListings;
import io.github.qinglian.reference.InMemorySupplierRegistry;
import io.github.qinglian.reference.ReferenceData;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Maps the procurement model to and from the wire format: platform listings with their VBP
 * agreements, suppliers and supply-catalogue items (reference data), purchase orders and
 * catalogue changes (subjects). Writing then reading gives an equal value; instants are written
 * with the offset of the given zone and must carry one when read; money and quantities are read
 * exactly as {@code BigDecimal} and written as JSON numbers.
 *
 * <p>Reference records are strict: each problem (a missing field, money that is not positive or
 * has more than 4 decimals, a VBP period that ends before it starts) is recorded with its JSON
 * pointer and the record is left out. Subjects are permissive: only shape errors (a wrong JSON
 * type, an unknown enum value, an instant without an offset) are problems; values the checker
 * judges (a zero quantity, a price with 5 decimals) are kept for it to report.
 *
 * <pre>{@code
 * PurchaseOrder po = ProcurementJson.readPurchaseOrder(node);
 * ObjectNode back = ProcurementJson.toJson(po, ZoneId.of("Asia/Shanghai"));
 * }</pre>
 */
public final class ProcurementJson {
  static final String[] LISTING_FIELDS = {
    "platformCode", "itemCode", "genericName", "form", "category", "listedPrice", "vbp"
  };
  static final String[] VBP_FIELDS = {
    "selected", "agreedPrice", "agreedVolume", "periodStart", "periodEnd", "procuredSoFar"
  };
  static final String[] SUPPLIER_FIELDS = {
    "id", "name", "licenseValidTo", "creditRating", "blacklistedUntil"
  };
  static final String[] FORMULARY_FIELDS = {
    "itemCode", "genericName", "form", "spec", "antibioticTier"
  };
  static final String[] ORDER_FIELDS = {
    "id", "createdAt", "requestedBy", "channel", "exception", "supplierId", "lines",
    "acceptedAt", "paidAt"
  };
  static final String[] REQUESTER_FIELDS = {"userId", "department"};
  static final String[] EXCEPTION_FIELDS = {"type", "filingId", "filedAt"};
  static final String[] LINE_FIELDS = {
    "itemCode", "platformCode", "category", "quantity", "unitPrice", "substitutesVbpItem",
    "traceCodes"
  };
  static final String[] CHANGE_FIELDS = {"id", "action", "item"};

  private ProcurementJson() {}

  // ---------------------------------------------------------------------------------- reading

  /**
   * Reads a platform listing.
   *
   * @throws ConfigurationException listing every problem
   */
  public static PlatformListing readListing(JsonNode node) {
    Reader r = new Reader();
    return Reader.orThrow("listing", r, listing(r, node, ""));
  }

  /**
   * Reads a supplier.
   *
   * @throws ConfigurationException listing every problem
   */
  public static Supplier readSupplier(JsonNode node) {
    Reader r = new Reader();
    return Reader.orThrow("supplier", r, supplier(r, node, ""));
  }

  /**
   * Reads a supply-catalogue item.
   *
   * @throws ConfigurationException listing every problem
   */
  public static FormularyItem readFormularyItem(JsonNode node) {
    Reader r = new Reader();
    return Reader.orThrow("formulary item", r, formularyItem(r, node, ""));
  }

  /**
   * Reads a purchase-order subject; values the checker judges are kept for it.
   *
   * @throws ConfigurationException listing every shape problem
   */
  public static PurchaseOrder readPurchaseOrder(JsonNode node) {
    Reader r = new Reader();
    return Reader.orThrow("purchase order", r, purchaseOrder(r, node, ""));
  }

  /**
   * Reads a catalogue-change subject; values the checker judges are kept for it.
   *
   * @throws ConfigurationException listing every shape problem
   */
  public static FormularyChange readFormularyChange(JsonNode node) {
    Reader r = new Reader();
    return Reader.orThrow("formulary change", r, formularyChange(r, node, ""));
  }

  /**
   * Reads the {@code listings}, {@code suppliers} and {@code formulary} sections of a reference
   * object into {@code b}, leaving invalid or duplicate records out (each recorded in {@code r}).
   */
  static void readReference(Reader r, JsonNode node, String p, ReferenceData.Builder b) {
    List<PlatformListing> listings = listings(r, node, "listings", p);
    List<Supplier> suppliers = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    List<JsonNode> ss = r.array(node, "suppliers", p);
    for (int i = 0; i < ss.size(); i++) {
      String ip = Reader.at(Reader.at(p, "suppliers"), i);
      Supplier s = supplier(r, ss.get(i), ip);
      if (s != null) {
        if (ids.add(s.id())) {
          suppliers.add(s);
        } else {
          r.error(Reader.at(ip, "id"), "duplicate supplier id " + s.id());
        }
      }
    }
    List<FormularyItem> items = new ArrayList<>();
    Set<String> itemCodes = new HashSet<>();
    List<JsonNode> fs = r.array(node, "formulary", p);
    for (int i = 0; i < fs.size(); i++) {
      String ip = Reader.at(Reader.at(p, "formulary"), i);
      FormularyItem f = formularyItem(r, fs.get(i), ip);
      if (f != null) {
        if (itemCodes.add(f.itemCode())) {
          items.add(f);
        } else {
          r.error(Reader.at(ip, "itemCode"), "duplicate item code " + f.itemCode());
        }
      }
    }
    b.listings(InMemoryPlatformListings.of(listings))
        .suppliers(InMemorySupplierRegistry.of(suppliers))
        .formulary(InMemoryFormularyCatalog.of(items));
  }

  /** Reads the listings of {@code field}, leaving invalid or duplicate ones out. */
  static List<PlatformListing> listings(Reader r, JsonNode node, String field, String p) {
    List<PlatformListing> out = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    List<JsonNode> ls = r.array(node, field, p);
    for (int i = 0; i < ls.size(); i++) {
      String ip = Reader.at(Reader.at(p, field), i);
      PlatformListing l = listing(r, ls.get(i), ip);
      if (l != null) {
        if (codes.add(l.platformCode())) {
          out.add(l);
        } else {
          r.error(Reader.at(ip, "platformCode"), "duplicate platform code " + l.platformCode());
        }
      }
    }
    return out;
  }

  static @Nullable PlatformListing listing(Reader r, @Nullable JsonNode node, String p) {
    if (!record(r, node, p, LISTING_FIELDS)) {
      return null;
    }
    int before = r.errors.size();
    String code = r.string(node, "platformCode", p, true);
    String itemCode = r.string(node, "itemCode", p, false);
    String generic = r.string(node, "genericName", p, false);
    DrugForm form = r.enumValue(node, "form", p, DrugForm.class, false);
    ListingCategory category = r.enumValue(node, "category", p, ListingCategory.class, false);
    BigDecimal price = price(r, node, "listedPrice", p);
    VbpAgreement vbp = null;
    JsonNode v = node.get("vbp");
    String vp = Reader.at(p, "vbp");
    if (r.object(v, vp, VBP_FIELDS)) {
      JsonNode selected = v.get("selected");
      if (selected == null || selected.isNull()) {
        r.error(Reader.at(vp, "selected"), "required");
      } else if (!selected.isBoolean()) {
        r.error(Reader.at(vp, "selected"), "must be true or false");
      } else if (selected.booleanValue()) {
        vbp = agreement(r, v, vp);
      }
    }
    if (r.errors.size() > before || code == null || price == null) {
      return null;
    }
    return PlatformListing.newBuilder(code, price)
        .itemCode(itemCode)
        .genericName(generic)
        .form(form)
        .category(category == null ? ListingCategory.DRUG : category)
        .vbp(vbp)
        .build();
  }

  private static @Nullable VbpAgreement agreement(Reader r, JsonNode v, String p) {
    int before = r.errors.size();
    BigDecimal agreedPrice = price(r, v, "agreedPrice", p);
    BigDecimal volume = quantity(r, v, "agreedVolume", p, true, false);
    Instant start = r.instant(v, "periodStart", p, true);
    Instant end = r.instant(v, "periodEnd", p, true);
    BigDecimal soFar = quantity(r, v, "procuredSoFar", p, false, true);
    if (start != null && end != null) {
      if (!end.isAfter(start)) {
        r.error(Reader.at(p, "periodEnd"), "must be after periodStart");
      } else if (Duration.between(start, end).compareTo(VbpAgreement.MAX_PERIOD) > 0) {
        r.error(Reader.at(p, "periodEnd"), "the period is longer than "
            + VbpAgreement.MAX_PERIOD.toDays() + " days");
      }
    }
    if (r.errors.size() > before || agreedPrice == null || volume == null || start == null
        || end == null) {
      return null;
    }
    return VbpAgreement.newBuilder(agreedPrice, volume, start, end)
        .procuredSoFar(soFar == null ? BigDecimal.ZERO : soFar)
        .build();
  }

  static @Nullable Supplier supplier(Reader r, @Nullable JsonNode node, String p) {
    if (!record(r, node, p, SUPPLIER_FIELDS)) {
      return null;
    }
    int before = r.errors.size();
    String id = r.string(node, "id", p, true);
    String name = r.string(node, "name", p, false);
    Instant licence = r.instant(node, "licenseValidTo", p, true);
    CreditRating rating = r.enumValue(node, "creditRating", p, CreditRating.class, false);
    Instant blacklisted = r.instant(node, "blacklistedUntil", p, false);
    if (r.errors.size() > before || id == null || licence == null) {
      return null;
    }
    return Supplier.newBuilder(id, licence)
        .name(name)
        .creditRating(rating == null ? CreditRating.NONE : rating)
        .blacklistedUntil(blacklisted)
        .build();
  }

  static @Nullable FormularyItem formularyItem(Reader r, @Nullable JsonNode node, String p) {
    if (!record(r, node, p, FORMULARY_FIELDS)) {
      return null;
    }
    int before = r.errors.size();
    String code = r.string(node, "itemCode", p, true);
    String generic = r.string(node, "genericName", p, true);
    DrugForm form = r.enumValue(node, "form", p, DrugForm.class, true);
    String spec = r.string(node, "spec", p, true);
    AntibioticTier tier = r.enumValue(node, "antibioticTier", p, AntibioticTier.class, false);
    if (tier == AntibioticTier.NONE) {
      r.error(Reader.at(p, "antibioticTier"),
          "NONE is not a tier; use null for items that are not antibiotics");
    }
    if (r.errors.size() > before || code == null || generic == null || form == null
        || spec == null) {
      return null;
    }
    return FormularyItem.newBuilder(code, generic, form, spec).antibioticTier(tier).build();
  }

  /** Reads a purchase order; {@code null} when the node is not an object (an error is recorded). */
  static @Nullable PurchaseOrder purchaseOrder(Reader r, @Nullable JsonNode node, String p) {
    if (!r.object(node, p, ORDER_FIELDS)) {
      if (node == null || node.isNull() || node.isMissingNode()) {
        r.error(p, "required");
      }
      return null;
    }
    PurchaseOrder.Builder b =
        PurchaseOrder.newBuilder()
            .id(idString(r, node, "id", p))
            .createdAt(r.instant(node, "createdAt", p, false))
            .channel(r.enumValue(node, "channel", p, PurchaseChannel.class, false))
            .supplierId(r.string(node, "supplierId", p, false))
            .acceptedAt(r.instant(node, "acceptedAt", p, false))
            .paidAt(r.instant(node, "paidAt", p, false));
    JsonNode req = node.get("requestedBy");
    String rp = Reader.at(p, "requestedBy");
    if (r.object(req, rp, REQUESTER_FIELDS)) {
      b.requestedBy(PurchaseRequester.of(
          r.string(req, "userId", rp, false),
          r.enumValue(req, "department", rp, RequestingDepartment.class, false)));
    }
    JsonNode ex = node.get("exception");
    String ep = Reader.at(p, "exception");
    if (r.object(ex, ep, EXCEPTION_FIELDS)) {
      b.exception(OffPlatformFiling.of(
          r.enumValue(ex, "type", ep, OffPlatformReason.class, false),
          r.string(ex, "filingId", ep, false),
          r.instant(ex, "filedAt", ep, false)));
    }
    List<JsonNode> lines = r.array(node, "lines", p);
    for (int i = 0; i < lines.size(); i++) {
      JsonNode it = lines.get(i);
      String ip = Reader.at(Reader.at(p, "lines"), i);
      if (it == null || it.isNull() || !r.object(it, ip, LINE_FIELDS)) {
        b.addLine(null);
        continue;
      }
      PurchaseLine.Builder lb = PurchaseLine.newBuilder()
          .itemCode(r.string(it, "itemCode", ip, false))
          .platformCode(r.string(it, "platformCode", ip, false))
          .category(r.enumValue(it, "category", ip, ListingCategory.class, false))
          .quantity(r.decimal(it, "quantity", ip, false))
          .unitPrice(r.decimal(it, "unitPrice", ip, false))
          .substitutesVbpItem(r.string(it, "substitutesVbpItem", ip, false));
      List<JsonNode> codes = r.array(it, "traceCodes", ip);
      for (int k = 0; k < codes.size(); k++) {
        JsonNode c = codes.get(k);
        if (c.isTextual()) {
          lb.traceCode(c.asText());
        } else {
          r.error(Reader.at(Reader.at(ip, "traceCodes"), k), "must be a string");
        }
      }
      b.addLine(lb.build());
    }
    return b.build();
  }

  /** Reads a catalogue change; {@code null} when the node is not an object (an error is recorded). */
  static @Nullable FormularyChange formularyChange(Reader r, @Nullable JsonNode node, String p) {
    if (!r.object(node, p, CHANGE_FIELDS)) {
      if (node == null || node.isNull() || node.isMissingNode()) {
        r.error(p, "required");
      }
      return null;
    }
    FormularyChange.Builder b = FormularyChange.newBuilder()
        .id(idString(r, node, "id", p))
        .action(r.enumValue(node, "action", p, FormularyAction.class, false));
    JsonNode item = node.get("item");
    String ip = Reader.at(p, "item");
    if (r.object(item, ip, FORMULARY_FIELDS)) {
      b.itemPresent()
          .itemCode(r.string(item, "itemCode", ip, false))
          .genericName(r.string(item, "genericName", ip, false))
          .form(r.enumValue(item, "form", ip, DrugForm.class, false))
          .spec(r.string(item, "spec", ip, false))
          .antibioticTier(r.enumValue(item, "antibioticTier", ip, AntibioticTier.class, false));
    }
    return b.build();
  }

  private static boolean record(Reader r, @Nullable JsonNode node, String p, String[] fields) {
    if (!r.object(node, p, fields)) {
      if (node == null || !node.isObject()) {
        r.error(p, "must be an object");
      }
      return false;
    }
    return true;
  }

  /** Money in yuan: positive, at most 4 decimals, at most {@link PlatformListing#MAX_PRICE}. */
  private static @Nullable BigDecimal price(Reader r, JsonNode node, String field, String p) {
    BigDecimal d = r.money(node, field, p, true);
    if (d != null && d.compareTo(PlatformListing.MAX_PRICE) > 0) {
      r.error(Reader.at(p, field), "must be at most " + PlatformListing.MAX_PRICE.toPlainString());
      return null;
    }
    return d;
  }

  /** A quantity: positive (or zero when allowed), at most 4 decimals and {@code MAX_QUANTITY}. */
  private static @Nullable BigDecimal quantity(
      Reader r, JsonNode node, String field, String p, boolean required, boolean zeroAllowed) {
    BigDecimal d = r.decimal(node, field, p, required);
    if (d == null) {
      return null;
    }
    String at = Reader.at(p, field);
    if (zeroAllowed ? d.signum() < 0 : d.signum() <= 0) {
      r.error(at, zeroAllowed ? "must not be negative" : "must be positive");
      return null;
    }
    if (d.stripTrailingZeros().scale() > 4) {
      r.error(at, "has more than 4 decimals");
      return null;
    }
    if (d.compareTo(VbpAgreement.MAX_QUANTITY) > 0) {
      r.error(at, "must be at most " + VbpAgreement.MAX_QUANTITY.toPlainString());
      return null;
    }
    return d;
  }

  /** An id given as a string or a whole number. */
  private static @Nullable String idString(Reader r, JsonNode node, String field, String p) {
    JsonNode v = node.get(field);
    if (v != null && v.isIntegralNumber()) {
      return v.asText();
    }
    return r.string(node, field, p, false);
  }

  // ---------------------------------------------------------------------------------- writing

  /** Writes a platform listing, instants with the offset of {@code zone}. */
  public static ObjectNode toJson(PlatformListing l, ZoneId zone) {
    ObjectNode o = JsonSupport.MAPPER.createObjectNode();
    o.put("platformCode", l.platformCode());
    putNullable(o, "itemCode", l.itemCode());
    putNullable(o, "genericName", l.genericName());
    putNullable(o, "form", l.form() == null ? null : l.form().name());
    o.put("category", l.category().name());
    o.put("listedPrice", l.listedPrice());
    VbpAgreement a = l.vbp();
    if (a == null) {
      o.putNull("vbp");
    } else {
      ObjectNode v = o.putObject("vbp");
      v.put("selected", true);
      v.put("agreedPrice", a.agreedPrice());
      v.put("agreedVolume", a.agreedVolume());
      v.put("periodStart", ModelJson.instant(a.periodStart(), zone));
      v.put("periodEnd", ModelJson.instant(a.periodEnd(), zone));
      v.put("procuredSoFar", a.procuredSoFar());
    }
    return o;
  }

  /** Writes a supplier, instants with the offset of {@code zone}. */
  public static ObjectNode toJson(Supplier s, ZoneId zone) {
    ObjectNode o = JsonSupport.MAPPER.createObjectNode();
    o.put("id", s.id());
    putNullable(o, "name", s.name());
    o.put("licenseValidTo", ModelJson.instant(s.licenseValidTo(), zone));
    o.put("creditRating", s.creditRating().name());
    putInstant(o, "blacklistedUntil", s.blacklistedUntil(), zone);
    return o;
  }

  /** Writes a supply-catalogue item. */
  public static ObjectNode toJson(FormularyItem i) {
    ObjectNode o = JsonSupport.MAPPER.createObjectNode();
    o.put("itemCode", i.itemCode());
    o.put("genericName", i.genericName());
    o.put("form", i.form().name());
    o.put("spec", i.spec());
    putNullable(o, "antibioticTier", i.antibioticTier() == null ? null
        : i.antibioticTier().name());
    return o;
  }

  /** Writes a purchase-order subject, instants with the offset of {@code zone}. */
  public static ObjectNode toJson(PurchaseOrder po, ZoneId zone) {
    ObjectNode o = JsonSupport.MAPPER.createObjectNode();
    putNullable(o, "id", po.id());
    putInstant(o, "createdAt", po.createdAt(), zone);
    PurchaseRequester req = po.requestedBy();
    if (req == null) {
      o.putNull("requestedBy");
    } else {
      ObjectNode ro = o.putObject("requestedBy");
      putNullable(ro, "userId", req.userId());
      putNullable(ro, "department", req.department() == null ? null : req.department().name());
    }
    putNullable(o, "channel", po.channel() == null ? null : po.channel().name());
    OffPlatformFiling f = po.exception();
    if (f == null) {
      o.putNull("exception");
    } else {
      ObjectNode fo = o.putObject("exception");
      putNullable(fo, "type", f.type() == null ? null : f.type().name());
      putNullable(fo, "filingId", f.filingId());
      putInstant(fo, "filedAt", f.filedAt(), zone);
    }
    putNullable(o, "supplierId", po.supplierId());
    ArrayNode lines = o.putArray("lines");
    for (PurchaseLine line : po.lines()) {
      if (line.isMissing()) {
        lines.addNull();
        continue;
      }
      ObjectNode lo = lines.addObject();
      putNullable(lo, "itemCode", line.itemCode());
      putNullable(lo, "platformCode", line.platformCode());
      putNullable(lo, "category", line.category() == null ? null : line.category().name());
      putDecimal(lo, "quantity", line.quantity());
      putDecimal(lo, "unitPrice", line.unitPrice());
      putNullable(lo, "substitutesVbpItem", line.substitutesVbpItem());
      ArrayNode codes = lo.putArray("traceCodes");
      for (String c : line.traceCodes()) {
        codes.add(c);
      }
    }
    putInstant(o, "acceptedAt", po.acceptedAt(), zone);
    putInstant(o, "paidAt", po.paidAt(), zone);
    return o;
  }

  /** Writes a catalogue-change subject. */
  public static ObjectNode toJson(FormularyChange c) {
    ObjectNode o = JsonSupport.MAPPER.createObjectNode();
    putNullable(o, "id", c.id());
    putNullable(o, "action", c.action() == null ? null : c.action().name());
    if (!c.hasItem()) {
      o.putNull("item");
    } else {
      ObjectNode io = o.putObject("item");
      putNullable(io, "itemCode", c.itemCode());
      putNullable(io, "genericName", c.genericName());
      putNullable(io, "form", c.form() == null ? null : c.form().name());
      putNullable(io, "spec", c.spec());
      putNullable(io, "antibioticTier", c.antibioticTier() == null ? null
          : c.antibioticTier().name());
    }
    return o;
  }

  /** Writes listings, suppliers and catalogue items in the wire format's reference shape. */
  public static ObjectNode referenceToJson(
      Iterable<PlatformListing> listings,
      Iterable<Supplier> suppliers,
      Iterable<FormularyItem> formulary,
      ZoneId zone) {
    ObjectNode o = JsonSupport.MAPPER.createObjectNode();
    ArrayNode ls = o.putArray("listings");
    for (PlatformListing l : listings) {
      ls.add(toJson(l, zone));
    }
    ArrayNode ss = o.putArray("suppliers");
    for (Supplier s : suppliers) {
      ss.add(toJson(s, zone));
    }
    ArrayNode fs = o.putArray("formulary");
    for (FormularyItem f : formulary) {
      fs.add(toJson(f));
    }
    return o;
  }

  private static void putInstant(ObjectNode o, String key, @Nullable Instant i, ZoneId zone) {
    if (i == null) {
      o.putNull(key);
    } else {
      o.put(key, ModelJson.instant(i, zone));
    }
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
