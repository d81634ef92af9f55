package io.github.qinglian.model;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One statistic query a user ran before, seeding the 统方 guard's frequency ledger
 * (TF.FREQUENCY). Immutable and thread-safe.
 *
 * <pre>{@code
 * QueryHistoryEntry e = QueryHistoryEntry.of("u-pharm-1", Instant.parse("2026-11-24T01:00:00Z"),
 *     QueryClass.PRESCRIBER_STATS);
 * }</pre>
 */
public final class QueryHistoryEntry {
  private final String userId;
  private final Instant at;
  private final QueryClass classification;

  private QueryHistoryEntry(String userId, Instant at, QueryClass classification) {
    this.userId = checkNotNull(userId, "userId");
    this.at = checkNotNull(at, "at");
    this.classification = checkNotNull(classification, "classification");
  }

  /** A query by {@code userId} at {@code at} of class {@code classification}. */
  public static QueryHistoryEntry of(
      String userId, Instant at, QueryClass classification) {
    return new QueryHistoryEntry(userId, at, classification);
  }

  /** Who ran it. */
  public String userId() {
    return userId;
  }

  /** When. */
  public Instant at() {
    return at;
  }

  /** Its class. */
  public QueryClass classification() {
    return classification;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof QueryHistoryEntry)) {
      return false;
    }
    QueryHistoryEntry e = (QueryHistoryEntry) o;
    return userId.equals(e.userId) && at.equals(e.at) && classification == e.classification;
  }

  @Override
  public int hashCode() {
    return (userId.hashCode() * 31 + at.hashCode()) * 31 + classification.hashCode();
  }

  @Override
  public String toString() {
    return "QueryHistoryEntry{" + userId + " " + at + " " + classification + "}";
  }
}
