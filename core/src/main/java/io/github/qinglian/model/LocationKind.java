package io.github.qinglian.model;

/**
 * What a place in the hospital is. {@link #CLINIC}, {@link #WARD}, {@link #PHARMACY} and
 * {@link #OPERATING_ROOM} are clinical areas (诊疗重点区域), where representatives may never be
 * received, even when a location there is marked designated for visits.
 */
public enum LocationKind {
  /** A reception room (接待室) set aside for representatives. */
  RECEPTION_ROOM,
  /** An office. */
  OFFICE,
  /** An outpatient consulting room (门诊诊室). Clinical. */
  CLINIC,
  /** A ward (病区). Clinical. */
  WARD,
  /** A pharmacy (药房). Clinical. */
  PHARMACY,
  /** An operating room (手术室). Clinical. */
  OPERATING_ROOM,
  /** Anything else. */
  OTHER;

  /** Whether this is a clinical area. */
  public boolean clinical() {
    return this == CLINIC || this == WARD || this == PHARMACY || this == OPERATING_ROOM;
  }
}
