package io.github.qinglian.internal;

import io.github.qinglian.Decision;
import io.github.qinglian.Finding;
import io.github.qinglian.Verdict;
import io.github.qinglian.rule.Rule;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Collects a check's findings; allocates nothing until the first one. Not thread-safe: one per
 * check. Not API.
 */
public final class FindingList {
  private @Nullable List<Finding> findings;

  /** Whether nothing was found. */
  public boolean isEmpty() {
    return findings == null;
  }

  /** Whether a finding of {@code rule} was added. */
  public boolean has(Rule rule) {
    if (findings == null) {
      return false;
    }
    for (Finding f : findings) {
      if (f.ruleId().equals(rule.id())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Adds a finding of {@code rule} at {@code severity}. {@code variant} selects a more specific
   * message ({@code RULE.ID.variant}); {@code item} is the line index or {@link Finding#NO_ITEM};
   * {@code evidence} alternates keys and values, {@code null} values skipped, a key given twice
   * keeping its first place and its last value. The message is rendered when first read.
   */
  public void add(
      Rule rule, Decision severity, @Nullable String variant, int item, @Nullable Object... evidence) {
    String[] keys = new String[evidence.length / 2];
    Object[] values = new Object[keys.length];
    int n = 0;
    for (int i = 0; i + 1 < evidence.length; i += 2) {
      Object v = evidence[i + 1];
      if (v == null) {
        continue;
      }
      String k = String.valueOf(evidence[i]);
      if (item >= 0 && k.equals("item")) {
        continue;
      }
      int h = k.hashCode();
      int at = 0;
      while (at < n && !(keys[at].hashCode() == h && keys[at].equals(k))) {
        at++;
      }
      if (at == n) {
        keys[n++] = k;
      }
      values[at] = v;
    }
    String key = variant == null ? rule.id() : rule.id() + "." + variant;
    String fallback = rule.id();
    Finding.Builder b = Finding.newBuilder(rule.id(), severity, n + 1)
        .citation(rule.citation())
        .message(ev -> Messages.render(key, fallback, ev));
    if (item >= 0) {
      b.item(item);
    }
    for (int i = 0; i < n; i++) {
      b.evidence(keys[i], values[i]);
    }
    if (findings == null) {
      findings = new ArrayList<>(4);
    }
    findings.add(b.build());
  }

  /** Adds what was found to {@code verdict}. */
  public void addTo(Verdict.Builder verdict) {
    if (findings != null) {
      verdict.addAll(findings);
    }
  }

  /** The verdict: {@code clean} when nothing was found, else a new one. */
  public Verdict verdict(Verdict clean) {
    if (findings == null) {
      return clean;
    }
    return Verdict.of(findings, clean.policyVersion());
  }
}
