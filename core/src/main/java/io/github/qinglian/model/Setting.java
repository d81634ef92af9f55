package io.github.qinglian.model;

/** Where a prescription is issued. */
public enum Setting {
  /** 门诊. */
  OUTPATIENT,
  /** 急诊. */
  EMERGENCY,
  /** 住院 (病区用药医嘱). */
  INPATIENT,
  /** 互联网诊疗. */
  INTERNET
}
