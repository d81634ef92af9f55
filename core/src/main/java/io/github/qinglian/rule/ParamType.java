package io.github.qinglian.rule;

/** The type of a rule parameter, which fixes its JSON form in a policy. */
public enum ParamType {
  /** A whole number (JSON integer), within the parameter's range. */
  INTEGER,
  /** An amount of money in yuan (JSON number), at most 4 decimals. */
  MONEY,
  /** A local time of day, {@code "HH:mm"}, in the policy's zone. */
  LOCAL_TIME,
  /** A non-empty set of days of the week (JSON array of {@code "MON"} … {@code "SUN"}). */
  DAYS_OF_WEEK,
  /** A decimal ratio (JSON number), within the parameter's range. */
  RATIO,
  /** One of the parameter's allowed values (JSON string). */
  CHOICE
}
