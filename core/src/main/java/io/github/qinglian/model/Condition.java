package io.github.qinglian.model;

/** Patient conditions that change a rule's limits. */
public enum Condition {
  /** 癌症疼痛. */
  CANCER_PAIN,
  /** 中、重度慢性疼痛. */
  CHRONIC_SEVERE_PAIN,
  /** Stable chronic disease (长期处方). */
  CHRONIC_DISEASE,
  /** 儿童多动症. */
  ADHD
}
