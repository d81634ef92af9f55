package io.github.qinglian.testing;

import io.github.qinglian.Decision;
import io.github.qinglian.Finding;
import io.github.qinglian.Verdict;

/**
 * Assertions on verdicts. Each throws an {@link AssertionError} whose message lists the verdict's
 * findings, so a failing test shows what fired.
 *
 * <pre>{@code
 * Verdicts.assertBlocks(checker.check(rx), "RX.ITEMS.MAX");
 * }</pre>
 */
public final class Verdicts {
  private Verdicts() {}

  /** The decision is BLOCK and a finding of {@code ruleId} is present at BLOCK. */
  public static void assertBlocks(Verdict v, String ruleId) {
    assertDecision(v, Decision.BLOCK);
    assertFinding(v, ruleId, Decision.BLOCK);
  }

  /** The decision is REVIEW and a finding of {@code ruleId} is present at REVIEW. */
  public static void assertReviews(Verdict v, String ruleId) {
    assertDecision(v, Decision.REVIEW);
    assertFinding(v, ruleId, Decision.REVIEW);
  }

  /** The decision is WARN and a finding of {@code ruleId} is present at WARN. */
  public static void assertWarns(Verdict v, String ruleId) {
    assertDecision(v, Decision.WARN);
    assertFinding(v, ruleId, Decision.WARN);
  }

  /** The decision is ALLOW with no findings. */
  public static void assertAllows(Verdict v) {
    if (v.decision() != Decision.ALLOW || !v.findings().isEmpty()) {
      throw new AssertionError("expected ALLOW with no findings, got " + describe(v));
    }
  }

  /** The decision is {@code expected}. */
  public static void assertDecision(Verdict v, Decision expected) {
    if (v.decision() != expected) {
      throw new AssertionError("expected decision " + expected + ", got " + describe(v));
    }
  }

  /** A finding of {@code ruleId} is present at {@code severity}. */
  public static void assertFinding(Verdict v, String ruleId, Decision severity) {
    for (Finding f : v.findings()) {
      if (f.ruleId().equals(ruleId) && f.severity() == severity) {
        return;
      }
    }
    throw new AssertionError(
        "expected a " + severity + " finding of " + ruleId + ", got " + describe(v));
  }

  /** No finding of {@code ruleId} is present. */
  public static void assertNoFinding(Verdict v, String ruleId) {
    if (v.has(ruleId)) {
      throw new AssertionError("expected no finding of " + ruleId + ", got " + describe(v));
    }
  }

  /** The verdict and its findings, one per line. */
  public static String describe(Verdict v) {
    return v.toString();
  }
}
