package io.github.qinglian.model;

/** Special management class of a drug. */
public enum ControlClass {
  /** Ordinary drug. */
  NONE,
  /** 麻醉药品. */
  NARCOTIC,
  /** 第一类精神药品. */
  PSYCHOTROPIC_1,
  /** 第二类精神药品. */
  PSYCHOTROPIC_2,
  /** 医疗用毒性药品. */
  TOXIC,
  /** 放射性药品. */
  RADIOACTIVE
}
