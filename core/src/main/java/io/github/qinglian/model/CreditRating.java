package io.github.qinglian.model;

/**
 * A company's rating in the 医药价格和招采信用评价 (credit evaluation of pricing and procurement),
 * from none to particularly serious dishonesty. Declared from the mildest to the most severe, so
 * {@link #compareTo} orders ratings by severity. Shared by every family that judges a company (a
 * representative's employer, a supplier).
 */
public enum CreditRating {
  /** No dishonesty on record. */
  NONE,
  /** 一般失信. */
  GENERAL,
  /** 中等失信. */
  MEDIUM,
  /** 严重失信: listing or bidding restrictions follow. */
  SERIOUS,
  /** 特别严重失信. */
  PARTICULARLY_SERIOUS;

  /** Whether this rating is {@code threshold} or more severe. */
  public boolean atLeast(CreditRating threshold) {
    return compareTo(threshold) >= 0;
  }
}
