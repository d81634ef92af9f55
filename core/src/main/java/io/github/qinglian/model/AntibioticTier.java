package io.github.qinglian.model;

/** Antibiotic tiers (抗菌药物分级), and the privilege to prescribe up to one; declared in ascending order. */
public enum AntibioticTier {
  /** No antibiotic privilege (never a drug's tier). */
  NONE,
  /** 非限制使用级. */
  UNRESTRICTED,
  /** 限制使用级. */
  RESTRICTED,
  /** 特殊使用级. */
  SPECIAL
}
