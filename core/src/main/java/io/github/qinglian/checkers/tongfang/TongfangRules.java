package io.github.qinglian.checkers.tongfang;

import static io.github.qinglian.internal.Findings.add;
import static io.github.qinglian.rule.RuleCatalog.ENGINE_ERROR;
import static io.github.qinglian.rule.RuleCatalog.TF_BULK;
import static io.github.qinglian.rule.RuleCatalog.TF_DEPARTMENT_STATS;
import static io.github.qinglian.rule.RuleCatalog.TF_FREQUENCY;
import static io.github.qinglian.rule.RuleCatalog.TF_MASK;
import static io.github.qinglian.rule.RuleCatalog.TF_OFF_HOURS;
import static io.github.qinglian.rule.RuleCatalog.TF_PRESCRIBER_STATS;
import static io.github.qinglian.rule.RuleCatalog.TF_PURPOSE;
import static io.github.qinglian.rule.RuleCatalog.TF_REPRESENTATIVE;
import static io.github.qinglian.rule.RuleCatalog.TF_UNPARSEABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.qinglian.Decision;
import io.github.qinglian.Finding;
import io.github.qinglian.QueryChecker;
import io.github.qinglian.Snapshot;
import io.github.qinglian.Verdict;
import io.github.qinglian.audit.Alert;
import io.github.qinglian.audit.AlertSink;
import io.github.qinglian.audit.AuditEvent;
import io.github.qinglian.audit.AuditSink;
import io.github.qinglian.internal.FindingList;
import io.github.qinglian.internal.PerSnapshot;
import io.github.qinglian.internal.Findings;
import io.github.qinglian.model.Approval;
import io.github.qinglian.model.ApprovalScope;
import io.github.qinglian.model.Dialect;
import io.github.qinglian.model.QueryClass;
import io.github.qinglian.model.QueryHistoryEntry;
import io.github.qinglian.model.QueryRequest;
import io.github.qinglian.model.Requester;
import io.github.qinglian.policy.Policy;
import io.github.qinglian.rule.Family;
import io.github.qinglian.rule.Rule;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The 统方 guard over a live snapshot: classifies the request's SQL (or report request) against
 * the snapshot's schema mapping and decides by the TF rules with the requester, purpose, approval
 * and query history. Thread-safe and never throws. Construct it through
 * {@link io.github.qinglian.Qinglian#queries()}.
 *
 * <p>Classification is cached per snapshot by text; a cached NONE statement from a well-formed
 * request gets a verdict prepared with its classification and allocates nothing. Every statement
 * classified other than NONE is audited through the {@link AuditSink}; a BLOCKed or UNRESOLVED
 * one also raises an {@link Alert}. A sink that throws is logged (its type only) and, under a
 * fail-closed data-access fail mode, a failed audit adds {@code ENGINE.ERROR}: what cannot be
 * recorded does not run.
 *
 * <p>The frequency ledger (TF.FREQUENCY) counts the statistic queries (PRESCRIBER_STATS and
 * DEPARTMENT_STATS) this checker saw, blocked or not, together with the reference data's query
 * history; it is bounded in memory.
 */
public final class TongfangRules implements QueryChecker {
  private static final Logger LOG = LoggerFactory.getLogger(TongfangRules.class);
  private static final String SOURCE = "TONGFANG";

  private final Supplier<Snapshot> snapshots;
  private final Clock clock;
  private final AuditSink audit;
  private final AlertSink alerts;
  private final QueryLedger ledger = new QueryLedger();
  private final PerSnapshot<Context> context = new PerSnapshot<>(Context::new);

  /** A snapshot's compiled mapping, classifier, parameters and seeded history. */
  static final class Context {
    final Snapshot snapshot;
    final Classifier classifier;
    final Set<DayOfWeek> allowedDays;
    final LocalTime from;
    final LocalTime to;
    final int maxRows;
    final int maxQueries;
    final int windowHours;
    final ImmutableMap<String, long[]> history;

    @SuppressWarnings("unchecked")
    Context(Snapshot s) {
      this.snapshot = s;
      Policy p = s.policy();
      this.classifier =
          new Classifier(new SchemaIndex(s.reference().schema()), p.version());
      this.allowedDays = (Set<DayOfWeek>) p.param(TF_OFF_HOURS, "allowedDays");
      this.from = (LocalTime) p.param(TF_OFF_HOURS, "from");
      this.to = (LocalTime) p.param(TF_OFF_HOURS, "to");
      this.maxRows = p.intParam(TF_BULK, "maxRows");
      this.maxQueries = p.intParam(TF_FREQUENCY, "maxQueries");
      this.windowHours = p.intParam(TF_FREQUENCY, "windowHours");
      Map<String, List<Long>> h = new HashMap<>();
      for (QueryHistoryEntry e : s.reference().queryHistory()) {
        if (e.classification().isStatistic()) {
          h.computeIfAbsent(e.userId(), k -> new ArrayList<>()).add(e.at().toEpochMilli());
        }
      }
      ImmutableMap.Builder<String, long[]> b = ImmutableMap.builder();
      for (Map.Entry<String, List<Long>> e : h.entrySet()) {
        long[] t = new long[e.getValue().size()];
        for (int i = 0; i < t.length; i++) {
          t[i] = e.getValue().get(i);
        }
        Arrays.sort(t);
        b.put(e.getKey(), t);
      }
      this.history = b.buildOrThrow();
    }

    int seeded(String user, long from, long to) {
      long[] t = history.get(user);
      if (t == null) {
        return 0;
      }
      int n = 0;
      for (long x : t) {
        if (x >= from && x <= to) {
          n++;
        }
      }
      return n;
    }
  }

  /**
   * Creates a guard reading the snapshot {@code snapshots} supplies, timed by {@code clock},
   * auditing to {@code audit} and alerting to {@code alerts}.
   */
  public TongfangRules(
      Supplier<Snapshot> snapshots, Clock clock, AuditSink audit, AlertSink alerts) {
    this.snapshots = snapshots;
    this.clock = clock;
    this.audit = audit;
    this.alerts = alerts;
  }

  @Override
  public Verdict check(@Nullable QueryRequest request) {
    return run(request, dialectOf(request), null);
  }

  @Override
  public Verdict check(@Nullable QueryRequest request, Instant at) {
    return run(request, dialectOf(request), at);
  }

  @Override
  public Verdict check(@Nullable QueryRequest request, @Nullable Dialect dialect, Instant at) {
    return run(request, dialect != null ? dialect : dialectOf(request), at);
  }

  /**
   * The dialect the request names ({@link QueryRequest#dialect()}, which the JDBC layer fills
   * from the connection), or {@code null} when it names none or one this guard does not know.
   */
  private static @Nullable Dialect dialectOf(@Nullable QueryRequest request) {
    String name = request == null ? null : request.dialect();
    if (name == null) {
      return null;
    }
    for (Dialect d : Dialect.values()) {
      if (d.name().equalsIgnoreCase(name)) {
        return d;
      }
    }
    return null;
  }

  private Context context(Snapshot s) {
    return context.get(s);
  }


  private Verdict run(@Nullable QueryRequest q, @Nullable Dialect dialect, @Nullable Instant at) {
    Snapshot s = null;
    try {
      s = snapshots.get();
      Context ctx = context(s);
      Policy policy = s.policy();
      FindingList out = validate(policy, q);
      Classification c;
      if (q == null) {
        c = null;
      } else if (q.sql() != null) {
        c = ctx.classifier.classify(q.sql(), dialect);
      } else if (q.report() != null) {
        FindingList[] holder = {out};
        c = ReportClassifier.classify(q.report(),
            (pointer, reason, value) -> holder[0] =
                Findings.invalid(policy, Family.TONGFANG, holder[0], Finding.NO_ITEM, pointer,
                    reason, value), policy.version());
        out = holder[0];
      } else {
        c = null;
      }
      if (out == null && c != null && c.none != null) {
        return c.none; // ordinary business: the prepared verdict, nothing allocated
      }
      Instant now = at != null ? at : clock.instant();
      return decide(ctx, q, c, out, now);
    } catch (Throwable t) { // an internal failure must never reach the HIS's thread
      Findings.rethrowFatal(t);
      Verdict v = Findings.engineError(s, t, true, LOG, "query check");
      alert(at != null ? at : Instant.EPOCH, q, null, v);
      return v;
    }
  }

  private static @Nullable FindingList validate(Policy policy, @Nullable QueryRequest q) {
    if (q == null) {
      return invalid(policy, null, "/subject", "required", null);
    }
    FindingList out = null;
    Requester r = q.requester();
    if (r == null) {
      out = invalid(policy, out, "/subject/requester", "required", null);
    } else if (blank(r.userId())) {
      out = invalid(policy, out, "/subject/requester/userId", "required", null);
    }
    if (q.sql() == null && q.report() == null) {
      out = invalid(policy, out, "/subject/sql", "required: sql or report", null);
    } else if (q.sql() != null && q.report() != null) {
      out = invalid(policy, out, "/subject/report", "give sql or report, not both", null);
    }
    String purpose = q.purpose();
    if (purpose != null && !Policy.PURPOSES.contains(purpose)) {
      out = invalid(policy, out, "/subject/purpose", "must be one of " + Policy.PURPOSES,
          purpose);
    }
    Integer rows = q.expectedRows();
    if (rows != null && rows < 0) {
      out = invalid(policy, out, "/subject/expectedRows", "must not be negative", rows);
    }
    return out;
  }

  private Verdict decide(Context ctx, @Nullable QueryRequest q, @Nullable Classification c,
      @Nullable FindingList invalid, Instant at) {
    Policy policy = ctx.snapshot.policy();
    FindingList out = invalid;
    List<String> obligations = new ArrayList<>(1);
    if (q != null && c != null && c.cls != QueryClass.NONE) {
      out = judge(ctx, q, c, out, obligations, at);
    }
    Verdict v = verdict(policy, out, c, obligations);
    if (c != null && c.cls != QueryClass.NONE) {
      String failure = record(q, c, v, at, policy);
      if (failure != null) {
        FindingList more = out == null ? new FindingList() : out;
        more.add(ENGINE_ERROR, policy.failMode().dataAccess(), "AUDIT", Finding.NO_ITEM,
            "error", failure, "failMode", policy.failMode().dataAccess().name());
        v = verdict(policy, more, c, obligations);
      }
    }
    if (v.decision() == Decision.BLOCK || (c != null && c.cls == QueryClass.UNRESOLVED)) {
      alert(at, q, c, v);
    }
    return v;
  }

  private @Nullable FindingList judge(Context ctx, QueryRequest q, Classification c,
      @Nullable FindingList in, List<String> obligations, Instant at) {
    Policy policy = ctx.snapshot.policy();
    FindingList out = in;
    Requester r = q.requester();
    String user = r == null ? null : r.userId();
    Object[] ev = evidence(c);
    if (c.cls == QueryClass.UNRESOLVED) {
      if (on(policy, TF_UNPARSEABLE)) {
        out = add(out, policy, TF_UNPARSEABLE, null, Finding.NO_ITEM,
            concat(ev, "reason", c.reason));
      }
      return out;
    }
    if (r != null && !blank(r.representativeId()) && on(policy, TF_REPRESENTATIVE)) {
      out = add(out, policy, TF_REPRESENTATIVE, null, Finding.NO_ITEM,
          concat(ev, "representativeId", r.representativeId()));
    }
    if (!c.cls.isStatistic()) {
      return out;
    }
    boolean prescriber = c.cls == QueryClass.PRESCRIBER_STATS;
    boolean authorisedRole = false;
    if (!prescriber && r != null) {
      for (String role : r.roles()) {
        authorisedRole |= policy.departmentStatsRoles().contains(role);
      }
    }
    boolean needsApproval = prescriber || !authorisedRole;
    Approval approval = null;
    boolean approved = false;
    if (needsApproval) {
      String id = q.approvalId();
      if (blank(id)) {
        Rule rule = prescriber ? TF_PRESCRIBER_STATS : TF_DEPARTMENT_STATS;
        if (on(policy, rule)) {
          out = add(out, policy, rule, null, Finding.NO_ITEM,
              concat(ev, "roles", r == null ? null : ImmutableList.copyOf(r.roles())));
        }
      } else {
        approval = ctx.snapshot.reference().approvals().find(id);
        String problem = approvalProblem(approval, user, q, c.cls, at, policy);
        if (problem == null) {
          approved = true;
        } else if (on(policy, TF_PURPOSE)) {
          out = add(out, policy, TF_PURPOSE, problem, Finding.NO_ITEM, concat(ev,
              "approvalId", id, "reason", problem,
              "approvalUserId", approval == null ? null : approval.userId(),
              "approvalPurpose", approval == null ? null : approval.purpose(),
              "purpose", purpose(q),
              "scope", approval == null ? null : approval.scope().name(),
              "validFrom", approval == null ? null : local(approval.validFrom(), policy),
              "validTo", approval == null ? null : local(approval.validTo(), policy)));
        }
      }
    }
    if (approved && approval != null) {
      if (prescriber && approval.mask()) {
        obligations.add(MASK_PRESCRIBER);
        if (on(policy, TF_MASK)) {
          out = add(out, policy, TF_MASK, null, Finding.NO_ITEM, concat(ev,
              "approvalId", approval.id(), "maskColumns", c.maskColumns,
              "maskColumnNames", c.maskNames));
        }
      }
      ZonedDateTime local = at.atZone(policy.zone());
      LocalTime t = local.toLocalTime();
      if (on(policy, TF_OFF_HOURS) && (!ctx.allowedDays.contains(local.getDayOfWeek())
          || t.isBefore(ctx.from) || !t.isBefore(ctx.to))) {
        out = add(out, policy, TF_OFF_HOURS, null, Finding.NO_ITEM, concat(ev,
            "at", local(at, policy), "day", local.getDayOfWeek().name(),
            "allowedDays", days(ctx.allowedDays), "from", ctx.from.toString(),
            "to", ctx.to.toString()));
      }
    }
    Integer rows = q.expectedRows();
    if (on(policy, TF_BULK) && (q.export() || (rows != null && rows > ctx.maxRows))) {
      out = add(out, policy, TF_BULK, q.export() ? "EXPORT" : "ROWS", Finding.NO_ITEM,
          concat(ev, "export", q.export(), "expectedRows", rows, "maxRows", ctx.maxRows));
    }
    if (user != null && !blank(user)) {
      Instant since = at.minusSeconds(3600L * ctx.windowHours);
      int count = ctx.seeded(user, since.toEpochMilli(), at.toEpochMilli())
          + ledger.count(user, since, at) + 1;
      ledger.record(user, at);
      if (count > ctx.maxQueries && on(policy, TF_FREQUENCY)) {
        out = add(out, policy, TF_FREQUENCY, null, Finding.NO_ITEM, concat(ev,
            "userId", user, "count", count, "maxQueries", ctx.maxQueries,
            "windowHours", ctx.windowHours));
      }
    }
    return out;
  }

  /** Why {@code a} does not fit, or {@code null} when it does. */
  private static @Nullable String approvalProblem(@Nullable Approval a, @Nullable String user,
      QueryRequest q, QueryClass cls, Instant at, Policy policy) {
    if (a == null) {
      return "UNKNOWN";
    }
    if (!a.userId().equals(user)) {
      return "OTHER_USER";
    }
    if (at.isBefore(a.validFrom())) {
      return "NOT_YET_VALID";
    }
    if (at.isAfter(a.validTo())) {
      return "EXPIRED";
    }
    if (!a.purpose().equals(purpose(q))) {
      return "PURPOSE_MISMATCH";
    }
    if (!policy.approvablePurposes().contains(a.purpose())) {
      return "NOT_APPROVABLE";
    }
    if (cls == QueryClass.PRESCRIBER_STATS && a.scope() == ApprovalScope.DEPARTMENT) {
      return "SCOPE";
    }
    return null;
  }

  private static String purpose(QueryRequest q) {
    return q.purpose() == null ? "UNSPECIFIED" : q.purpose();
  }

  private static Object[] evidence(Classification c) {
    return new Object[] {
      "classification", c.cls.name(),
      "statements", c.statements.size() > 1 ? c.statementNames : null,
      "tables", c.tables.isEmpty() ? null : c.tables,
      "columns", c.columns.isEmpty() ? null : c.columns,
      "clause", c.clause.isEmpty() ? null : c.clause,
      "measure", c.measure,
      "dialect", c.dialect
    };
  }

  private static Object[] concat(Object[] a, @Nullable Object... b) {
    Object[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static List<String> days(Set<DayOfWeek> days) {
    List<String> out = new ArrayList<>(days.size());
    for (DayOfWeek d : DayOfWeek.values()) {
      if (days.contains(d)) {
        out.add(d.name().substring(0, 3));
      }
    }
    return out;
  }

  private static Verdict verdict(Policy policy, @Nullable FindingList out,
      @Nullable Classification c, List<String> obligations) {
    Verdict.Builder b = Verdict.newBuilder(policy.version());
    if (out != null) {
      out.addTo(b);
    }
    if (c != null) {
      b.classification(c.cls.name()).statementClassifications(c.statementNames);
    }
    for (String o : obligations) {
      b.obligation(o);
    }
    return b.build();
  }

  /** Writes the audit event; returns the failure's type when the sink threw, else null. */
  private @Nullable String record(@Nullable QueryRequest q, Classification c, Verdict v,
      Instant at, Policy policy) {
    try {
      Requester r = q == null ? null : q.requester();
      audit.record(AuditEvent.newBuilder(at, SOURCE, v.decision())
          .subjectId(q == null ? null : q.id())
          .userId(r == null ? null : r.userId())
          .clientAddress(r == null ? null : r.clientAddress())
          .classification(c.cls.name())
          .ruleIds(v.ruleIds())
          .fingerprint(c.fingerprint())
          .purpose(q == null ? null : q.purpose())
          .approvalId(q == null ? null : q.approvalId())
          .policyVersion(policy.version())
          .build());
      return null;
    } catch (RuntimeException e) {
      LOG.warn("audit sink failed: {}", e.getClass().getName());
      return e.getClass().getSimpleName();
    }
  }

  private void alert(Instant at, @Nullable QueryRequest q, @Nullable Classification c,
      Verdict v) {
    try {
      Requester r = q == null ? null : q.requester();
      alerts.alert(Alert.newBuilder(at, SOURCE, v.decision())
          .ruleIds(v.ruleIds())
          .subjectId(q == null ? null : q.id())
          .actor(r == null ? null : r.userId())
          .where(r == null ? null : r.clientAddress())
          .detail("classification", c == null ? null : c.cls.name())
          .detail("fingerprint", c == null ? null : c.fingerprint())
          .build());
    } catch (RuntimeException e) {
      LOG.warn("alert sink failed: {}", e.getClass().getName());
    }
  }

  private static String local(Instant instant, Policy policy) {
    return Findings.local(instant, policy.zone());
  }

  private static boolean on(Policy policy, Rule rule) {
    return policy.enabled(rule);
  }

  private static boolean blank(@Nullable String s) {
    return s == null || s.trim().isEmpty();
  }

  private static @Nullable FindingList invalid(Policy policy, @Nullable FindingList out,
      String pointer, String reason, @Nullable Object value) {
    return Findings.invalid(policy, Family.TONGFANG, out, Finding.NO_ITEM, pointer, reason,
        value);
  }

  /** The classification of {@code sql} under {@code s}'s mapping, for tests and tools. */
  static Classification classify(Snapshot s, String sql, @Nullable Dialect dialect) {
    return new Context(s).classifier.classify(sql, dialect);
  }
}
