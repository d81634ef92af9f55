package io.github.qinglian.model;

/** Drugs with rules of their own in 处方管理办法 第二十三条、第二十六条. */
public enum SpecialRule {
  /** No special rule. */
  NONE,
  /** 盐酸二氢埃托啡. */
  DIHYDROETORPHINE,
  /** 盐酸哌替啶. */
  PETHIDINE,
  /** 哌醋甲酯 (ADHD in children). */
  METHYLPHENIDATE
}
