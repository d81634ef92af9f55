package io.github.qinglian.model;

/** Dosage form classes that the quantity rules distinguish. */
public enum DrugForm {
  /** 注射剂. */
  INJECTION,
  /** 控缓释制剂. */
  CONTROLLED_RELEASE,
  /** Other oral forms. */
  ORAL,
  /** 外用. */
  EXTERNAL,
  /** Any other form. */
  OTHER
}
