/**
 * Reference-data ports (practitioner directory, drug catalog) and their in-memory indexed
 * implementations.
 *
 * <p>A vendor may implement a port over its own database; an implementation must be thread-safe,
 * must not block for long (it is called on the HIS's submit path), and should present a
 * consistent view for the life of the {@link io.github.qinglian.Snapshot} it belongs to. Lookups
 * return {@code null} for an unknown id, never throw for one. Non-null unless marked
 * {@code @Nullable}.
 */
@NullMarked
package io.github.qinglian.reference;

import org.jspecify.annotations.NullMarked;
