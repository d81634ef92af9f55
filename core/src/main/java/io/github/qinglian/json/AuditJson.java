package io.github.qinglian.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.qinglian.audit.AuditEvent;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * Writes audit events as one-line JSON objects: {@code at} (ISO-8601 instant), {@code source},
 * {@code decision}, {@code ruleIds}, then, when present, {@code subjectId}, {@code userId},
 * {@code clientAddress}, {@code classification}, {@code fingerprint}, {@code purpose},
 * {@code approvalId}, and {@code policyVersion}. The event carries no patient identifier, and
 * neither does its JSON: the SQL appears only as its fingerprint.
 */
public final class AuditJson {
  private AuditJson() {}

  /** {@code event} as a JSON object node. */
  public static ObjectNode toNode(AuditEvent event) {
    ObjectNode o = JsonSupport.MAPPER.createObjectNode();
    o.put("at", DateTimeFormatter.ISO_INSTANT.format(event.at()));
    o.put("source", event.source());
    o.put("decision", event.decision().name());
    ArrayNode ids = o.putArray("ruleIds");
    for (String id : event.ruleIds()) {
      ids.add(id);
    }
    putIfPresent(o, "subjectId", event.subjectId());
    putIfPresent(o, "userId", event.userId());
    putIfPresent(o, "clientAddress", event.clientAddress());
    putIfPresent(o, "classification", event.classification());
    putIfPresent(o, "fingerprint", event.fingerprint());
    putIfPresent(o, "purpose", event.purpose());
    putIfPresent(o, "approvalId", event.approvalId());
    o.put("policyVersion", event.policyVersion());
    return o;
  }

  /** {@code event} as a one-line JSON object. */
  public static String toJson(AuditEvent event) {
    return toNode(event).toString();
  }

  private static void putIfPresent(ObjectNode o, String key, @Nullable String v) {
    if (v != null) {
      o.put(key, v);
    }
  }
}
