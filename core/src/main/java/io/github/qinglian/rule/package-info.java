/**
 * The rule catalog as data: every rule's stable id, family, default severity, typed parameters
 * with defaults, ranges and units, and the regulation it enforces.
 *
 * <p>{@link io.github.qinglian.rule.RuleCatalog#all()} is the source of {@code docs/rules.md}.
 * Ids are a contract: policies, audit and dashboards key on them, and they are never reused.
 */
@NullMarked
package io.github.qinglian.rule;

import org.jspecify.annotations.NullMarked;
