package io.github.qinglian;

/**
 * What the caller should do with the subject of a check, and how severe a finding is.
 *
 * <p>Constants are declared from the mildest to the most severe, so {@link #compareTo} orders
 * them by severity and {@link #max} picks the more severe of two. A verdict's decision is the
 * most severe of its findings' severities ({@link #ALLOW} when there are none).
 */
public enum Decision {
  /** Proceed; nothing to record. */
  ALLOW,
  /** Proceed, and record the finding. */
  WARN,
  /** Hold for a human (a pharmacist, an approver) before proceeding. */
  REVIEW,
  /** Refuse. */
  BLOCK;

  /** Returns the more severe of this and {@code other}. */
  public Decision max(Decision other) {
    return other.ordinal() > ordinal() ? other : this;
  }

  /** Returns the milder of this and {@code other}. */
  public Decision min(Decision other) {
    return other.ordinal() < ordinal() ? other : this;
  }
}
