package io.github.qinglian.examples.submit;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.qinglian.LocalizedText;
import io.github.qinglian.model.Prescription;

/**
 * The HIS's own submit path, unchanged by the integration: it stores the prescription for the
 * pharmacy and answers {@link SubmitResult.Status#ACCEPTED}, or refuses a prescription number
 * already used ({@value #DUPLICATE_ID}). It checks no integrity rule; wrap it in a
 * {@link CheckedPrescriptionService} for that.
 *
 * <p>Thread-safe.
 */
public final class StoringPrescriptionService implements PrescriptionService {
  /** The HIS's own reason code for a prescription number already stored. */
  public static final String DUPLICATE_ID = "HIS.DUPLICATE_ID";

  private final InMemoryPrescriptionStore store;

  /** Creates the service over {@code store}. */
  public StoringPrescriptionService(InMemoryPrescriptionStore store) {
    this.store = checkNotNull(store, "store");
  }

  @Override
  public SubmitResult submit(Prescription rx) {
    String id = InMemoryPrescriptionStore.idOf(rx);
    if (!store.insert(rx)) {
      return SubmitResult.refused(id, DUPLICATE_ID,
          LocalizedText.of("处方号 " + id + " 已存在", "prescription number " + id + " is already used"));
    }
    return SubmitResult.accepted(id);
  }

  @Override
  public String toString() {
    return "StoringPrescriptionService{" + store + "}";
  }
}
