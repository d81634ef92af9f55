package io.github.qinglian.model;

/** How a practitioner works at the institution. */
public enum Employment {
  /** 正式在岗. */
  REGULAR,
  /** 试用期: prescriptions need a co-signature. */
  PROBATION,
  /** 进修: needs a co-signature unless prescribing is GRANTED. */
  VISITING
}
