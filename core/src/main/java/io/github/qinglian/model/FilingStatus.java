package io.github.qinglian.model;

/**
 * The state of a representative's filing (备案) on the platform the NMPA designates
 * (医药代表备案管理办法（试行）). Only {@link #ACTIVE} allows a visit.
 */
public enum FilingStatus {
  /** Filed and in force. */
  ACTIVE,
  /** The filing has lapsed. */
  EXPIRED,
  /** Withdrawn by the marketing-authorisation holder or the platform. */
  REVOKED,
  /** Never filed. */
  NONE
}
