/**
 * The checker families. Each sub-package implements one family over the shared engine: the
 * {@link io.github.qinglian.Snapshot}, {@link io.github.qinglian.policy.Policy} and
 * {@link io.github.qinglian.Verdict} of the root package.
 */
@NullMarked
package io.github.qinglian.checkers;

import org.jspecify.annotations.NullMarked;
