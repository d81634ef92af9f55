package io.github.qinglian.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import io.github.qinglian.ConfigProblem;
import io.github.qinglian.ConfigurationException;
import io.github.qinglian.Decision;
import io.github.qinglian.audit.ChainedLog;
import io.github.qinglian.reference.LedgerEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The visit ledger's file and export formats: each entry as a one-line JSON object (the
 * {@code entry} of a {@link ChainedLog} line), the chained JSON-lines export that
 * {@link io.github.qinglian.audit.ChainVerifier} verifies, and a CSV export for a discipline
 * office's spreadsheet. Stateless and thread-safe.
 *
 * <p>An entry reads {@code {"type":"CHECK_IN","visitId":"V-1","at":"2026-11-24T14:05:00+08:00",
 * "representativeId":"R1","companyId":"C1","locationId":"RECEPTION-1","hostIds":["D010","PH-2"],
 * "decision":"ALLOW","ruleIds":[]}}; an APPOINTMENT adds {@code appointmentId}, {@code start},
 * {@code end} and {@code approvers}, a RECORD {@code topic} and {@code attendeeIds}. Absent
 * values are left out.
 *
 * <pre>{@code
 * List<String> problems = new ArrayList<>();
 * List<LedgerJson.Line> lines = LedgerJson.read(Paths.get("visits-ledger.jsonl"), problems);
 * LedgerJson.writeCsv(lines, System.out, Policy.DEFAULT_ZONE);
 * }</pre>
 */
public final class LedgerJson {
  static final String[] ENTRY_FIELDS = {
    "type", "visitId", "at", "representativeId", "companyId", "locationId", "hostIds", "decision",
    "ruleIds", "appointmentId", "start", "end", "approvers", "topic", "attendeeIds"
  };
  private static final String[] LINE_FIELDS = {"seq", "prev", "hash", "entry"};

  /** The CSV columns, in order. */
  public static final ImmutableList<String> CSV_COLUMNS = ImmutableList.copyOf(new String[] {
    "seq", "hash", "type", "visitId", "at", "representativeId", "companyId", "locationId",
    "hostIds", "decision", "ruleIds", "appointmentId", "start", "end", "approvers", "topic",
    "attendeeIds"
  });

  private LedgerJson() {}

  /** One line of a chained ledger: its sequence number, hash, exact text and entry. Immutable. */
  public static final class Line {
    private final long seq;
    private final String hash;
    private final String text;
    private final LedgerEntry entry;

    Line(long seq, String hash, String text, LedgerEntry entry) {
      this.seq = seq;
      this.hash = hash;
      this.text = text;
      this.entry = entry;
    }

    /** The sequence number, from 1. */
    public long seq() {
      return seq;
    }

    /** The line's hash. */
    public String hash() {
      return hash;
    }

    /** The line as written (without its newline). */
    public String text() {
      return text;
    }

    /** The entry. */
    public LedgerEntry entry() {
      return entry;
    }

    @Override
    public String toString() {
      return text;
    }
  }

  // ---------------------------------------------------------------------------------- writing

  /** {@code e} as a one-line JSON object, instants with the offset of {@code zone}. */
  public static String toJson(LedgerEntry e, ZoneId zone) {
    ObjectNode o = JsonSupport.MAPPER.createObjectNode();
    o.put("type", e.type().name());
    o.put("visitId", e.visitId());
    o.put("at", ModelJson.instant(e.at(), zone));
    o.put("representativeId", e.representativeId());
    putIfSet(o, "companyId", e.companyId());
    putIfSet(o, "locationId", e.locationId());
    strings(o.putArray("hostIds"), e.hostIds());
    if (e.decision() != null) {
      o.put("decision", e.decision().name());
    }
    strings(o.putArray("ruleIds"), e.ruleIds());
    if (e.type() == LedgerEntry.Type.APPOINTMENT) {
      putIfSet(o, "appointmentId", e.appointmentId());
      putIfSet(o, "start", e.start() == null ? null : ModelJson.instant(e.start(), zone));
      putIfSet(o, "end", e.end() == null ? null : ModelJson.instant(e.end(), zone));
      strings(o.putArray("approvers"), e.approvers());
    }
    if (e.type() == LedgerEntry.Type.RECORD) {
      putIfSet(o, "topic", e.topic());
      strings(o.putArray("attendeeIds"), e.attendeeIds());
    }
    return o.toString();
  }

  /**
   * {@code entries} as the lines of a chained log started afresh: what a {@link ChainedLog}
   * holding them would contain, so that the export verifies like the file.
   */
  public static ImmutableList<Line> chain(Iterable<LedgerEntry> entries, ZoneId zone) {
    ImmutableList.Builder<Line> out = ImmutableList.builder();
    String prev = ChainedLog.GENESIS;
    long seq = 0;
    for (LedgerEntry e : entries) {
      seq++;
      String json = toJson(e, zone);
      String hash = ChainedLog.hash(seq, prev, json);
      out.add(new Line(seq, hash, ChainedLog.line(seq, prev, hash, json), e));
      prev = hash;
    }
    return out.build();
  }

  /** Writes {@code lines} as JSON lines, each as written in the chain. */
  public static void writeJsonLines(Iterable<Line> lines, Appendable out) throws IOException {
    for (Line l : lines) {
      out.append(l.text()).append('\n');
    }
  }

  /**
   * Writes {@code lines} as CSV (RFC 4180, UTF-8, a header row of {@link #CSV_COLUMNS}), instants
   * with the offset of {@code zone}, lists joined with {@code ;}. A text cell that a spreadsheet
   * would run as a formula (starting with {@code = + - @}) is prefixed with {@code '}.
   */
  public static void writeCsv(Iterable<Line> lines, Appendable out, ZoneId zone)
      throws IOException {
    row(out, CSV_COLUMNS);
    for (Line l : lines) {
      LedgerEntry e = l.entry();
      List<String> cells = new ArrayList<>();
      cells.add(Long.toString(l.seq()));
      cells.add(l.hash());
      cells.add(e.type().name());
      cells.add(e.visitId());
      cells.add(ModelJson.instant(e.at(), zone));
      cells.add(e.representativeId());
      cells.add(orEmpty(e.companyId()));
      cells.add(orEmpty(e.locationId()));
      cells.add(String.join(";", e.hostIds()));
      cells.add(e.decision() == null ? "" : e.decision().name());
      cells.add(String.join(";", e.ruleIds()));
      cells.add(orEmpty(e.appointmentId()));
      cells.add(e.start() == null ? "" : ModelJson.instant(e.start(), zone));
      cells.add(e.end() == null ? "" : ModelJson.instant(e.end(), zone));
      cells.add(String.join(";", e.approvers()));
      cells.add(orEmpty(e.topic()));
      cells.add(String.join(";", e.attendeeIds()));
      row(out, cells);
    }
  }

  private static void row(Appendable out, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(cell(cells.get(i)));
    }
    out.append("\r\n");
  }

  static String cell(String v) {
    String s = v;
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
      s = "'" + s;
    }
    if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0
        || s.indexOf('\r') >= 0) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }

  // ---------------------------------------------------------------------------------- reading

  /**
   * Reads one entry from its JSON text.
   *
   * @throws ConfigurationException listing every problem with its JSON pointer
   */
  public static LedgerEntry readEntry(String json) {
    Reader r = new Reader();
    LedgerEntry e = null;
    try {
      e = entry(r, JsonSupport.MAPPER.readTree(json), "");
    } catch (JsonProcessingException ex) {
      r.error("", "not JSON" + where(ex));
    }
    if (e == null || !r.errors.isEmpty()) {
      throw new ConfigurationException("ledger entry", r.errors.isEmpty()
          ? ImmutableList.of(ConfigProblem.of("", "must be an object")) : r.errors);
    }
    return e;
  }

  private static String where(JsonProcessingException e) {
    return e.getLocation() == null ? ""
        : " (column " + e.getLocation().getColumnNr() + ")";
  }

  /**
   * Reads the complete lines of the ledger file at {@code path}, in order, adding to
   * {@code problems} each line that cannot be read ({@code "line 7: …"}); a partial last line
   * (an interrupted append) is left out. This reads; {@link
   * io.github.qinglian.audit.ChainVerifier} verifies.
   *
   * @throws IOException if the file cannot be read
   */
  public static ImmutableList<Line> read(Path path, List<String> problems) throws IOException {
    String text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
    ImmutableList.Builder<Line> out = ImmutableList.builder();
    int start = 0;
    int number = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) != '\n') {
        continue;
      }
      number++;
      String line = text.substring(start, i);
      start = i + 1;
      Line l = line(line, number, problems);
      if (l != null) {
        out.add(l);
      }
    }
    return out.build();
  }

  private static @Nullable Line line(String text, int number, List<String> problems) {
    Reader r = new Reader();
    JsonNode node;
    try {
      node = JsonSupport.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      problems.add("line " + number + ": not JSON" + where(e));
      return null;
    }
    if (!r.object(node, "", LINE_FIELDS)) {
      problems.add("line " + number + ": not a ledger line");
      return null;
    }
    Integer seq = r.integer(node, "seq", "", true);
    String hash = r.string(node, "hash", "", true);
    LedgerEntry e = entry(r, node.get("entry"), "/entry");
    if (!r.errors.isEmpty() || seq == null || hash == null || e == null) {
      problems.add("line " + number + ": " + (r.errors.isEmpty() ? "not a ledger line"
          : r.errors.get(0).toString()));
      return null;
    }
    return new Line(seq, hash, text, e);
  }

  /** Reads an entry, recording problems in {@code r}; {@code null} when it cannot be built. */
  static @Nullable LedgerEntry entry(Reader r, @Nullable JsonNode node, String p) {
    if (!r.object(node, p, ENTRY_FIELDS)) {
      if (node == null || node.isNull() || node.isMissingNode()) {
        r.error(p, "required");
      }
      return null;
    }
    int before = r.errors.size();
    LedgerEntry.Type type = r.enumValue(node, "type", p, LedgerEntry.Type.class, true);
    String visitId = r.string(node, "visitId", p, true);
    Instant at = r.instant(node, "at", p, true);
    String rep = r.string(node, "representativeId", p, true);
    String company = r.string(node, "companyId", p, false);
    String location = r.string(node, "locationId", p, false);
    ImmutableList<String> hosts = ids(r, node, "hostIds", p);
    Decision decision = r.enumValue(node, "decision", p, Decision.class, false);
    ImmutableList<String> ruleIds = ids(r, node, "ruleIds", p);
    String appointmentId = r.string(node, "appointmentId", p, false);
    Instant start = r.instant(node, "start", p, false);
    Instant end = r.instant(node, "end", p, false);
    ImmutableList<String> approvers = ids(r, node, "approvers", p);
    String topic = r.string(node, "topic", p, false);
    ImmutableList<String> attendees = ids(r, node, "attendeeIds", p);
    if (r.errors.size() > before || type == null || visitId == null || at == null
        || rep == null) {
      return null;
    }
    return LedgerEntry.newBuilder(type, visitId, at, rep)
        .companyId(company)
        .locationId(location)
        .hostIds(hosts)
        .decision(decision)
        .ruleIds(ruleIds)
        .appointmentId(appointmentId)
        .start(start)
        .end(end)
        .approvers(approvers)
        .topic(topic)
        .attendeeIds(attendees)
        .build();
  }

  /**
   * An array of ids, in order, duplicates kept; an element that is not a string is an error and
   * stays as a blank entry so that later ones keep their indexes.
   */
  static ImmutableList<String> ids(Reader r, JsonNode node, String field, String p) {
    ImmutableList.Builder<String> b = ImmutableList.builder();
    List<JsonNode> items = r.array(node, field, p);
    for (int i = 0; i < items.size(); i++) {
      JsonNode e = items.get(i);
      if (e.isTextual()) {
        b.add(e.asText());
      } else {
        r.error(Reader.at(Reader.at(p, field), i), "must be a string");
        b.add("");
      }
    }
    return b.build();
  }

  static void strings(ArrayNode a, Iterable<String> values) {
    for (String s : values) {
      a.add(s);
    }
  }

  private static void putIfSet(ObjectNode o, String key, @Nullable String v) {
    if (v != null) {
      o.put(key, v);
    }
  }

  private static String orEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }
}
