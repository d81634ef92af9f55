package io.github.qinglian.examples.badge;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.qinglian.model.Appointment;
import io.github.qinglian.model.VisitPurpose;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * The HIS's booked visits, as the badge monitor needs them: for a representative at an instant,
 * the booking of that day (in the hospital's zone). An in-memory stand-in for the HIS's
 * appointment table. Immutable and thread-safe.
 *
 * <pre>{@code
 * AppointmentBook book = AppointmentBook.of(zone, ImmutableList.of(
 *     AppointmentBook.Booking.of("V-S04", "REP-001", "CO-KN", VisitPurpose.ACADEMIC_INFO, ap)));
 * }</pre>
 */
public final class AppointmentBook {
  /** One booked visit: its id, the representative, company, purpose and appointment. */
  public static final class Booking {
    private final String visitId;
    private final String representativeId;
    private final String companyId;
    private final VisitPurpose purpose;
    private final Appointment appointment;

    private Booking(String visitId, String representativeId, String companyId,
        VisitPurpose purpose, Appointment appointment) {
      this.visitId = checkNotNull(visitId);
      this.representativeId = checkNotNull(representativeId);
      this.companyId = checkNotNull(companyId);
      this.purpose = checkNotNull(purpose);
      this.appointment = checkNotNull(appointment);
    }

    /** A booking; the appointment must have a start. */
    public static Booking of(String visitId, String representativeId, String companyId,
        VisitPurpose purpose, Appointment appointment) {
      checkNotNull(appointment.start(), "the appointment of %s has no start", visitId);
      return new Booking(visitId, representativeId, companyId, purpose, appointment);
    }

    /** The visit's id, which the ledger and the monthly counts key on. */
    public String visitId() {
      return visitId;
    }

    /** The representative. */
    public String representativeId() {
      return representativeId;
    }

    /** The company. */
    public String companyId() {
      return companyId;
    }

    /** The declared purpose. */
    public VisitPurpose purpose() {
      return purpose;
    }

    /** The appointment. */
    public Appointment appointment() {
      return appointment;
    }
  }

  private final ZoneId zone;
  private final ImmutableList<Booking> bookings;

  private AppointmentBook(ZoneId zone, ImmutableList<Booking> bookings) {
    this.zone = zone;
    this.bookings = bookings;
  }

  /** A book of {@code bookings}, days counted in {@code zone}. */
  public static AppointmentBook of(ZoneId zone, Iterable<Booking> bookings) {
    return new AppointmentBook(checkNotNull(zone), ImmutableList.copyOf(bookings));
  }

  /** The booking of {@code representativeId} on the day of {@code at}, or {@code null}. */
  public @Nullable Booking find(String representativeId, Instant at) {
    LocalDate day = at.atZone(zone).toLocalDate();
    for (Booking b : bookings) {
      Instant start = b.appointment().start();
      if (b.representativeId().equals(representativeId) && start != null
          && start.atZone(zone).toLocalDate().equals(day)) {
        return b;
      }
    }
    return null;
  }
}
