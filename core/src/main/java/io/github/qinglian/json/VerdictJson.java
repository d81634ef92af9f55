package io.github.qinglian.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.qinglian.ConfigProblem;
import io.github.qinglian.Finding;
import io.github.qinglian.Verdict;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Writes verdicts in the wire format. */
public final class VerdictJson {
  private VerdictJson() {}

  /** The verdict of {@code result} as a wire-format object. */
  public static ObjectNode toJson(CaseResult result) {
    ObjectNode o = toJson(result.caseId(), result.verdict());
    if (!result.warnings().isEmpty()) {
      ArrayNode w = o.putArray("warnings");
      for (ConfigProblem p : result.warnings()) {
        w.add(p.toString());
      }
    }
    return o;
  }

  /** {@code verdict} as a wire-format object, with {@code caseId} when not {@code null}. */
  public static ObjectNode toJson(@org.jspecify.annotations.Nullable String caseId, Verdict verdict) {
    ObjectNode o = JsonSupport.MAPPER.createObjectNode();
    if (caseId == null) {
      o.putNull("caseId");
    } else {
      o.put("caseId", caseId);
    }
    o.put("decision", verdict.decision().name());
    ArrayNode fs = o.putArray("findings");
    for (Finding f : verdict.findings()) {
      ObjectNode fo = fs.addObject();
      fo.put("ruleId", f.ruleId());
      fo.put("severity", f.severity().name());
      ObjectNode m = fo.putObject("message");
      m.put("zh", f.message().zh());
      m.put("en", f.message().en());
      fo.put("citation", f.citation());
      ObjectNode ev = fo.putObject("evidence");
      for (Map.Entry<String, Object> e : f.evidence().entrySet()) {
        put(ev, e.getKey(), e.getValue());
      }
    }
    ArrayNode ob = o.putArray("obligations");
    for (String s : verdict.obligations()) {
      ob.add(s);
    }
    if (verdict.classification() != null) {
      o.put("classification", verdict.classification());
    }
    if (!verdict.statementClassifications().isEmpty()) {
      ArrayNode st = o.putArray("statements");
      for (String c : verdict.statementClassifications()) {
        st.add(c);
      }
    }
    o.put("policyVersion", verdict.policyVersion());
    return o;
  }

  private static void put(ObjectNode o, String key, Object v) {
    if (v instanceof Integer) {
      o.put(key, (Integer) v);
    } else if (v instanceof Long) {
      o.put(key, (Long) v);
    } else if (v instanceof BigDecimal) {
      o.put(key, (BigDecimal) v);
    } else if (v instanceof Boolean) {
      o.put(key, (Boolean) v);
    } else if (v instanceof List) {
      ArrayNode a = o.putArray(key);
      for (Object x : (List<?>) v) {
        if (x instanceof Integer) {
          a.add((Integer) x);
        } else {
          a.add(String.valueOf(x));
        }
      }
    } else {
      o.put(key, String.valueOf(v));
    }
  }
}
