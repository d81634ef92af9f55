package io.github.qinglian.model;

/** A professional title (职称). */
public enum Title {
  /** No title. */
  NONE,
  /** 初级. */
  JUNIOR,
  /** 中级. */
  INTERMEDIATE,
  /** 高级 (副主任医师 and 主任医师). */
  SENIOR
}
