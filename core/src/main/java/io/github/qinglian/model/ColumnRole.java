package io.github.qinglian.model;

/** What a mapped column holds, for the 统方 guard's classification. */
public enum ColumnRole {
  /** The prescribing doctor (医生代码, 开单医生). */
  PRESCRIBER,
  /** The clinical department (科室). */
  DEPARTMENT,
  /** The drug or consumable (药品代码). */
  DRUG,
  /** A quantity (数量). */
  QUANTITY,
  /** An amount of money (金额). */
  AMOUNT,
  /** The patient (病人 id). */
  PATIENT,
  /** The registration, admission or encounter. */
  VISIT,
  /** The prescription or order number. */
  PRESCRIPTION,
  /** A date or time. */
  TIME,
  /** Anything else worth naming (dispensing pharmacy, charge class, void flag). */
  OTHER
}
