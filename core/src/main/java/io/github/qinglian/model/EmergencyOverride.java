package io.github.qinglian.model;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * 越级使用: an antibiotic prescribed above the prescriber's tier to rescue a patient, with the
 * paperwork due within 24 hours (抗菌药物临床应用管理办法 第二十八条). Immutable and thread-safe.
 * A missing {@code at}, or a {@code completedAt} before it, is reported as {@code INPUT.INVALID}.
 */
public final class EmergencyOverride {
  private final @Nullable String reason;
  private final @Nullable Instant at;
  private final @Nullable Instant completedAt;

  private EmergencyOverride(
      @Nullable String reason, @Nullable Instant at, @Nullable Instant completedAt) {
    this.reason = reason;
    this.at = at;
    this.completedAt = completedAt;
  }

  /** Returns an override declared at {@code at}, its paperwork completed at {@code completedAt}. */
  public static EmergencyOverride of(
      @Nullable String reason, @Nullable Instant at, @Nullable Instant completedAt) {
    return new EmergencyOverride(reason, at, completedAt);
  }

  /** The clinical reason. */
  public @Nullable String reason() {
    return reason;
  }

  /** When the override was declared. */
  public @Nullable Instant at() {
    return at;
  }

  /** When the paperwork was completed, or {@code null} while outstanding. */
  public @Nullable Instant completedAt() {
    return completedAt;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof EmergencyOverride)) {
      return false;
    }
    EmergencyOverride e = (EmergencyOverride) o;
    return Objects.equals(reason, e.reason)
        && Objects.equals(at, e.at)
        && Objects.equals(completedAt, e.completedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(reason, at, completedAt);
  }

  @Override
  public String toString() {
    return "EmergencyOverride{at=" + at + ", completedAt=" + completedAt + "}";
  }
}
