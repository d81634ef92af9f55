package io.github.qinglian.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.qinglian.ConfigProblem;
import io.github.qinglian.ConfigurationException;
import io.github.qinglian.model.Approval;
import io.github.qinglian.model.ApprovalScope;
import io.github.qinglian.model.ColumnRole;
import io.github.qinglian.model.Dialect;
import io.github.qinglian.model.ProcedureMapping;
import io.github.qinglian.model.QueryClass;
import io.github.qinglian.model.QueryHistoryEntry;
import io.github.qinglian.model.QueryRequest;
import io.github.qinglian.model.ReportRequest;
import io.github.qinglian.model.Requester;
import io.github.qinglian.model.SchemaMapping;
import io.github.qinglian.model.TableMapping;
import io.github.qinglian.policy.Policy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The 统方 guard's part of the wire format: the schema mapping ({@code reference.schema}), the
 * approvals, the query history, and the query subject (SQL or report request). A mapping is
 * validated as a whole: every problem is listed with its JSON pointer.
 *
 * <pre>{@code
 * SchemaMapping m = QueryJson.readSchema(Paths.get("docs/samples/schemas/pinyin.json"));
 * }</pre>
 */
public final class QueryJson {
  static final String[] SCHEMA_FIELDS = {"dialect", "tables", "procedures"};
  static final String[] TABLE_FIELDS = {"name", "columns"};
  static final String[] PROCEDURE_FIELDS = {"name", "classification"};
  static final String[] APPROVAL_FIELDS = {
    "id", "userId", "purpose", "scope", "validFrom", "validTo", "maskPrescribers"
  };
  static final String[] HISTORY_FIELDS = {"userId", "at", "classification"};
  static final String[] SUBJECT_FIELDS = {
    "id", "sql", "report", "requester", "purpose", "approvalId", "export", "expectedRows"
  };
  static final String[] REPORT_FIELDS = {"measures", "dimensions", "filters"};
  static final String[] REQUESTER_FIELDS = {
    "userId", "roles", "representativeId", "clientAddress"
  };

  private QueryJson() {}

  /**
   * Reads a schema mapping file: either the mapping itself or an object with a {@code schema}
   * field (a reference file).
   *
   * @throws ConfigurationException listing every problem with its JSON pointer
   * @throws UncheckedIOException if the file cannot be read
   */
  public static SchemaMapping readSchema(Path path) {
    try {
      return readSchema(new String(Files.readAllBytes(path), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read schema mapping " + path, e);
    }
  }

  /**
   * Reads a schema mapping from JSON text (the mapping, or an object with a {@code schema}).
   *
   * @throws ConfigurationException listing every problem with its JSON pointer
   */
  public static SchemaMapping readSchema(String json) {
    JsonNode node;
    try {
      node = JsonSupport.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new ConfigurationException("schema mapping",
          ImmutableList.of(ConfigProblem.of("", "not JSON" + JsonSupport.where(e))));
    }
    Reader r = new Reader();
    String p = "";
    if (node != null && node.isObject() && node.has("schema")) {
      p = "/schema";
      node = node.get("schema");
    }
    if (node == null || !node.isObject()) {
      throw new ConfigurationException("schema mapping",
          ImmutableList.of(ConfigProblem.of(p, "must be an object")));
    }
    SchemaMapping m = schema(r, node, p);
    if (!r.errors.isEmpty()) {
      throw new ConfigurationException("schema mapping", r.errors);
    }
    return m;
  }

  /** Reads {@code reference.schema}, recording every problem; what is invalid is left out. */
  static SchemaMapping schema(Reader r, @Nullable JsonNode node, String p) {
    if (!r.object(node, p, SCHEMA_FIELDS)) {
      return SchemaMapping.empty();
    }
    SchemaMapping.Builder b = SchemaMapping.newBuilder();
    b.dialect(r.enumValue(node, "dialect", p, Dialect.class, false));
    List<JsonNode> tables = r.array(node, "tables", p);
    List<Integer> tableIndex = new ArrayList<>();
    for (int i = 0; i < tables.size(); i++) {
      String tp = Reader.at(Reader.at(p, "tables"), i);
      JsonNode t = tables.get(i);
      if (!r.object(t, tp, TABLE_FIELDS)) {
        r.error(tp, "must be an object");
        continue;
      }
      int before = r.errors.size();
      String name = r.string(t, "name", tp, true);
      Map<String, ColumnRole> columns = new LinkedHashMap<>();
      JsonNode cols = r.present(t, "columns", tp, true);
      String cp = Reader.at(tp, "columns");
      if (cols != null && !cols.isObject()) {
        r.error(cp, "must be an object of column name to role");
      } else if (cols != null) {
        if (cols.size() == 0) {
          r.error(cp, "must map at least one column");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = cols.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> c = it.next();
          ColumnRole role = r.enumOf(c.getValue(), Reader.at(cp, c.getKey()), ColumnRole.class);
          if (role != null) {
            columns.put(c.getKey(), role);
          }
        }
      }
      if (r.errors.size() == before && name != null) {
        b.table(TableMapping.of(name, columns));
        tableIndex.add(i);
      }
    }
    List<JsonNode> procs = r.array(node, "procedures", p);
    List<Integer> procIndex = new ArrayList<>();
    for (int i = 0; i < procs.size(); i++) {
      String pp = Reader.at(Reader.at(p, "procedures"), i);
      JsonNode x = procs.get(i);
      if (!r.object(x, pp, PROCEDURE_FIELDS)) {
        r.error(pp, "must be an object");
        continue;
      }
      int before = r.errors.size();
      String name = r.string(x, "name", pp, true);
      QueryClass c = r.enumValue(x, "classification", pp, QueryClass.class, true);
      if (c == QueryClass.UNRESOLVED) {
        r.error(Reader.at(pp, "classification"),
            "must be PRESCRIBER_STATS, DEPARTMENT_STATS, DRUG_TOTALS or NONE");
        continue;
      }
      if (r.errors.size() == before && name != null && c != null) {
        b.procedure(ProcedureMapping.of(name, c));
        procIndex.add(i);
      }
    }
    try {
      return b.build();
    } catch (ConfigurationException e) {
      for (ConfigProblem problem : e.problems()) {
        r.error(p + renumber(problem.pointer(), tableIndex, procIndex), problem.reason());
      }
      return SchemaMapping.empty();
    }
  }

  /** The builder numbers the valid tables only; point at their places in the document. */
  private static String renumber(String pointer, List<Integer> tables, List<Integer> procs) {
    String[] parts = pointer.split("/", 4);
    if (parts.length >= 3) {
      List<Integer> index = parts[1].equals("tables") ? tables
          : parts[1].equals("procedures") ? procs : null;
      if (index != null) {
        try {
          int i = Integer.parseInt(parts[2]);
          if (i < index.size()) {
            parts[2] = String.valueOf(index.get(i));
          }
        } catch (NumberFormatException e) {
          return pointer;
        }
        return String.join("/", parts);
      }
    }
    return pointer;
  }

  static List<Approval> approvals(Reader r, JsonNode node, String p) {
    List<Approval> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    List<JsonNode> xs = r.array(node, "approvals", p);
    for (int i = 0; i < xs.size(); i++) {
      String ap = Reader.at(Reader.at(p, "approvals"), i);
      JsonNode a = xs.get(i);
      if (!r.object(a, ap, APPROVAL_FIELDS)) {
        r.error(ap, "must be an object");
        continue;
      }
      int before = r.errors.size();
      String id = r.string(a, "id", ap, true);
      String user = r.string(a, "userId", ap, true);
      String purpose = r.string(a, "purpose", ap, true);
      if (purpose != null && !Policy.PURPOSES.contains(purpose)) {
        r.error(Reader.at(ap, "purpose"), "must be one of " + Policy.PURPOSES);
      }
      ApprovalScope scope = r.enumValue(a, "scope", ap, ApprovalScope.class, true);
      Instant from = r.instant(a, "validFrom", ap, true);
      Instant to = r.instant(a, "validTo", ap, true);
      boolean mask = r.bool(a, "maskPrescribers", ap, false);
      if (from != null && to != null && to.isBefore(from)) {
        r.error(Reader.at(ap, "validTo"), "is before validFrom");
      }
      if (id != null && !ids.add(id)) {
        r.error(Reader.at(ap, "id"), "duplicate approval id " + id);
      }
      if (r.errors.size() == before && id != null && user != null && purpose != null
          && scope != null && from != null && to != null) {
        out.add(Approval.newBuilder(id, user, purpose, scope, from, to).mask(mask).build());
      }
    }
    return out;
  }

  static List<QueryHistoryEntry> history(Reader r, JsonNode node, String p) {
    List<QueryHistoryEntry> out = new ArrayList<>();
    List<JsonNode> xs = r.array(node, "queryHistory", p);
    for (int i = 0; i < xs.size(); i++) {
      String hp = Reader.at(Reader.at(p, "queryHistory"), i);
      JsonNode h = xs.get(i);
      if (!r.object(h, hp, HISTORY_FIELDS)) {
        r.error(hp, "must be an object");
        continue;
      }
      String user = r.string(h, "userId", hp, true);
      Instant at = r.instant(h, "at", hp, true);
      QueryClass c = r.enumValue(h, "classification", hp, QueryClass.class, true);
      if (user != null && at != null && c != null) {
        out.add(QueryHistoryEntry.of(user, at, c));
      }
    }
    return out;
  }

  /**
   * Reads the query subject. Values the checker judges (a missing requester, an unknown purpose)
   * are kept for it; only shape errors are recorded.
   */
  static @Nullable QueryRequest subject(Reader r, @Nullable JsonNode node, String p) {
    if (!r.object(node, p, SUBJECT_FIELDS)) {
      if (node == null || node.isNull() || node.isMissingNode()) {
        r.error(p, "required");
      }
      return null;
    }
    QueryRequest.Builder b = QueryRequest.newBuilder()
        .id(r.string(node, "id", p, false))
        .sql(r.string(node, "sql", p, false))
        .purpose(r.string(node, "purpose", p, false))
        .approvalId(r.string(node, "approvalId", p, false))
        .export(r.bool(node, "export", p, false))
        .expectedRows(r.integer(node, "expectedRows", p, false));
    JsonNode rq = node.get("requester");
    String rp = Reader.at(p, "requester");
    if (r.object(rq, rp, REQUESTER_FIELDS)) {
      b.requester(Requester.newBuilder()
          .userId(r.string(rq, "userId", rp, false))
          .roles(r.strings(rq, "roles", rp))
          .representativeId(r.string(rq, "representativeId", rp, false))
          .clientAddress(r.string(rq, "clientAddress", rp, false))
          .build());
    }
    JsonNode rep = node.get("report");
    String pp = Reader.at(p, "report");
    if (r.object(rep, pp, REPORT_FIELDS)) {
      ImmutableMap.Builder<String, ImmutableList<String>> filters = ImmutableMap.builder();
      JsonNode f = rep.get("filters");
      String fp = Reader.at(pp, "filters");
      if (r.object(f, fp)) {
        for (Iterator<Map.Entry<String, JsonNode>> it = f.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          JsonNode v = e.getValue();
          ImmutableList.Builder<String> values = ImmutableList.builder();
          if (v.isArray()) {
            for (JsonNode x : v) {
              values.add(x.asText());
            }
          } else if (v.isValueNode() && !v.isNull()) {
            values.add(v.asText());
          } else {
            r.error(Reader.at(fp, e.getKey()), "must be a value or a list of values");
          }
          filters.put(e.getKey(), values.build());
        }
      }
      b.report(ReportRequest.of(r.strings(rep, "measures", pp), r.strings(rep, "dimensions", pp),
          filters.buildKeepingLast()));
    }
    return b.build();
  }
}
