/**
 * The procurement checkers: every {@code PROC.*} rule of the catalog over purchase orders
 * ({@link io.github.qinglian.checkers.procurement.PurchaseRules}) and changes to the supply
 * catalogue ({@link io.github.qinglian.checkers.procurement.FormularyRules}), and the VBP tracker
 * ({@link io.github.qinglian.checkers.procurement.VbpTracker}) that reports each volume-based
 * procurement item's completion with the same projection {@code PROC.VBP_VOLUME} uses. Use the
 * checkers through {@link io.github.qinglian.Qinglian#purchases()} and
 * {@link io.github.qinglian.Qinglian#formulary()}.
 *
 * <p>Deadlines "N days after" are N × 24 hours, inclusive at the limit; a licence valid to T is
 * valid at T, a blacklisting until T no longer applies at T. Money is {@code BigDecimal}, compared
 * exactly. Non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.qinglian.checkers.procurement;

import org.jspecify.annotations.NullMarked;
