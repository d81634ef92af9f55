package io.github.qinglian.model;

/** The state of a practitioner's 处方权 at the institution. */
public enum PrescribingStatus {
  /** Granted. */
  GRANTED,
  /** 限制: each prescription goes to a pharmacist. */
  RESTRICTED,
  /** 暂停. */
  SUSPENDED,
  /** 取消. */
  REVOKED,
  /** Never granted. */
  NONE
}
