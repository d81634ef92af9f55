package io.github.qinglian.reference;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The visits a representative has already paid, as the visit checker's monthly counts
 * (VISIT.FREQUENCY) need them: a visit is a check-in, counted once per visit id. The port an HIS
 * may back with its own database (two {@code COUNT(DISTINCT visit_id)} queries); the default
 * implementations are the {@linkplain VisitLedger visit ledgers}.
 *
 * <p>Implementations are thread-safe, must not block for long (they are called on the check-in
 * path), and never throw for an unknown id: they count 0. Windows are half-open, {@code [from,
 * to)}. {@code excludeVisitId} is the visit being checked, which the checker counts itself, so a
 * check at CLOSE of a visit whose check-in is already recorded does not count it twice.
 *
 * <pre>{@code
 * int n = history.visitsByRepresentative("R1", monthStart, nextMonthStart, "V-7");
 * }</pre>
 */
public interface VisitHistory {
  /**
   * The number of distinct visits (check-ins) by {@code representativeId} in {@code [from, to)},
   * other than {@code excludeVisitId}.
   */
  int visitsByRepresentative(
      String representativeId, Instant from, Instant to, @Nullable String excludeVisitId);

  /**
   * The number of distinct visits (check-ins) in {@code [from, to)} that {@code hostId} hosted
   * for a representative of {@code companyId}, other than {@code excludeVisitId}.
   */
  int visitsOfHostWithCompany(
      String hostId, String companyId, Instant from, Instant to, @Nullable String excludeVisitId);

  /** A history with no visits. */
  static VisitHistory none() {
    return NoVisits.INSTANCE;
  }
}
