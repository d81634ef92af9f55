package io.github.qinglian.model;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The exception under which an order may buy off the platform (急救、短缺、临床急需), with its filing
 * (备案). Immutable and thread-safe.
 *
 * <p>It is valid when it has a {@code type} and was filed no later than the order's
 * {@code createdAt + filingDays × 24 h}. Not filed yet ({@code filedAt} null), it is pending until
 * that deadline. A missing {@code type} is reported as {@code INPUT.INVALID}.
 *
 * <pre>{@code
 * OffPlatformFiling f = OffPlatformFiling.of(OffPlatformReason.SHORTAGE, "BA-2026-118",
 *     Instant.parse("2026-10-16T02:00:00Z"));
 * }</pre>
 */
public final class OffPlatformFiling {
  private final @Nullable OffPlatformReason type;
  private final @Nullable String filingId;
  private final @Nullable Instant filedAt;

  private OffPlatformFiling(
      @Nullable OffPlatformReason type, @Nullable String filingId, @Nullable Instant filedAt) {
    this.type = type;
    this.filingId = filingId;
    this.filedAt = filedAt;
  }

  /** Returns an exception of {@code type}, filed as {@code filingId} at {@code filedAt}. */
  public static OffPlatformFiling of(
      @Nullable OffPlatformReason type, @Nullable String filingId, @Nullable Instant filedAt) {
    return new OffPlatformFiling(type, filingId, filedAt);
  }

  /** The grounds. */
  public @Nullable OffPlatformReason type() {
    return type;
  }

  /** The filing's number with the authority. */
  public @Nullable String filingId() {
    return filingId;
  }

  /** When it was filed, or {@code null} while not filed yet. */
  public @Nullable Instant filedAt() {
    return filedAt;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof OffPlatformFiling)) {
      return false;
    }
    OffPlatformFiling f = (OffPlatformFiling) o;
    return type == f.type && Objects.equals(filingId, f.filingId)
        && Objects.equals(filedAt, f.filedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, filingId, filedAt);
  }

  @Override
  public String toString() {
    return "OffPlatformFiling{" + type + ", " + filingId + ", filedAt=" + filedAt + "}";
  }
}
