package io.github.qinglian.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import io.github.qinglian.ConfigProblem;
import io.github.qinglian.ConfigurationException;
import io.github.qinglian.model.Drug;
import io.github.qinglian.model.Practitioner;
import io.github.qinglian.reference.InMemoryApprovalRegistry;
import io.github.qinglian.reference.InMemoryDrugCatalog;
import io.github.qinglian.reference.InMemoryPractitionerDirectory;
import io.github.qinglian.reference.ReferenceData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes reference data in the wire format's {@code reference} shape (practitioners and
 * drugs for prescriptions; the schema mapping, approvals and query history for the 统方 guard;
 * listings, suppliers and the supply catalogue for procurement; the visit sections through
 * {@link VisitJson}), into the in-memory indexed ports.
 *
 * <pre>{@code
 * ReferenceData ref = ReferenceJson.read(Paths.get("reference.json"));
 * }</pre>
 */
public final class ReferenceJson {
  private static final Logger LOG = LoggerFactory.getLogger(ReferenceJson.class);

  private static final String[] FIELDS = {
    "practitioners", "drugs", "schema", "approvals", "queryHistory", "representatives",
    "companies", "locations", "receivers", "staff", "visitHistory", "listings", "suppliers",
    "formulary"
  };

  private ReferenceJson() {}

  /**
   * Reads the reference file at {@code path}.
   *
   * @throws ConfigurationException listing every problem with its JSON pointer
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ReferenceData read(Path path) {
    try {
      return read(new String(Files.readAllBytes(path), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read reference data " + path, e);
    }
  }

  /**
   * Reads reference data from JSON text; every record must be valid.
   *
   * @throws ConfigurationException listing every problem with its JSON pointer
   */
  public static ReferenceData read(String json) {
    JsonNode node;
    try {
      node = JsonSupport.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new ConfigurationException("reference data",
          ImmutableList.of(ConfigProblem.of("", "not JSON: " + e.getOriginalMessage())));
    }
    Reader r = new Reader();
    ReferenceData data = read(r, node, "");
    if (!r.errors.isEmpty()) {
      throw new ConfigurationException("reference data", r.errors);
    }
    for (ConfigProblem w : r.warnings) {
      LOG.warn("reference data: {}", w);
    }
    return data;
  }

  /**
   * Reads what is valid, recording each problem in {@code r}; invalid records are left out, so
   * references to them read as unknown.
   */
  static ReferenceData read(Reader r, @Nullable JsonNode node, String p) {
    if (!r.object(node, p, FIELDS)) {
      return ReferenceData.empty();
    }
    List<Practitioner> staff = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    List<JsonNode> ps = r.array(node, "practitioners", p);
    for (int i = 0; i < ps.size(); i++) {
      String ip = Reader.at(Reader.at(p, "practitioners"), i);
      Practitioner x = ModelJson.practitioner(r, ps.get(i), ip);
      if (x != null) {
        if (ids.add(x.id())) {
          staff.add(x);
        } else {
          r.error(Reader.at(ip, "id"), "duplicate practitioner id " + x.id());
        }
      }
    }
    List<Drug> drugs = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    List<JsonNode> ds = r.array(node, "drugs", p);
    for (int i = 0; i < ds.size(); i++) {
      String ip = Reader.at(Reader.at(p, "drugs"), i);
      Drug d = ModelJson.drug(r, ds.get(i), ip);
      if (d != null) {
        if (codes.add(d.code())) {
          drugs.add(d);
        } else {
          r.error(Reader.at(ip, "code"), "duplicate drug code " + d.code());
        }
      }
    }
    ReferenceData.Builder b = ReferenceData.newBuilder()
        .practitioners(InMemoryPractitionerDirectory.of(staff))
        .drugs(InMemoryDrugCatalog.of(drugs))
        .schema(QueryJson.schema(r, node.get("schema"), Reader.at(p, "schema")))
        .approvals(InMemoryApprovalRegistry.of(QueryJson.approvals(r, node, p)))
        .queryHistory(QueryJson.history(r, node, p));
    ProcurementJson.readReference(r, node, p, b);
    VisitJson.readReference(r, node, p, b);
    return b.build();
  }

  /** Writes practitioners and drugs in the wire format's reference shape. */
  public static ObjectNode toJson(Iterable<Practitioner> practitioners, Iterable<Drug> drugs) {
    ObjectNode o = JsonSupport.MAPPER.createObjectNode();
    ArrayNode ps = o.putArray("practitioners");
    for (Practitioner p : practitioners) {
      ps.add(ModelJson.toJson(p));
    }
    ArrayNode ds = o.putArray("drugs");
    for (Drug d : drugs) {
      ds.add(ModelJson.toJson(d));
    }
    return o;
  }
}
