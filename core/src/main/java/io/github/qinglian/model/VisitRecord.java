package io.github.qinglian.model;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The written record of a visit (有记录): its topic, who attended and when it was written.
 * Immutable and thread-safe. Every field is optional here; the checker reports a record without a
 * topic or attendees as {@code VISIT.RECORD}, and one without {@code recordedAt} as
 * {@code INPUT.INVALID}.
 *
 * <pre>{@code
 * VisitRecord r = VisitRecord.of("头孢类新剂型学术介绍", ImmutableList.of("D010", "PH-2", "R1"),
 *     Instant.parse("2026-11-24T08:10:00Z"));
 * }</pre>
 */
public final class VisitRecord {
  private final @Nullable String topic;
  private final ImmutableList<String> attendeeIds;
  private final @Nullable Instant recordedAt;

  private VisitRecord(
      @Nullable String topic, ImmutableList<String> attendeeIds, @Nullable Instant recordedAt) {
    this.topic = topic;
    this.attendeeIds = attendeeIds;
    this.recordedAt = recordedAt;
  }

  /** Returns a record; a {@code null} attendee id is kept as a blank entry. */
  public static VisitRecord of(
      @Nullable String topic,
      Iterable<? extends @Nullable String> attendeeIds,
      @Nullable Instant recordedAt) {
    ImmutableList.Builder<String> ids = ImmutableList.builder();
    for (String id : attendeeIds) {
      ids.add(id == null ? "" : id);
    }
    return new VisitRecord(topic, ids.build(), recordedAt);
  }

  /** What was discussed. */
  public @Nullable String topic() {
    return topic;
  }

  /** Who attended (staff and representative ids). */
  public ImmutableList<String> attendeeIds() {
    return attendeeIds;
  }

  /** When the record was written. */
  public @Nullable Instant recordedAt() {
    return recordedAt;
  }

  /** Whether a non-blank topic is given. */
  public boolean hasTopic() {
    return topic != null && !topic.trim().isEmpty();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof VisitRecord)) {
      return false;
    }
    VisitRecord r = (VisitRecord) o;
    return Objects.equals(topic, r.topic)
        && attendeeIds.equals(r.attendeeIds)
        && Objects.equals(recordedAt, r.recordedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(topic, attendeeIds, recordedAt);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("VisitRecord")
        .omitNullValues()
        .add("topic", topic)
        .add("attendeeIds", attendeeIds)
        .add("recordedAt", recordedAt)
        .toString();
  }
}
