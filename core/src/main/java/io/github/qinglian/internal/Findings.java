package io.github.qinglian.internal;

import static io.github.qinglian.rule.RuleCatalog.ENGINE_ERROR;
import static io.github.qinglian.rule.RuleCatalog.INPUT_INVALID;

import io.github.qinglian.Decision;
import io.github.qinglian.Finding;
import io.github.qinglian.Snapshot;
import io.github.qinglian.Verdict;
import io.github.qinglian.policy.Policy;
import io.github.qinglian.rule.Family;
import io.github.qinglian.rule.Rule;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;

/**
 * What every checker does with findings: add one lazily, report malformed input, turn an internal
 * failure into {@code ENGINE.ERROR}. Stateless and thread-safe. Not API.
 */
public final class Findings {
  private Findings() {}

  /** Adds a finding of {@code rule} at the policy's severity; creates the list on first use. */
  public static FindingList add(
      @Nullable FindingList out,
      Policy policy,
      Rule rule,
      @Nullable String variant,
      int item,
      @Nullable Object... evidence) {
    return addAt(out, policy.severity(rule), rule, variant, item, evidence);
  }

  /** Adds a finding of {@code rule} at {@code severity}; creates the list on first use. */
  public static FindingList addAt(
      @Nullable FindingList out,
      Decision severity,
      Rule rule,
      @Nullable String variant,
      int item,
      @Nullable Object... evidence) {
    FindingList list = out == null ? new FindingList() : out;
    list.add(rule, severity, variant, item, evidence);
    return list;
  }

  /**
   * Adds {@code INPUT.INVALID} naming {@code pointer}, at the severity the policy gives it for
   * {@code family}'s checker, unless the policy disabled it.
   */
  public static @Nullable FindingList invalid(
      Policy policy,
      Family family,
      @Nullable FindingList out,
      int item,
      String pointer,
      String reason,
      @Nullable Object value) {
    if (!policy.enabled(INPUT_INVALID)) {
      return out;
    }
    return addAt(out, policy.severity(INPUT_INVALID, family), INPUT_INVALID, null, item,
        "pointer", pointer, "reason", reason, "value", value);
  }

  /**
   * The verdict for an internal failure: {@code ENGINE.ERROR} at the fail mode's decision
   * (clinical, or data access for the 统方 guard). Logs the exception's type and place, never its
   * message, which may quote input.
   */
  public static Verdict engineError(
      @Nullable Snapshot s, Throwable t, boolean dataAccess, Logger log, String what) {
    StackTraceElement[] trace = t.getStackTrace();
    log.warn("{} failed internally: {} at {}", what, t.getClass().getName(),
        trace.length > 0 ? trace[0] : "?");
    Policy policy = s == null ? Policy.defaults() : s.policy();
    Decision severity =
        dataAccess ? policy.failMode().dataAccess() : policy.failMode().clinical();
    FindingList out = new FindingList();
    out.add(ENGINE_ERROR, severity, null, Finding.NO_ITEM,
        "error", t.getClass().getSimpleName(), "failMode", severity.name());
    return out.verdict(Verdict.allow(policy.version()));
  }

  /** Rethrows the errors no checker should swallow (out of memory, internal JVM errors). */
  public static void rethrowFatal(Throwable t) {
    if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError)) {
      throw (VirtualMachineError) t;
    }
  }

  /** An instant as ISO-8601 with the offset of {@code zone}, for evidence. */
  public static String local(Instant instant, ZoneId zone) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
  }
}
