/**
 * The prescription checker: every {@code RX.*} rule of the catalog, with the readings of the
 * rule contract (who prescribes on a co-signed prescription, what an emergency override lifts,
 * unknown references, calendar days in the policy's zone). Use it through
 * {@link io.github.qinglian.Qinglian#prescriptions()}.
 */
@NullMarked
package io.github.qinglian.checkers.prescription;

import org.jspecify.annotations.NullMarked;
