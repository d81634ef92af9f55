package io.github.qinglian.model;

/** The level of a medical institution (医院等级). PRIMARY stands for the township and village institutions of 处方管理办法 第九条. */
public enum InstitutionLevel {
  /** 三级医院. */
  TERTIARY,
  /** 二级医院. */
  SECONDARY,
  /** 基层医疗机构 (乡、镇、村). */
  PRIMARY
}
