package io.github.qinglian.reference;

import com.google.common.collect.ImmutableList;

/**
 * The visit ledger: an append-only register of every appointment, check-in, check-out and record
 * (有记录) of representatives' visits, that a discipline office (纪检监察室) can export and verify,
 * and from which the monthly visit counts derive. Two implementations ship: {@link
 * InMemoryVisitLedger} and {@link FileVisitLedger} (a hash-chained JSON-lines file, verified like
 * the 统方 audit); an HIS may implement it over its own database.
 *
 * <p>Implementations are thread-safe. An append that would break a visit's chain of events is
 * refused with an {@link IllegalArgumentException} saying why, and the ledger is left as it was:
 * a second check-in of one visit, a check-out without a check-in or before it, a record before
 * the check-out, an appointment appended after the check-in (it would backdate the 有预约), or an
 * entry naming another representative than the visit's earlier entries.
 *
 * <pre>{@code
 * VisitLedger ledger = InMemoryVisitLedger.create();
 * ledger.append(LedgerEntry.of(LedgerEntry.Type.CHECK_IN, visit, verdict));
 * int thisMonth = ledger.visitsByRepresentative("R1", monthStart, nextMonth, null);
 * }</pre>
 */
public interface VisitLedger extends VisitHistory {
  /**
   * Appends {@code entry} and returns its sequence number (1 for the first).
   *
   * @throws IllegalArgumentException if the entry would break its visit's chain of events; the
   *     message says why
   * @throws IllegalStateException if the ledger's store no longer continues its own chain (a file
   *     changed by someone else)
   */
  long append(LedgerEntry entry);

  /** Every entry, in the order appended. */
  ImmutableList<LedgerEntry> entries();

  /** The number of entries. */
  long size();
}
