package io.github.qinglian.examples.badge;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.qinglian.Qinglian;
import io.github.qinglian.Verdict;
import io.github.qinglian.model.Representative;
import io.github.qinglian.model.Visit;
import io.github.qinglian.model.VisitPurpose;
import io.github.qinglian.model.VisitStage;

/**
 * Turns each badge event into a presence check: the representative is where the door leads, at
 * the swipe's instant, under the day's booking. The visit checker decides; alerts (a clinical
 * area, an unfiled representative) go through the engine's alert sink as the check runs, so the
 * monitor itself only hands back the verdict for the security desk's screen. Thread-safe if the
 * engine is; never throws for a badge event.
 *
 * <p>Without a booking the presence is checked as a CHECK_IN with no appointment (VISIT.APPOINTMENT
 * fires) under a visit id made of the badge and the instant, and the company is the one the
 * representative is filed for.
 *
 * <pre>{@code
 * BadgeMonitor monitor = new BadgeMonitor(qinglian, doors, book);
 * accessControl.onSwipe(e -> securityDesk.show(e, monitor.onBadge(e)));
 * }</pre>
 */
public final class BadgeMonitor {
  private final Qinglian qinglian;
  private final DoorMap doors;
  private final AppointmentBook book;

  /** A monitor checking with {@code qinglian}'s visit checker. */
  public BadgeMonitor(Qinglian qinglian, DoorMap doors, AppointmentBook book) {
    this.qinglian = checkNotNull(qinglian, "qinglian");
    this.doors = checkNotNull(doors, "doors");
    this.book = checkNotNull(book, "book");
  }

  /** Checks the presence {@code e} reports. */
  public Verdict onBadge(BadgeEvent e) {
    return qinglian.visits().check(presence(e), e.at());
  }

  /** The visit a badge event stands for: a CHECK_IN at the door's location. */
  Visit presence(BadgeEvent e) {
    AppointmentBook.Booking b = book.find(e.representativeId(), e.at());
    Visit.Builder v = Visit.newBuilder()
        .stage(VisitStage.CHECK_IN)
        .representativeId(e.representativeId())
        .checkIn(e.at())
        .locationId(doors.locationOf(e.doorId()));
    if (b != null) {
      return v.id(b.visitId())
          .companyId(b.companyId())
          .purpose(b.purpose())
          .appointment(b.appointment())
          .hostIds(b.appointment().hostIds())
          .build();
    }
    Representative r = qinglian.snapshot().reference().representatives()
        .find(e.representativeId());
    return v.id("BADGE-" + e.representativeId() + "-" + e.at().getEpochSecond())
        .companyId(r == null ? null : r.companyId())
        .purpose(VisitPurpose.OTHER)
        .build();
  }
}
