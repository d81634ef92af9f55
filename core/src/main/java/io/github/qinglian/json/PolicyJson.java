package io.github.qinglian.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import io.github.qinglian.ConfigProblem;
import io.github.qinglian.ConfigurationException;
import io.github.qinglian.Decision;
import io.github.qinglian.policy.FailMode;
import io.github.qinglian.policy.Policy;
import io.github.qinglian.policy.ReceptionWindow;
import io.github.qinglian.policy.RuleSetting;
import io.github.qinglian.rule.Param;
import io.github.qinglian.rule.Rule;
import io.github.qinglian.rule.RuleCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes policies in the wire format's {@code policy} shape. Reading from text or a file
 * logs unknown fields at WARN (they are ignored); {@link #read(JsonNode, String, List)} hands
 * them to the caller instead.
 *
 * <pre>{@code
 * Policy p = PolicyJson.read(Paths.get("policy.json"));   // throws ConfigurationException
 * for (ConfigProblem w : p.warnings()) log.warn("policy: {}", w);
 * }</pre>
 */
public final class PolicyJson {
  private static final Logger LOG = LoggerFactory.getLogger(PolicyJson.class);

  private PolicyJson() {}

  /**
   * Reads the policy file at {@code path}.
   *
   * @throws ConfigurationException listing every problem with its JSON pointer
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Policy read(Path path) {
    try {
      return read(new String(Files.readAllBytes(path), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read policy " + path, e);
    }
  }

  /**
   * Reads a policy from JSON text.
   *
   * @throws ConfigurationException listing every problem with its JSON pointer
   */
  public static Policy read(String json) {
    JsonNode node;
    try {
      node = JsonSupport.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new ConfigurationException(
          "policy", ImmutableList.of(ConfigProblem.of("", "not JSON: " + e.getOriginalMessage())));
    }
    List<ConfigProblem> warnings = new ArrayList<>();
    Policy policy = read(node, "", warnings);
    for (ConfigProblem w : warnings) {
      LOG.warn("policy {}: {}", policy.version(), w);
    }
    return policy;
  }

  /**
   * Reads a policy from a tree at {@code pointer} of its document, adding unknown-field warnings
   * to {@code warnings}.
   *
   * @throws ConfigurationException listing every problem, pointers relative to the document
   */
  public static Policy read(@Nullable JsonNode node, String pointer, List<ConfigProblem> warnings) {
    Reader r = new Reader();
    Policy.Builder b = Policy.newBuilder();
    if (r.object(node, pointer, "version", "zone", "failMode", "rules", "tongfang", "visits",
        "procurement", "privacy")) {
      readInto(r, node, pointer, b);
    }
    for (ConfigProblem p : r.errors) {
      b.problem(p);
    }
    warnings.addAll(r.warnings);
    try {
      return b.build();
    } catch (ConfigurationException e) {
      if (pointer.isEmpty()) {
        throw e;
      }
      List<ConfigProblem> prefixed = new ArrayList<>();
      for (ConfigProblem p : e.problems()) {
        prefixed.add(p.pointer().startsWith(pointer) ? p
            : ConfigProblem.of(pointer + p.pointer(), p.reason()));
      }
      throw new ConfigurationException("policy", dedupe(prefixed));
    }
  }

  private static List<ConfigProblem> dedupe(List<ConfigProblem> problems) {
    List<ConfigProblem> out = new ArrayList<>();
    for (ConfigProblem p : problems) {
      if (!out.contains(p)) {
        out.add(p);
      }
    }
    return out;
  }

  private static void readInto(Reader r, JsonNode node, String ptr, Policy.Builder b) {
    String version = r.string(node, "version", ptr, false);
    if (version != null) {
      b.version(version);
    }
    String zone = r.string(node, "zone", ptr, false);
    if (zone != null) {
      try {
        b.zone(ZoneId.of(zone));
      } catch (DateTimeException e) {
        r.error(Reader.at(ptr, "zone"), "unknown time zone");
      }
    }
    JsonNode fm = node.get("failMode");
    String fmp = Reader.at(ptr, "failMode");
    if (r.object(fm, fmp, "clinical", "dataAccess")) {
      Decision clinical = r.enumValue(fm, "clinical", fmp, Decision.class, false);
      Decision data = r.enumValue(fm, "dataAccess", fmp, Decision.class, false);
      b.failMode(FailMode.of(
          clinical == null ? FailMode.defaults().clinical() : clinical,
          data == null ? FailMode.defaults().dataAccess() : data));
    }
    JsonNode rules = node.get("rules");
    String rp = Reader.at(ptr, "rules");
    if (rules != null && !rules.isNull()) {
      if (!rules.isObject()) {
        r.error(rp, "must be an object keyed by rule id");
      } else {
        Iterator<Map.Entry<String, JsonNode>> it = rules.fields();
        while (it.hasNext()) {
          Map.Entry<String, JsonNode> e = it.next();
          RuleSetting s = readRule(r, e.getKey(), e.getValue(), Reader.at(rp, e.getKey()));
          if (s != null) {
            b.rule(e.getKey(), s);
          }
        }
      }
    }
    JsonNode tf = node.get("tongfang");
    String tfp = Reader.at(ptr, "tongfang");
    if (r.object(tf, tfp, "departmentStatsRoles", "approvablePurposes")) {
      if (Reader.has(tf, "departmentStatsRoles")) {
        b.departmentStatsRoles(r.strings(tf, "departmentStatsRoles", tfp));
      }
      if (Reader.has(tf, "approvablePurposes")) {
        b.approvablePurposes(r.strings(tf, "approvablePurposes", tfp));
      }
    }
    JsonNode v = node.get("visits");
    String vp = Reader.at(ptr, "visits");
    if (r.object(v, vp, "windows", "closedDates", "extraDates", "requiredApproverRoles")) {
      if (Reader.has(v, "windows")) {
        b.visitWindows(windows(r, v, vp, "windows"));
      }
      if (Reader.has(v, "extraDates")) {
        b.extraDates(windows(r, v, vp, "extraDates"));
      }
      if (Reader.has(v, "closedDates")) {
        List<LocalDate> dates = new ArrayList<>();
        List<JsonNode> items = r.array(v, "closedDates", vp);
        for (int i = 0; i < items.size(); i++) {
          LocalDate d = r.localDate(items.get(i), Reader.at(Reader.at(vp, "closedDates"), i));
          if (d != null) {
            dates.add(d);
          }
        }
        b.closedDates(dates);
      }
      if (Reader.has(v, "requiredApproverRoles")) {
        b.requiredApproverRoles(r.strings(v, "requiredApproverRoles", vp));
      }
    }
    JsonNode pr = node.get("procurement");
    String prp = Reader.at(ptr, "procurement");
    if (r.object(pr, prp, "traceableCategories") && Reader.has(pr, "traceableCategories")) {
      b.traceableCategories(r.strings(pr, "traceableCategories", prp));
    }
    JsonNode pv = node.get("privacy");
    String pvp = Reader.at(ptr, "privacy");
    if (r.object(pv, pvp, "patientIdKey")) {
      b.patientIdKey(r.string(pv, "patientIdKey", pvp, false));
    }
  }

  private static List<ReceptionWindow> windows(Reader r, JsonNode v, String vp, String field) {
    List<ReceptionWindow> out = new ArrayList<>();
    boolean dated = field.equals("extraDates");
    List<JsonNode> items = r.array(v, field, vp);
    for (int i = 0; i < items.size(); i++) {
      JsonNode w = items.get(i);
      String wp = Reader.at(Reader.at(vp, field), i);
      if (!r.object(w, wp, dated ? new String[] {"date", "from", "to"}
          : new String[] {"days", "from", "to"})) {
        if (w == null || w.isNull()) {
          r.error(wp, "must be an object");
        }
        continue;
      }
      LocalTime from = Reader.has(w, "from") ? r.localTime(w.get("from"), Reader.at(wp, "from"))
          : null;
      LocalTime to = Reader.has(w, "to") ? r.localTime(w.get("to"), Reader.at(wp, "to")) : null;
      if (!Reader.has(w, "from")) {
        r.error(Reader.at(wp, "from"), "required");
      }
      if (!Reader.has(w, "to")) {
        r.error(Reader.at(wp, "to"), "required");
      }
      if (dated) {
        LocalDate date = Reader.has(w, "date") ? r.localDate(w.get("date"), Reader.at(wp, "date"))
            : null;
        if (!Reader.has(w, "date")) {
          r.error(Reader.at(wp, "date"), "required");
        }
        if (date != null && from != null && to != null) {
          out.add(ReceptionWindow.onDate(date, from, to));
        }
      } else {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        List<JsonNode> ds = r.array(w, "days", wp);
        for (int j = 0; j < ds.size(); j++) {
          DayOfWeek d = r.day(ds.get(j), Reader.at(Reader.at(wp, "days"), j));
          if (d != null) {
            days.add(d);
          }
        }
        if (from != null && to != null) {
          out.add(ReceptionWindow.weekly(days, from, to));
        }
      }
    }
    return out;
  }

  private static @Nullable RuleSetting readRule(Reader r, String id, JsonNode node, String p) {
    if (!r.object(node, p, "enabled", "severity", "params")) {
      if (node == null || node.isNull()) {
        r.error(p, "must be an object");
      }
      return null;
    }
    RuleSetting.Builder s = RuleSetting.newBuilder();
    if (Reader.has(node, "enabled")) {
      s.enabled(r.bool(node, "enabled", p, true));
    }
    s.severity(r.enumValue(node, "severity", p, Decision.class, false));
    JsonNode params = node.get("params");
    String pp = Reader.at(p, "params");
    Rule rule = RuleCatalog.find(id);
    if (params != null && !params.isNull()) {
      if (!params.isObject()) {
        r.error(pp, "must be an object");
      } else {
        Iterator<Map.Entry<String, JsonNode>> it = params.fields();
        while (it.hasNext()) {
          Map.Entry<String, JsonNode> e = it.next();
          Param param = rule == null ? null : rule.param(e.getKey());
          if (param == null) {
            s.param(e.getKey(), e.getValue().toString()); // the builder names it unknown
            continue;
          }
          int before = r.errors.size();
          Object value = paramValue(r, param, e.getValue(), Reader.at(pp, e.getKey()));
          if (r.errors.size() == before) {
            s.param(e.getKey(), value);
          }
        }
      }
    }
    return s.build();
  }

  private static @Nullable Object paramValue(Reader r, Param param, JsonNode v, String p) {
    if (v.isNull()) {
      if (!param.optional()) {
        r.error(p, "must not be null");
      }
      return null;
    }
    switch (param.type()) {
      case INTEGER:
        return r.integerValue(v, p);
      case MONEY:
      case RATIO:
        return r.decimalValue(v, p);
      case LOCAL_TIME:
        return r.localTime(v, p);
      case DAYS_OF_WEEK:
        if (!v.isArray()) {
          r.error(p, "must be a non-empty list of days (MON … SUN)");
          return null;
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (int i = 0; i < v.size(); i++) {
          DayOfWeek d = r.day(v.get(i), Reader.at(p, i));
          if (d != null) {
            days.add(d);
          }
        }
        return Sets.immutableEnumSet(days);
      case CHOICE:
        if (!v.isTextual()) {
          r.error(p, "must be one of " + param.choices());
          return null;
        }
        return v.asText();
      default:
        throw new AssertionError(param.type());
    }
  }

  // ---------------------------------------------------------------------------------- writing

  /** Writes {@code policy} as a JSON object; reading it back gives an equal policy. */
  public static ObjectNode toJson(Policy policy) {
    ObjectNode o = JsonSupport.MAPPER.createObjectNode();
    o.put("version", policy.version());
    o.put("zone", policy.zone().getId());
    ObjectNode fm = o.putObject("failMode");
    fm.put("clinical", policy.failMode().clinical().name());
    fm.put("dataAccess", policy.failMode().dataAccess().name());
    ObjectNode rules = o.putObject("rules");
    for (Map.Entry<String, RuleSetting> e : policy.rules().entrySet()) {
      ObjectNode r = rules.putObject(e.getKey());
      RuleSetting s = e.getValue();
      if (s.enabled() != null) {
        r.put("enabled", s.enabled());
      }
      if (s.severity() != null) {
        r.put("severity", s.severity().name());
      }
      if (!s.params().isEmpty()) {
        ObjectNode ps = r.putObject("params");
        for (Map.Entry<String, @Nullable Object> p : s.params().entrySet()) {
          putValue(ps, p.getKey(), p.getValue());
        }
      }
    }
    ObjectNode tf = o.putObject("tongfang");
    strings(tf.putArray("departmentStatsRoles"), policy.departmentStatsRoles());
    strings(tf.putArray("approvablePurposes"), policy.approvablePurposes());
    ObjectNode v = o.putObject("visits");
    ArrayNode windows = v.putArray("windows");
    for (ReceptionWindow w : policy.visitWindows()) {
      ObjectNode wo = windows.addObject();
      ArrayNode days = wo.putArray("days");
      for (DayOfWeek d : w.days()) {
        days.add(d.name().substring(0, 3));
      }
      wo.put("from", w.from().toString());
      wo.put("to", w.to().toString());
    }
    ArrayNode closed = v.putArray("closedDates");
    for (LocalDate d : policy.closedDates()) {
      closed.add(d.toString());
    }
    ArrayNode extra = v.putArray("extraDates");
    for (ReceptionWindow w : policy.extraDates()) {
      ObjectNode wo = extra.addObject();
      wo.put("date", String.valueOf(w.date()));
      wo.put("from", w.from().toString());
      wo.put("to", w.to().toString());
    }
    strings(v.putArray("requiredApproverRoles"), policy.requiredApproverRoles());
    strings(o.putObject("procurement").putArray("traceableCategories"),
        policy.traceableCategories());
    if (policy.patientIdKey() != null) {
      o.putObject("privacy").put("patientIdKey", policy.patientIdKey());
    }
    return o;
  }

  private static void strings(ArrayNode a, Iterable<String> values) {
    for (String s : values) {
      a.add(s);
    }
  }

  private static void putValue(ObjectNode o, String key, @Nullable Object value) {
    if (value == null) {
      o.putNull(key);
    } else if (value instanceof Integer) {
      o.put(key, (Integer) value);
    } else if (value instanceof BigDecimal) {
      o.put(key, (BigDecimal) value);
    } else if (value instanceof LocalTime) {
      o.put(key, value.toString());
    } else if (value instanceof Set) {
      ArrayNode a = o.putArray(key);
      for (Object d : (Set<?>) value) {
        a.add(d instanceof DayOfWeek ? ((DayOfWeek) d).name().substring(0, 3) : d.toString());
      }
    } else {
      o.put(key, value.toString());
    }
  }
}
