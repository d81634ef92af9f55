package io.github.qinglian.rule;

/** The checker family a rule belongs to. */
public enum Family {
  /** Rules every checker applies: malformed input, internal failure. */
  CROSS_CUTTING("Cross-cutting", "通用"),
  /** Prescriptions, checked on submit and at dispensing. */
  PRESCRIPTION("Prescriptions (RX)", "处方"),
  /** The 统方 guard over SQL statements and report requests. */
  TONGFANG("统方 guard (TF)", "统方"),
  /** Pharmaceutical-representative visits (三定三有). */
  VISIT("Representative visits (VISIT)", "医药代表接待"),
  /** Procurement-platform rules and the hospital catalogue. */
  PROCUREMENT("Procurement (PROC)", "药品耗材采购");

  private final String title;
  private final String titleZh;

  Family(String title, String titleZh) {
    this.title = title;
    this.titleZh = titleZh;
  }

  /** The English heading. */
  public String title() {
    return title;
  }

  /** The Chinese heading. */
  public String titleZh() {
    return titleZh;
  }
}
