package io.github.qinglian.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.qinglian.Decision;
import io.github.qinglian.Finding;
import io.github.qinglian.QueryChecker;
import io.github.qinglian.Verdict;
import io.github.qinglian.audit.Alert;
import io.github.qinglian.audit.AlertSink;
import io.github.qinglian.audit.Pseudonymizer;
import io.github.qinglian.audit.Slf4jAlertSink;
import io.github.qinglian.internal.FindingList;
import io.github.qinglian.internal.Findings;
import io.github.qinglian.model.QueryRequest;
import io.github.qinglian.policy.Policy;
import io.github.qinglian.rule.RuleCatalog;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the JDBC layer does with every statement before it reaches the database: builds a
 * {@link QueryRequest} from the SQL and the current {@link QueryContext}, asks the
 * {@link QueryChecker}, and enforces the verdict. Shared by {@link GuardedDataSource} and the
 * Druid filter ({@code io.github.qinglian.jdbc.druid.QinglianDruidFilter}). Immutable and
 * thread-safe.
 *
 * <ul>
 *   <li>{@code BLOCK}: {@link QueryRefusedException} (SQLState 42501, the rule ids in the
 *       message).
 *   <li>{@code REVIEW}: refused the same way, unless {@link Builder#reviewPasses(boolean)} lets it
 *       pass; the checker has audited it either way.
 *   <li>{@code ALLOW}, {@code WARN}: pass; with the obligation {@code MASK_PRESCRIBER} the result's
 *       PRESCRIBER columns read as pseudonyms.
 *   <li>A checker that throws or returns {@code null}: {@code ENGINE.ERROR} at BLOCK (data access
 *       fails closed), and an alert through the {@link AlertSink}.
 * </ul>
 *
 * <p>Auditing every statement classified other than NONE, and alerting on BLOCK and UNRESOLVED,
 * is the checker's work (it knows the classification); the guard only alerts on the checker
 * failures it turns into ENGINE.ERROR.
 *
 * <pre>{@code
 * StatementGuard guard = StatementGuard.newBuilder(qinglian.queries())
 *     .maskKey(System.getenv("QINGLIAN_MASK_KEY"))
 *     .prescriberColumns("ysdm", "kdys")
 *     .build();
 * DataSource guarded = GuardedDataSource.of(hikari, guard);
 * }</pre>
 */
public final class StatementGuard {
  private static final Logger LOG = LoggerFactory.getLogger(StatementGuard.class);

  private final QueryChecker checker;
  private final Supplier<? extends @Nullable QueryContext> context;
  private final PseudonymCache pseudonyms;
  private final ImmutableSet<String> prescriberColumns;
  private final boolean reviewPasses;
  private final @Nullable String dialect;
  private final AlertSink alerts;
  private final Clock clock;

  private StatementGuard(Builder b) {
    this.checker = b.checker;
    this.context = b.context;
    this.pseudonyms = new PseudonymCache(b.pseudonymizer == null
        ? Pseudonymizer.forPolicy(Policy.defaults()) : b.pseudonymizer);
    this.prescriberColumns = b.prescriberColumns.build();
    this.reviewPasses = b.reviewPasses;
    this.dialect = b.dialect;
    this.alerts = b.alerts;
    this.clock = b.clock;
  }

  /** Starts a guard that asks {@code checker}. */
  public static Builder newBuilder(QueryChecker checker) {
    return new Builder(checker);
  }

  /** The configured dialect, or {@code null} when it is read from each connection. */
  public @Nullable String dialect() {
    return dialect;
  }

  /** The context current now: the supplier's, or {@link QueryContext#empty()}. */
  public QueryContext currentContext() {
    QueryContext c = context.get();
    return c == null ? QueryContext.empty() : c;
  }

  /**
   * Checks {@code sql} in the current context and enforces the verdict.
   *
   * @param dialect the connection's dialect ({@link DatabaseDialect}); the guard's configured
   *     dialect, when set, wins
   * @return the clearance to run the statement, with its masking
   * @throws QueryRefusedException when the verdict is BLOCK, or REVIEW and REVIEW does not pass
   */
  public Clearance check(String sql, @Nullable String dialect) throws QueryRefusedException {
    checkNotNull(sql, "sql");
    QueryContext ctx = currentContext();
    return enforce(decide(sql, ctx, dialect), ctx);
  }

  /**
   * Returns {@code earlier} when the current context is the one it was decided for, else checks
   * {@code sql} again: a prepared statement is checked when prepared, and again only if it runs
   * in another context.
   */
  public Clearance checkAgain(Clearance earlier, String sql, @Nullable String dialect)
      throws QueryRefusedException {
    QueryContext now = currentContext();
    if (now.equals(earlier.context())) {
      return earlier;
    }
    return enforce(decide(sql, now, dialect), now);
  }

  private Verdict decide(String sql, QueryContext ctx, @Nullable String connectionDialect) {
    String d = dialect != null ? dialect : connectionDialect;
    QueryRequest request = QueryRequest.newBuilder()
        .sql(sql)
        .requester(ctx.requester())
        .purpose(ctx.purpose())
        .approvalId(ctx.approvalId())
        .export(ctx.export())
        .dialect(d)
        .build();
    Verdict v;
    try {
      v = checker.check(request);
      if (v == null) {
        v = engineError(new NullPointerException("the checker returned no verdict"), sql, ctx);
      }
    } catch (Throwable t) {
      Findings.rethrowFatal(t);
      v = engineError(t, sql, ctx);
    }
    return v;
  }

  private Clearance enforce(Verdict v, QueryContext ctx) throws QueryRefusedException {
    Decision decision = v.decision();
    if (decision == Decision.BLOCK || (decision == Decision.REVIEW && !reviewPasses)) {
      throw new QueryRefusedException(decision, refusingRules(v), v);
    }
    if (!v.obligations().contains(QueryChecker.MASK_PRESCRIBER)) {
      return new Clearance(v, ctx, null, ImmutableSet.<Integer>of(),
          ImmutableSet.<String>of());
    }
    ImmutableSet.Builder<Integer> indexes = ImmutableSet.builder();
    ImmutableSet.Builder<String> labels = ImmutableSet.builder();
    labels.addAll(prescriberColumns);
    for (Finding f : v.findings("TF.MASK")) {
      Object columns = f.evidence().get("maskColumns");
      if (columns instanceof List) {
        for (Object c : (List<?>) columns) {
          if (c instanceof Number) {
            indexes.add(((Number) c).intValue());
          }
        }
      }
      Object names = f.evidence().get("maskColumnNames");
      if (names instanceof List) {
        for (Object c : (List<?>) names) {
          if (c instanceof String) {
            labels.add(key((String) c));
          }
        }
      }
    }
    return new Clearance(v, ctx, pseudonyms, indexes.build(), labels.build());
  }

  /** The rule ids of the findings at REVIEW or above, distinct, in verdict order. */
  private static List<String> refusingRules(Verdict v) {
    List<String> ids = new ArrayList<>(2);
    for (Finding f : v.findings()) {
      if (f.severity().compareTo(Decision.REVIEW) >= 0 && !ids.contains(f.ruleId())) {
        ids.add(f.ruleId());
      }
    }
    return ids;
  }

  private Verdict engineError(Throwable t, String sql, QueryContext ctx) {
    StackTraceElement[] trace = t.getStackTrace();
    LOG.warn("the 统方 checker failed internally: {} at {}; the statement is refused",
        t.getClass().getName(), trace.length > 0 ? trace[0] : "?");
    FindingList out = new FindingList();
    out.add(RuleCatalog.ENGINE_ERROR, Decision.BLOCK, null, Finding.NO_ITEM,
        "error", t.getClass().getSimpleName(), "failMode", Decision.BLOCK.name());
    Verdict v = out.verdict(Verdict.allow("unknown"));
    try {
      alerts.alert(Alert.newBuilder(clock.instant(), "TONGFANG", Decision.BLOCK)
          .ruleIds(ImmutableList.of(RuleCatalog.ENGINE_ERROR.id()))
          .actor(ctx.requester().userId())
          .where(ctx.requester().clientAddress())
          .detail("classification", "UNRESOLVED")
          .detail("fingerprint", SqlFingerprint.of(sql))
          .detail("error", t.getClass().getSimpleName())
          .build());
    } catch (RuntimeException e) {
      LOG.warn("the alert sink failed: {}", e.getClass().getName());
    }
    return v;
  }

  /** A column name as compared: trimmed of quotes, lower case. */
  static String key(String name) {
    String n = name.trim();
    if (n.length() >= 2) {
      char f = n.charAt(0);
      char l = n.charAt(n.length() - 1);
      if ((f == '"' && l == '"') || (f == '`' && l == '`') || (f == '[' && l == ']')) {
        n = n.substring(1, n.length() - 1);
      }
    }
    return n.toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return "StatementGuard{" + checker + (reviewPasses ? ", REVIEW passes" : "")
        + (dialect != null ? ", dialect " + dialect : "") + "}";
  }

  /** Builds a {@link StatementGuard}. Each setting may be given once. Not thread-safe. */
  public static final class Builder {
    private final QueryChecker checker;
    private Supplier<? extends @Nullable QueryContext> context = QueryContext::current;
    private boolean contextSet;
    private @Nullable Pseudonymizer pseudonymizer;
    private final ImmutableSet.Builder<String> prescriberColumns = ImmutableSet.builder();
    private boolean reviewPasses;
    private boolean reviewSet;
    private @Nullable String dialect;
    private AlertSink alerts = Slf4jAlertSink.instance();
    private boolean alertsSet;
    private Clock clock = Clock.systemUTC();
    private boolean clockSet;

    private Builder(QueryChecker checker) {
      this.checker = checkNotNull(checker, "checker");
    }

    /**
     * Where the context comes from (default: {@link QueryContext#current()}, the thread-local
     * scope). A supplier returning {@code null} means "no context": an empty requester.
     */
    public Builder context(Supplier<? extends @Nullable QueryContext> supplier) {
      checkState(!contextSet, "the context supplier was already set to %s", context);
      this.context = checkNotNull(supplier, "supplier");
      contextSet = true;
      return this;
    }

    /**
     * The key of the prescriber pseudonyms (at least 16 characters). Without one the key is
     * random for the life of the JVM: pseudonyms are then stable only within one run.
     */
    public Builder maskKey(String key) {
      checkState(pseudonymizer == null, "the mask key was already set");
      this.pseudonymizer = Pseudonymizer.withKey(checkNotNull(key, "key"));
      return this;
    }

    /**
     * Result column labels that are PRESCRIBER wherever they appear (for example {@code ysdm},
     * {@code kdys}): masked, in addition to the columns the verdict names, whenever a verdict
     * carries MASK_PRESCRIBER. Case-insensitive; may be called more than once.
     */
    public Builder prescriberColumns(String... names) {
      for (String n : names) {
        checkArgument(n != null && !n.trim().isEmpty(), "a column name is empty");
        prescriberColumns.add(key(n));
      }
      return this;
    }

    /**
     * Whether a REVIEW verdict lets the statement run (the checker has audited it), or refuses it
     * like BLOCK (the default).
     */
    public Builder reviewPasses(boolean passes) {
      checkState(!reviewSet, "reviewPasses was already set to %s", reviewPasses);
      this.reviewPasses = passes;
      reviewSet = true;
      return this;
    }

    /**
     * The dialect of every statement ({@link DatabaseDialect}), instead of reading it from each
     * connection's {@code DatabaseMetaData}.
     */
    public Builder dialect(String dialect) {
      checkState(this.dialect == null, "the dialect was already set to %s", this.dialect);
      this.dialect = checkNotNull(dialect, "dialect");
      return this;
    }

    /** Where alerts on checker failures go (default {@link Slf4jAlertSink}). */
    public Builder alertSink(AlertSink sink) {
      checkState(!alertsSet, "the alert sink was already set to %s", alerts);
      this.alerts = checkNotNull(sink, "sink");
      alertsSet = true;
      return this;
    }

    /** The clock of alert times (default the system clock). */
    public Builder clock(Clock clock) {
      checkState(!clockSet, "the clock was already set to %s", this.clock);
      this.clock = checkNotNull(clock, "clock");
      clockSet = true;
      return this;
    }

    /** Returns the guard. */
    public StatementGuard build() {
      return new StatementGuard(this);
    }
  }
}
