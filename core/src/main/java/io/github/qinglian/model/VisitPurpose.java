package io.github.qinglian.model;

/**
 * Why a representative visits. {@link #SALES}, {@link #PAYMENT} and {@link #PRESCRIPTION_STATS}
 * are purposes a representative may not pursue (医药代表备案管理办法（试行）: no sales tasks, no
 * collecting payments or handling invoices, no counting a doctor's prescriptions).
 */
public enum VisitPurpose {
  /** 学术推广: academic information. */
  ACADEMIC_INFO,
  /** Product information. */
  PRODUCT_INFO,
  /** Collecting and feeding back adverse reactions. */
  ADVERSE_REACTION_FEEDBACK,
  /** Sales. Forbidden. */
  SALES,
  /** Collecting payment or handling invoices. Forbidden. */
  PAYMENT,
  /** Prescription statistics (统方). Forbidden. */
  PRESCRIPTION_STATS,
  /** Anything else. */
  OTHER;

  /** Whether a representative may not visit for this purpose. */
  public boolean forbidden() {
    return this == SALES || this == PAYMENT || this == PRESCRIPTION_STATS;
  }
}
