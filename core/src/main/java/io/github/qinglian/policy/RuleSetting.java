package io.github.qinglian.policy;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.qinglian.Decision;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a policy says of one rule: whether it is enabled, its severity, its parameters. Anything
 * left unset keeps the catalog's default. Immutable and thread-safe.
 *
 * <p>Parameter values are typed as {@link io.github.qinglian.rule.Param} describes; a parameter
 * may be set to {@code null} only if it is optional, which disables that limit.
 */
public final class RuleSetting {
  private static final RuleSetting DEFAULTS = newBuilder().build();

  private final @Nullable Boolean enabled;
  private final @Nullable Decision severity;
  private final Map<String, @Nullable Object> params;

  private RuleSetting(Builder b) {
    this.enabled = b.enabled;
    this.severity = b.severity;
    this.params = Collections.unmodifiableMap(new LinkedHashMap<>(b.params));
  }

  /** A setting that changes nothing. */
  public static RuleSetting defaults() {
    return DEFAULTS;
  }

  /** Starts a setting. */
  public static Builder newBuilder() {
    return new Builder();
  }

  /** Whether enabled, or {@code null} for the default (enabled). */
  public @Nullable Boolean enabled() {
    return enabled;
  }

  /** The severity, or {@code null} for the catalog default. */
  public @Nullable Decision severity() {
    return severity;
  }

  /** The parameters set, by name, in the order given; values may be {@code null}. */
  public Map<String, @Nullable Object> params() {
    return params;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof RuleSetting)) {
      return false;
    }
    RuleSetting s = (RuleSetting) o;
    return Objects.equals(enabled, s.enabled)
        && severity == s.severity
        && params.equals(s.params);
  }

  @Override
  public int hashCode() {
    return Objects.hash(enabled, severity, params);
  }

  @Override
  public String toString() {
    return "RuleSetting{enabled=" + enabled + ", severity=" + severity + ", params=" + params
        + "}";
  }

  /** Builds a {@link RuleSetting}. Not thread-safe. */
  public static final class Builder {
    private @Nullable Boolean enabled;
    private @Nullable Decision severity;
    private final Map<String, @Nullable Object> params = new LinkedHashMap<>();

    private Builder() {}

    /** Enables or disables the rule. */
    public Builder enabled(@Nullable Boolean enabled) {
      this.enabled = enabled;
      return this;
    }

    /** Sets the severity. */
    public Builder severity(@Nullable Decision severity) {
      this.severity = severity;
      return this;
    }

    /** Sets a parameter. */
    public Builder param(String name, @Nullable Object value) {
      params.put(checkNotNull(name, "name"), value);
      return this;
    }

    /** Returns the setting. */
    public RuleSetting build() {
      return new RuleSetting(this);
    }
  }
}
