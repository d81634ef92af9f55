package io.github.qinglian.model;

/** What a change to the hospital's supply catalogue (供应目录) does. */
public enum FormularyAction {
  /** Adds an item (新增品规). */
  ADD,
  /** Removes an item. */
  REMOVE
}
