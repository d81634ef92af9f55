package io.github.qinglian.examples.badge;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;

/**
 * One swipe of a representative's badge at a door, as the access-control system reports it.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * BadgeEvent e = BadgeEvent.of("REP-001", "DOOR-WARD-8F", Instant.parse("2026-11-24T06:40:00Z"));
 * }</pre>
 */
public final class BadgeEvent {
  private final String representativeId;
  private final String doorId;
  private final Instant at;

  private BadgeEvent(String representativeId, String doorId, Instant at) {
    this.representativeId = checkNotNull(representativeId, "representativeId");
    this.doorId = checkNotNull(doorId, "doorId");
    this.at = checkNotNull(at, "at");
  }

  /** The badge of {@code representativeId} opened {@code doorId} at {@code at}. */
  public static BadgeEvent of(String representativeId, String doorId, Instant at) {
    return new BadgeEvent(representativeId, doorId, at);
  }

  /** Whose badge (the representative registry's id, printed on the visitor badge). */
  public String representativeId() {
    return representativeId;
  }

  /** Which door. */
  public String doorId() {
    return doorId;
  }

  /** When. */
  public Instant at() {
    return at;
  }

  @Override
  public String toString() {
    return representativeId + "@" + doorId + " " + at;
  }
}
