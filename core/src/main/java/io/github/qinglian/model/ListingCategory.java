package io.github.qinglian.model;

/**
 * What a platform listing or a purchase line is, for the procurement rules. {@link #DRUG} is the
 * default wherever a category is left out.
 */
public enum ListingCategory {
  /** 药品: bought through the provincial platform; traceable by default. */
  DRUG,
  /** 高值医用耗材: bought through the provincial platform (国办发〔2019〕37号). */
  HIGH_VALUE_CONSUMABLE,
  /** 低值耗材: not covered by the platform rule. */
  CONSUMABLE
}
