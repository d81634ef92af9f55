package io.github.qinglian.rule;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A typed rule parameter: name, type, default, range, unit, and whether it restates a statutory
 * limit. Immutable and thread-safe.
 *
 * <p>Values are {@code Integer} ({@link ParamType#INTEGER}), {@code BigDecimal}
 * ({@link ParamType#MONEY}, {@link ParamType#RATIO}), {@code LocalTime}
 * ({@link ParamType#LOCAL_TIME}), an immutable {@code Set<DayOfWeek>}
 * ({@link ParamType#DAYS_OF_WEEK}) or {@code String} ({@link ParamType#CHOICE}). An optional
 * parameter may be unset ({@code null}): the rule then does not apply that limit.
 */
public final class Param {
  private final String name;
  private final ParamType type;
  private final @Nullable Object defaultValue;
  private final boolean optional;
  private final @Nullable BigDecimal min;
  private final @Nullable BigDecimal max;
  private final ImmutableList<String> choices;
  private final String unit;
  private final Loosening loosening;
  private final String legalSource;

  private Param(Builder b) {
    this.name = b.name;
    this.type = b.type;
    this.defaultValue = b.defaultValue;
    this.optional = b.optional;
    this.min = b.min;
    this.max = b.max;
    this.choices = b.choices;
    this.unit = b.unit;
    this.loosening = b.loosening;
    this.legalSource = b.legalSource;
    checkState(defaultValue != null || optional, "parameter %s needs a default", name);
    if (defaultValue != null) {
      String problem = check(defaultValue);
      checkState(problem == null, "default of %s: %s", name, problem);
    }
  }

  /** Starts an integer parameter. */
  public static Builder integer(String name, @Nullable Integer defaultValue, int min, int max) {
    Builder b = new Builder(name, ParamType.INTEGER, defaultValue);
    b.min = BigDecimal.valueOf(min);
    b.max = BigDecimal.valueOf(max);
    return b;
  }

  /** Starts a money parameter in yuan. */
  public static Builder money(String name, String defaultYuan) {
    Builder b = new Builder(name, ParamType.MONEY, new BigDecimal(defaultYuan));
    b.min = BigDecimal.ZERO;
    b.unit = "yuan";
    return b;
  }

  /** Starts a ratio parameter. */
  public static Builder ratio(String name, String defaultValue, String min, String max) {
    Builder b = new Builder(name, ParamType.RATIO, new BigDecimal(defaultValue));
    b.min = new BigDecimal(min);
    b.max = new BigDecimal(max);
    return b;
  }

  /** Starts a local-time parameter ({@code "HH:mm"}). */
  public static Builder localTime(String name, String defaultValue) {
    return new Builder(name, ParamType.LOCAL_TIME, LocalTime.parse(defaultValue));
  }

  /** Starts a days-of-week parameter. */
  public static Builder daysOfWeek(String name, DayOfWeek first, DayOfWeek... rest) {
    return new Builder(name, ParamType.DAYS_OF_WEEK, ImmutableSet.copyOf(asList(first, rest)));
  }

  /** Starts a choice parameter whose value is one of {@code choices}. */
  public static Builder choice(String name, String defaultValue, Iterable<String> choices) {
    Builder b = new Builder(name, ParamType.CHOICE, defaultValue);
    b.choices = ImmutableList.copyOf(choices);
    return b;
  }

  private static ImmutableList<DayOfWeek> asList(DayOfWeek first, DayOfWeek[] rest) {
    return ImmutableList.<DayOfWeek>builder().add(first).add(rest).build();
  }

  /** The parameter's name under {@code rules.<id>.params}. */
  public String name() {
    return name;
  }

  /** Its type. */
  public ParamType type() {
    return type;
  }

  /** Its default value, or {@code null} for an optional parameter unset by default. */
  public @Nullable Object defaultValue() {
    return defaultValue;
  }

  /** Whether the parameter may be unset ({@code null}). */
  public boolean optional() {
    return optional;
  }

  /** The smallest allowed value of a numeric parameter, or {@code null}. */
  public @Nullable BigDecimal min() {
    return min;
  }

  /** The largest allowed value of a numeric parameter, or {@code null}. */
  public @Nullable BigDecimal max() {
    return max;
  }

  /** The allowed values of a choice parameter; empty for other types. */
  public ImmutableList<String> choices() {
    return choices;
  }

  /** The unit, such as {@code days}; empty when none. */
  public String unit() {
    return unit;
  }

  /** Which way of changing this parameter loosens a statutory limit. */
  public Loosening loosening() {
    return loosening;
  }

  /** Whether the parameter restates a number fixed by regulation. */
  public boolean statutory() {
    return loosening != Loosening.NONE;
  }

  /** The regulation that fixes a statutory parameter; empty otherwise. */
  public String legalSource() {
    return legalSource;
  }

  /**
   * Checks a typed value against this parameter's type and range.
   *
   * @return {@code null} when the value is acceptable, else the reason in English
   */
  public @Nullable String check(@Nullable Object value) {
    if (value == null) {
      return optional ? null : "must not be null";
    }
    switch (type) {
      case INTEGER:
        if (!(value instanceof Integer)) {
          return "must be an integer";
        }
        return checkRange(BigDecimal.valueOf((Integer) value));
      case MONEY:
      case RATIO:
        if (!(value instanceof BigDecimal)) {
          return "must be a number";
        }
        BigDecimal d = (BigDecimal) value;
        if (type == ParamType.MONEY && d.stripTrailingZeros().scale() > 4) {
          return "money has more than 4 decimals";
        }
        return checkRange(d);
      case LOCAL_TIME:
        return value instanceof LocalTime ? null : "must be a time of day \"HH:mm\"";
      case DAYS_OF_WEEK:
        if (!(value instanceof Set) || ((Set<?>) value).isEmpty()) {
          return "must be a non-empty list of days (MON … SUN)";
        }
        for (Object o : (Set<?>) value) {
          if (!(o instanceof DayOfWeek)) {
            return "must be a non-empty list of days (MON … SUN)";
          }
        }
        return null;
      case CHOICE:
        return value instanceof String && choices.contains(value)
            ? null
            : "must be one of " + choices;
      default:
        throw new AssertionError(type);
    }
  }

  private @Nullable String checkRange(BigDecimal v) {
    if (min != null && v.compareTo(min) < 0) {
      return "must be at least " + min.toPlainString();
    }
    if (max != null && v.compareTo(max) > 0) {
      return "must be at most " + max.toPlainString();
    }
    return null;
  }

  /**
   * Whether {@code value} loosens this statutory parameter relative to its default (the legal
   * value). Always false for parameters that are not statutory.
   */
  public boolean loosens(@Nullable Object value) {
    if (loosening == Loosening.NONE || defaultValue == null) {
      return false;
    }
    if (value == null) {
      return true;
    }
    int c = compareNumbers(value, defaultValue);
    return loosening == Loosening.HIGHER ? c > 0 : c < 0;
  }

  private static int compareNumbers(Object a, Object b) {
    return toDecimal(a).compareTo(toDecimal(b));
  }

  private static BigDecimal toDecimal(Object o) {
    if (o instanceof BigDecimal) {
      return (BigDecimal) o;
    }
    if (o instanceof Integer) {
      return BigDecimal.valueOf((Integer) o);
    }
    throw new IllegalArgumentException("not a number: " + o);
  }

  /** Formats a value of this parameter the way a policy writes it. */
  public static String format(@Nullable Object value) {
    if (value == null) {
      return "none";
    }
    if (value instanceof BigDecimal) {
      return ((BigDecimal) value).toPlainString();
    }
    if (value instanceof Set) {
      StringBuilder sb = new StringBuilder();
      for (Object o : (Set<?>) value) {
        if (sb.length() > 0) {
          sb.append(", ");
        }
        sb.append(o instanceof DayOfWeek ? ((DayOfWeek) o).name().substring(0, 3) : o);
      }
      return sb.toString();
    }
    return value.toString();
  }

  @Override
  public String toString() {
    return name + "=" + format(defaultValue);
  }

  /** Builds a {@link Param}. Not thread-safe. */
  public static final class Builder {
    private final String name;
    private final ParamType type;
    private final @Nullable Object defaultValue;
    private boolean optional;
    private @Nullable BigDecimal min;
    private @Nullable BigDecimal max;
    private ImmutableList<String> choices = ImmutableList.of();
    private String unit = "";
    private Loosening loosening = Loosening.NONE;
    private String legalSource = "";

    private Builder(String name, ParamType type, @Nullable Object defaultValue) {
      this.name = checkNotNull(name, "name");
      this.type = type;
      this.defaultValue = defaultValue;
    }

    /** Sets the unit. */
    public Builder unit(String unit) {
      this.unit = checkNotNull(unit);
      return this;
    }

    /** Allows the parameter to be unset. */
    public Builder optional() {
      this.optional = true;
      return this;
    }

    /** Marks the parameter as restating a statutory limit fixed by {@code source}. */
    public Builder statutory(Loosening loosening, String source) {
      checkArgument(loosening != Loosening.NONE, "use a direction");
      checkArgument(type == ParamType.INTEGER, "only integer limits are statutory");
      this.loosening = loosening;
      this.legalSource = checkNotNull(source);
      return this;
    }

    /** Returns the parameter. */
    public Param build() {
      return new Param(this);
    }
  }
}
