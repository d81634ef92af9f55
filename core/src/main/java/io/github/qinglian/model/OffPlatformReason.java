package io.github.qinglian.model;

/** The grounds on which a purchase may be made off the platform, once filed (备案). */
public enum OffPlatformReason {
  /** 急救: rescuing a patient. */
  EMERGENCY_RESCUE,
  /** 短缺: the product is in shortage on the platform. */
  SHORTAGE,
  /** 临床急需. */
  URGENT_CLINICAL
}
