package io.github.qinglian.model;

/**
 * Where a representative's visit stands when it is checked: the appointment is requested (and
 * approved), the representative checks in, the visit is closed (checked out and recorded). Each
 * stage checks what is known by then; see the VISIT rules of the catalog.
 */
public enum VisitStage {
  /** The appointment is requested or approved; the representative has not come yet. */
  APPOINTMENT,
  /** The representative checks in (or is found on the premises). */
  CHECK_IN,
  /** The representative has checked out; the record (有记录) is due. */
  CLOSE
}
