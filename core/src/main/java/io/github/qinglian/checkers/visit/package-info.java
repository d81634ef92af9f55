/**
 * The visit checker: every {@code VISIT.*} rule of the catalog (医药代表 三定三有) at the three
 * stages of a visit, with the readings of the rule contract (unknown representative and location,
 * hosts not among the receivers, filing and blacklist boundaries, reception windows in the
 * policy's zone, counting the visit being checked). Use it through
 * {@link io.github.qinglian.Qinglian#visits()}.
 */
@NullMarked
package io.github.qinglian.checkers.visit;

import org.jspecify.annotations.NullMarked;
