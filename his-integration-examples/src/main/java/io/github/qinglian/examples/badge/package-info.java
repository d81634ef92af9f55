/**
 * Access-control badge events fed through the visit checker: each time a representative's badge
 * opens a door, {@link io.github.qinglian.examples.badge.BadgeMonitor} maps the door to a
 * location, finds the representative's appointment for the day and checks their presence as a
 * CHECK_IN. A representative in a clinical area (a ward, a pharmacy, a consulting room, an
 * operating room) or without a valid filing raises an alert through the engine's
 * {@link io.github.qinglian.audit.AlertSink}, so that security can remove them and the discipline
 * office hears of it at once. {@link io.github.qinglian.examples.badge.BadgeDemo} runs a day of
 * badge events on the bundled sample hospital.
 */
@NullMarked
package io.github.qinglian.examples.badge;

import org.jspecify.annotations.NullMarked;
