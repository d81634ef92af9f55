package io.github.qinglian.model;

/** How a purchase order is placed. */
public enum PurchaseChannel {
  /** Through the provincial centralised-procurement platform (省级药品集中采购平台). */
  PLATFORM,
  /** Outside the platform (线下采购). */
  OFFLINE
}
