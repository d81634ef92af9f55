package io.github.qinglian.model;

/** The level of statistic a 统方 approval allows. */
public enum ApprovalScope {
  /** Doctor-level statistics (and department-level ones). */
  PRESCRIBER,
  /** Department-level statistics only. */
  DEPARTMENT
}
