package io.github.qinglian.model;

import org.jspecify.annotations.Nullable;

/**
 * The form classes that 一品两规 counts separately (处方管理办法 第十六条): injections, and oral
 * forms with controlled-release preparations among them. Other forms are not counted.
 *
 * <pre>{@code
 * FormClass.of(DrugForm.CONTROLLED_RELEASE);  // ORAL
 * FormClass.of(DrugForm.EXTERNAL);            // null: not counted
 * }</pre>
 */
public enum FormClass {
  /** 注射剂型. */
  INJECTION,
  /** 口服剂型: {@link DrugForm#ORAL} and {@link DrugForm#CONTROLLED_RELEASE}. */
  ORAL;

  /** The class {@code form} is counted in, or {@code null} for forms that are not counted. */
  public static @Nullable FormClass of(@Nullable DrugForm form) {
    if (form == null) {
      return null;
    }
    switch (form) {
      case INJECTION:
        return INJECTION;
      case ORAL:
      case CONTROLLED_RELEASE:
        return ORAL;
      default:
        return null;
    }
  }
}
