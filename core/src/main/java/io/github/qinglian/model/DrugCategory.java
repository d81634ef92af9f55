package io.github.qinglian.model;

/** The category of a drug. */
public enum DrugCategory {
  /** 西药 (chemical and biological drugs). */
  WESTERN,
  /** 中成药. */
  CHINESE_PATENT,
  /** 中药饮片: written on a separate prescription. */
  HERBAL_PIECES
}
