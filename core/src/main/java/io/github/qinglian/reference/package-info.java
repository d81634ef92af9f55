/**
 * Reference-data ports (practitioner directory, drug catalog; representative and company
 * registries, location and staff directories, visit history) and their in-memory indexed
 * implementations, and the visit ledger: the append-only register of representatives' visits,
 * in memory ({@link io.github.qinglian.reference.InMemoryVisitLedger}) or in a hash-chained file
 * ({@link io.github.qinglian.reference.FileVisitLedger}).
 *
 * <p>A vendor may implement a port over its own database; an implementation must be thread-safe,
 * must not block for long (it is called on the HIS's submit path), and should present a
 * consistent view for the life of the {@link io.github.qinglian.Snapshot} it belongs to. Lookups
 * return {@code null} for an unknown id, never throw for one; the visit history, which grows, counts
 * what was appended before each call. Non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.qinglian.reference;

import org.jspecify.annotations.NullMarked;
