package io.github.qinglian.reference;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The {@link VisitHistory} with no visits. */
enum NoVisits implements VisitHistory {
  INSTANCE;

  @Override
  public int visitsByRepresentative(
      String representativeId, Instant from, Instant to, @Nullable String excludeVisitId) {
    return 0;
  }

  @Override
  public int visitsOfHostWithCompany(
      String hostId, String companyId, Instant from, Instant to, @Nullable String excludeVisitId) {
    return 0;
  }

  @Override
  public String toString() {
    return "VisitHistory.none()";
  }
}
