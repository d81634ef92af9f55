/**
 * The 统方 guard in the JDBC layer: {@link io.github.qinglian.jdbc.GuardedDataSource} wraps any
 * {@code DataSource} (a pool or a driver's) so that every statement is checked by a
 * {@link io.github.qinglian.QueryChecker} before it reaches the database, refused with
 * {@link io.github.qinglian.jdbc.QueryRefusedException} (SQLState 42501) on BLOCK, and its
 * result's PRESCRIBER columns masked when the verdict requires it. The requester comes from a
 * {@link io.github.qinglian.jdbc.QueryContext} the HIS sets; the enforcement itself is
 * {@link io.github.qinglian.jdbc.StatementGuard}, shared with the Druid filter in
 * {@code io.github.qinglian.jdbc.druid}.
 *
 * <p>Start with {@link io.github.qinglian.jdbc.StatementGuard#newBuilder} and
 * {@link io.github.qinglian.jdbc.GuardedDataSource#of}. The wrappers are plain {@code java.sql}
 * classes: the hand-written {@code Guarded*} and {@code Masked*} bases hold the behaviour, and
 * generated {@code Delegating*} classes (written by {@code ProxySources} in the tests, checked by
 * {@code ProxySourcesTest}) delegate the rest, with no reflection at run time.
 */
@NullMarked
package io.github.qinglian.jdbc;

import org.jspecify.annotations.NullMarked;
