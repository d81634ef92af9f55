/**
 * Qinglian (清廉): integrity-rule checks that a hospital information system calls inline.
 *
 * <p>Start with {@link io.github.qinglian.Qinglian}: build one from a policy and reference data,
 * take its {@link io.github.qinglian.PrescriptionChecker}, and call
 * {@link io.github.qinglian.PrescriptionChecker#check check} on prescription submit. Every check
 * returns a {@link io.github.qinglian.Verdict}: a {@link io.github.qinglian.Decision} and the
 * {@link io.github.qinglian.Finding}s behind it, each naming a stable rule id from the
 * {@linkplain io.github.qinglian.rule.RuleCatalog rule catalog} and the regulation it enforces.
 *
 * <p>Everything in this package is non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.qinglian;

import org.jspecify.annotations.NullMarked;
