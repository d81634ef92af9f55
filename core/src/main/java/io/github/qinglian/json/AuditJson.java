package io.github.qinglian.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.qinglian.audit.AuditEvent;
import java.time.format.DateTimeFormatter;

/** Writes audit events as one-line JSON objects. */
public final class AuditJson {
  private AuditJson() {}

  /** {@code event} as a one-line JSON object; absent fields are left out. */
  public static String toJson(AuditEvent event) {
    ObjectNode o = JsonSupport.MAPPER.createObjectNode();
    o.put("at", DateTimeFormatter.ISO_INSTANT.format(event.at()));
    o.put("source", event.source());
    o.put("decision", event.decision().name());
    put(o, "subjectId", event.subjectId());
    put(o, "userId", event.userId());
    put(o, "clientAddress", event.clientAddress());
    put(o, "classification", event.classification());
    ArrayNode ids = o.putArray("ruleIds");
    for (String id : event.ruleIds()) {
      ids.add(id);
    }
    put(o, "fingerprint", event.fingerprint());
    put(o, "purpose", event.purpose());
    put(o, "approvalId", event.approvalId());
    o.put("policyVersion", event.policyVersion());
    return o.toString();
  }

  private static void put(ObjectNode o, String key, @org.jspecify.annotations.Nullable String v) {
    if (v != null) {
      o.put(key, v);
    }
  }
}
