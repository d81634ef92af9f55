package io.github.qinglian.model;

/** The kind of department that requests a purchase. */
public enum RequestingDepartment {
  /** 采购办 / 设备科: the office that buys. */
  PROCUREMENT_OFFICE,
  /** 药学部门. */
  PHARMACY,
  /** A clinical department (科室): may not buy on its own (九不准 第七项). */
  CLINICAL,
  /** Any other department. */
  OTHER
}
