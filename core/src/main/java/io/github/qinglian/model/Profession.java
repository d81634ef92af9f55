package io.github.qinglian.model;

/** A practitioner's profession. */
public enum Profession {
  /** 执业医师. */
  PHYSICIAN,
  /** 执业助理医师; needs a physician's co-signature outside primary institutions. */
  ASSISTANT_PHYSICIAN,
  /** 乡村医生; prescribes only in primary institutions. */
  RURAL_DOCTOR,
  /** 药师; no prescribing right. */
  PHARMACIST,
  /** 护士; no prescribing right. */
  NURSE,
  /** Any other profession; no prescribing right. */
  OTHER
}
