/**
 * The 统方 guard in the JDBC layer of an HIS: an H2 outpatient database in the pinyin style
 * ({@link io.github.qinglian.examples.jdbc.HisDatabase}) behind
 * {@link io.github.qinglian.jdbc.GuardedDataSource}, and
 * {@link io.github.qinglian.examples.jdbc.JdbcDemo}, where a doctor's queries pass, a
 * pharmacist's approved 处方点评 statistic passes with the doctors masked, and an unapproved
 * ranking of doctors is blocked.
 *
 * <p>Everything in this package is non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.qinglian.examples.jdbc;

import org.jspecify.annotations.NullMarked;
