package io.github.qinglian;

import static com.google.common.base.Preconditions.checkNotNull;

import org.jspecify.annotations.Nullable;

/**
 * One problem found in configuration (a policy, reference data, a case): where, as a JSON pointer
 * such as {@code /rules/RX.DAYS.LIMIT/params/outpatientDays}, and why. Immutable and
 * thread-safe. Messages are API: tools may match on them.
 */
public final class ConfigProblem {
  private final String pointer;
  private final String reason;

  private ConfigProblem(String pointer, String reason) {
    this.pointer = checkNotNull(pointer, "pointer");
    this.reason = checkNotNull(reason, "reason");
  }

  /** Returns the problem at {@code pointer} ({@code ""} is the whole document). */
  public static ConfigProblem of(String pointer, String reason) {
    return new ConfigProblem(pointer, reason);
  }

  /** Where, as a JSON pointer (RFC 6901). */
  public String pointer() {
    return pointer;
  }

  /** Why, in English. */
  public String reason() {
    return reason;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ConfigProblem
        && ((ConfigProblem) o).pointer.equals(pointer)
        && ((ConfigProblem) o).reason.equals(reason);
  }

  @Override
  public int hashCode() {
    return pointer.hashCode() * 31 + reason.hashCode();
  }

  @Override
  public String toString() {
    return (pointer.isEmpty() ? "/" : pointer) + ": " + reason;
  }
}
