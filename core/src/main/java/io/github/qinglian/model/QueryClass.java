package io.github.qinglian.model;

/**
 * The class the 统方 guard gives a statement or report request ({@code tongfang.md}). The order
 * of the constants is the order of precedence when a string holds several statements: the first
 * that occurs wins.
 */
public enum QueryClass {
  /** Cannot be parsed or resolved, and names a mapped table or procedure: fails closed. */
  UNRESOLVED,
  /** Usage broken down by, or filtered to, individual prescribers (统方 at doctor level). */
  PRESCRIBER_STATS,
  /** Usage broken down by, or filtered to, departments, with no prescriber breakdown. */
  DEPARTMENT_STATS,
  /** Usage by drug only, hospital-wide (inventory, purchasing): not 统方. */
  DRUG_TOTALS,
  /** Ordinary business. */
  NONE;

  /** The more serious of this and {@code other}: the one that comes first. */
  public QueryClass worst(QueryClass other) {
    return other.ordinal() < ordinal() ? other : this;
  }

  /** Whether this is a 统方 statistic (PRESCRIBER_STATS or DEPARTMENT_STATS). */
  public boolean isStatistic() {
    return this == PRESCRIBER_STATS || this == DEPARTMENT_STATS;
  }
}
