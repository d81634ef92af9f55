package io.github.qinglian.model;

/** Antitumor tiers (抗肿瘤药物分级), and the privilege to prescribe up to one; declared in ascending order. */
public enum AntitumorTier {
  /** No antitumor privilege (never a drug's tier). */
  NONE,
  /** 普通使用级. */
  GENERAL,
  /** 限制使用级. */
  RESTRICTED
}
