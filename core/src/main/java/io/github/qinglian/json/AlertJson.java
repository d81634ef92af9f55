package io.github.qinglian.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.qinglian.audit.Alert;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** Writes alerts as one-line JSON objects. */
public final class AlertJson {
  private AlertJson() {}

  /** {@code alert} as a one-line JSON object. */
  public static String toJson(Alert alert) {
    ObjectNode o = JsonSupport.MAPPER.createObjectNode();
    o.put("at", DateTimeFormatter.ISO_INSTANT.format(alert.at()));
    o.put("source", alert.source());
    o.put("decision", alert.decision().name());
    ArrayNode ids = o.putArray("ruleIds");
    for (String id : alert.ruleIds()) {
      ids.add(id);
    }
    if (alert.subjectId() != null) {
      o.put("subjectId", alert.subjectId());
    }
    if (alert.actor() != null) {
      o.put("actor", alert.actor());
    }
    if (alert.where() != null) {
      o.put("where", alert.where());
    }
    ObjectNode d = o.putObject("details");
    for (Map.Entry<String, String> e : alert.details().entrySet()) {
      d.put(e.getKey(), e.getValue());
    }
    return o.toString();
  }
}
