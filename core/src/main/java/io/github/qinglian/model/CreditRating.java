package io.github.qinglian.model;

/**
 * A company's rating in 医药价格和招采信用评价, declared from best to worst, so that
 * {@code compareTo} orders ratings by severity.
 */
public enum CreditRating {
  /** No adverse rating. */
  NONE,
  /** 一般. */
  GENERAL,
  /** 中等. */
  MEDIUM,
  /** 严重. */
  SERIOUS,
  /** 特别严重. */
  PARTICULARLY_SERIOUS
}
