package io.github.qinglian.rule;

/**
 * For a parameter that restates a number fixed by regulation (a statutory limit), which way of
 * changing it loosens the rule. Loading a policy that loosens one records a warning.
 */
public enum Loosening {
  /** Not a statutory limit. */
  NONE,
  /** A larger value loosens the rule (a maximum, such as 5 items or 7 days). */
  HIGHER,
  /** A smaller value loosens the rule (a minimum, such as 3 years of practice). */
  LOWER
}
