package io.github.qinglian.json;

import static io.github.qinglian.rule.RuleCatalog.INPUT_INVALID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.qinglian.ConfigProblem;
import io.github.qinglian.ConfigurationException;
import io.github.qinglian.Decision;
import io.github.qinglian.Finding;
import io.github.qinglian.Verdict;
import io.github.qinglian.internal.FindingList;
import io.github.qinglian.model.Institution;
import io.github.qinglian.model.InstitutionLevel;
import io.github.qinglian.policy.Policy;
import io.github.qinglian.rule.Family;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates wire-format cases: the entry point of the CLI, the sidecar and the JSON fixtures.
 * Thread-safe and never throws: JSON that cannot be parsed, a missing field, an unknown code, a
 * bad policy or a kind this version does not check all become {@code INPUT.INVALID} findings
 * naming the field by JSON pointer, and the verdict is still returned.
 *
 * <pre>{@code
 * CaseResult r = CaseJson.evaluate(line);
 * System.out.println(r.toJson());
 * }</pre>
 */
public final class CaseJson {
  /** The kinds of the wire format. */
  public static final ImmutableSet<String> KINDS =
      ImmutableSet.of("prescription", "query", "visit", "purchase", "formulary");

  /** The family that judges each kind, which fixes INPUT.INVALID's default severity. */
  private static final ImmutableMap<String, Family> FAMILIES =
      ImmutableMap.of(
          "prescription", Family.PRESCRIPTION,
          "query", Family.TONGFANG,
          "visit", Family.VISIT,
          "purchase", Family.PROCUREMENT,
          "formulary", Family.PROCUREMENT);

  /** The kinds this version evaluates, and how. */
  private static final ImmutableMap<String, CaseKind> EVALUATORS =
      ImmutableMap.<String, CaseKind>of(
          "prescription", new PrescriptionCase(),
          "query", new QueryCase(),
          "purchase", new PurchaseCase(),
          "formulary", new FormularyCase(),
          "visit", new VisitCase());

  /** The kinds this version evaluates. */
  public static final ImmutableSet<String> SUPPORTED = EVALUATORS.keySet();

  private static final Logger LOG = LoggerFactory.getLogger(CaseJson.class);
  private static final Pattern ITEM = Pattern.compile("^/subject/(?:items|lines)/(\\d+)(/.*)?$");
  private static final String[] FIELDS = {
    "kind", "at", "institution", "policy", "reference", "subject"
  };

  private CaseJson() {}

  /** Evaluates one case given as JSON text. */
  public static CaseResult evaluate(String json) {
    JsonNode node;
    try {
      node = JsonSupport.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      // The parser's message quotes the offending token, which may be a patient id: say where.
      return unreadable("not JSON" + JsonSupport.where(e));
    } catch (RuntimeException e) {
      return unreadable("not JSON: " + e.getClass().getSimpleName());
    }
    if (node == null || node.isMissingNode()) {
      return unreadable("empty input");
    }
    return evaluate(node);
  }

  /** Evaluates one case given as a Jackson tree. */
  public static CaseResult evaluate(JsonNode node) {
    try {
      return evaluateOrThrow(node);
    } catch (RuntimeException | StackOverflowError e) {
      LOG.warn("case evaluation failed internally: {}", e.getClass().getName());
      FindingList out = new FindingList();
      out.add(io.github.qinglian.rule.RuleCatalog.ENGINE_ERROR,
          Policy.defaults().failMode().clinical(), null, Finding.NO_ITEM,
          "error", e.getClass().getSimpleName());
      return new CaseResult(null, "", out.verdict(Verdict.allow(Policy.defaults().version())),
          new ArrayList<ConfigProblem>());
    }
  }

  private static CaseResult unreadable(String reason) {
    List<ConfigProblem> problems = new ArrayList<>();
    problems.add(ConfigProblem.of("", reason));
    return new CaseResult(null, "", invalidOnly(problems, Decision.BLOCK, Policy.defaults()),
        new ArrayList<ConfigProblem>());
  }

  private static CaseResult evaluateOrThrow(JsonNode node) {
    Reader r = new Reader();
    if (!r.object(node, "", FIELDS)) {
      if (node.isNull()) {
        r.error("", "must be an object");
      }
      return new CaseResult(null, "", invalidOnly(r.errors, Decision.BLOCK, Policy.defaults()),
          r.warnings);
    }
    String caseId = subjectId(node);
    String kind = r.string(node, "kind", "", true);
    CaseKind evaluator = kind == null ? null : EVALUATORS.get(kind);
    if (kind == null || evaluator == null) {
      List<ConfigProblem> problems = new ArrayList<>(r.errors);
      if (kind != null) {
        problems.add(ConfigProblem.of("/kind", KINDS.contains(kind)
            ? "kind \"" + kind + "\" is not checked by this version; supported: " + SUPPORTED
            : "must be one of " + KINDS));
      }
      Family family = kind == null ? null : FAMILIES.get(kind);
      Decision severity = family == null ? Decision.BLOCK
          : Policy.defaults().severity(INPUT_INVALID, family);
      return new CaseResult(caseId, kind == null ? "" : kind,
          invalidOnly(problems, severity, Policy.defaults()), r.warnings);
    }
    Instant at = r.instant(node, "at", "", true);
    Institution institution = institution(r, node.get("institution"));
    List<ConfigProblem> policyWarnings = new ArrayList<>();
    Policy policy;
    List<ConfigProblem> policyProblems = new ArrayList<>();
    try {
      policy = PolicyJson.read(node.get("policy"), "/policy", policyWarnings);
      for (ConfigProblem w : policy.warnings()) {
        policyWarnings.add(ConfigProblem.of("/policy" + w.pointer(), w.reason()));
      }
    } catch (ConfigurationException e) {
      policy = Policy.defaults();
      policyProblems.addAll(e.problems());
    }
    Verdict checked =
        evaluator.evaluate(r, node, institution, policy, at != null ? at : Instant.now());

    List<ConfigProblem> problems = new ArrayList<>(policyProblems);
    problems.addAll(r.errors);
    List<ConfigProblem> warnings = new ArrayList<>(r.warnings);
    warnings.addAll(policyWarnings);
    if (problems.isEmpty()) {
      return new CaseResult(caseId, kind, checked, warnings);
    }
    Verdict.Builder merged = Verdict.newBuilder(checked.policyVersion());
    for (Finding f : checked.findings()) {
      if (!duplicateOf(f, problems)) {
        merged.add(f);
      }
    }
    merged.addAll(
        invalidOnly(problems, policy.severity(INPUT_INVALID, evaluator.family()), policy)
            .findings());
    return new CaseResult(caseId, kind, merged.build(), warnings);
  }

  /** A checker's "required" finding for a field whose shape the reader already reported. */
  private static boolean duplicateOf(Finding f, List<ConfigProblem> problems) {
    if (!f.ruleId().equals(INPUT_INVALID.id())) {
      return false;
    }
    Object pointer = f.evidence().get("pointer");
    for (ConfigProblem p : problems) {
      if (p.pointer().equals(pointer)) {
        return true;
      }
    }
    return false;
  }

  private static Verdict invalidOnly(
      List<ConfigProblem> problems, Decision severity, Policy policy) {
    FindingList out = new FindingList();
    for (ConfigProblem p : problems) {
      Matcher m = ITEM.matcher(p.pointer());
      int item = Finding.NO_ITEM;
      if (m.matches()) {
        try {
          item = Integer.parseInt(m.group(1));
        } catch (NumberFormatException tooLong) {
          item = Finding.NO_ITEM;
        }
      }
      out.add(INPUT_INVALID, severity, p.pointer().isEmpty() ? "DOCUMENT" : null, item,
          "pointer", p.pointer(), "reason", p.reason());
    }
    return out.verdict(Verdict.allow(policy.version()));
  }

  private static @Nullable String subjectId(JsonNode node) {
    JsonNode subject = node.get("subject");
    if (subject != null && subject.isObject()) {
      JsonNode id = subject.get("id");
      if (id != null && (id.isTextual() || id.isIntegralNumber())) {
        return id.asText();
      }
    }
    return null;
  }

  private static Institution institution(Reader r, @Nullable JsonNode node) {
    if (!r.object(node, "/institution", "id", "level", "name")) {
      if (node == null || node.isNull()) {
        r.error("/institution", "required");
      }
      return Institution.of("UNKNOWN", InstitutionLevel.TERTIARY);
    }
    String id = r.string(node, "id", "/institution", true);
    InstitutionLevel level = r.enumValue(node, "level", "/institution", InstitutionLevel.class,
        true);
    return Institution.of(id == null ? "UNKNOWN" : id,
        level == null ? InstitutionLevel.TERTIARY : level);
  }
}
