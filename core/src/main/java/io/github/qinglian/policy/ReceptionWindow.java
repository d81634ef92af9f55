package io.github.qinglian.policy;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A window in which representatives are received (定时): local times on days of the week, or on
 * one date (an extra 调休 working day), in the policy's zone; from inclusive, to exclusive.
 * Immutable and thread-safe; validated when the policy is built.
 */
public final class ReceptionWindow {
  private final ImmutableSet<DayOfWeek> days;
  private final @Nullable LocalDate date;
  private final LocalTime from;
  private final LocalTime to;

  private ReceptionWindow(
      ImmutableSet<DayOfWeek> days, @Nullable LocalDate date, LocalTime from, LocalTime to) {
    this.days = days;
    this.date = date;
    this.from = checkNotNull(from, "from");
    this.to = checkNotNull(to, "to");
  }

  /** A weekly window on {@code days}. */
  public static ReceptionWindow weekly(Iterable<DayOfWeek> days, LocalTime from, LocalTime to) {
    return new ReceptionWindow(Sets.immutableEnumSet(days), null, from, to);
  }

  /** A window on one date. */
  public static ReceptionWindow onDate(LocalDate date, LocalTime from, LocalTime to) {
    return new ReceptionWindow(
        ImmutableSet.<DayOfWeek>of(), checkNotNull(date, "date"), from, to);
  }

  /** The days of the week of a weekly window; empty for a dated one. */
  public ImmutableSet<DayOfWeek> days() {
    return days;
  }

  /** The date of a dated window, or {@code null} for a weekly one. */
  public @Nullable LocalDate date() {
    return date;
  }

  /** Start, inclusive. */
  public LocalTime from() {
    return from;
  }

  /** End, exclusive. */
  public LocalTime to() {
    return to;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof ReceptionWindow)) {
      return false;
    }
    ReceptionWindow w = (ReceptionWindow) o;
    return days.equals(w.days)
        && Objects.equals(date, w.date)
        && from.equals(w.from)
        && to.equals(w.to);
  }

  @Override
  public int hashCode() {
    return Objects.hash(days, date, from, to);
  }

  @Override
  public String toString() {
    return (date != null ? date.toString() : days.toString()) + " " + from + "–" + to;
  }
}
