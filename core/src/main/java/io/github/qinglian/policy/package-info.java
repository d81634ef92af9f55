/**
 * A hospital's policy: per-rule switches, severities and parameters, the time zone, the fail
 * mode, and the sections for the 统方 guard, visits, procurement and privacy.
 *
 * <p>A {@link io.github.qinglian.policy.Policy} is validated when built: every problem is listed
 * with its JSON pointer in a {@link io.github.qinglian.ConfigurationException}, and a policy that
 * loosens a statutory limit carries a warning naming the parameter, its legal value and its
 * source. Non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.qinglian.policy;

import org.jspecify.annotations.NullMarked;
