package io.github.qinglian.examples.submit;

import io.github.qinglian.model.Prescription;

/**
 * The HIS's prescription-submit service, as it stood before Qinglian: the doctor's workstation
 * calls {@link #submit} when the doctor signs a prescription. {@link CheckedPrescriptionService}
 * wraps any implementation without changing this interface, so the workstation code does not
 * change either.
 *
 * <p>Implementations are thread-safe. A prescription must carry the id the HIS numbered it with;
 * a {@code null} prescription or id is a programming error in the caller and throws before
 * anything is stored or checked.
 */
public interface PrescriptionService {
  /**
   * Submits {@code rx}: stores it for the pharmacy, holds it for review, or refuses it.
   *
   * @throws NullPointerException if {@code rx} is {@code null}
   * @throws IllegalArgumentException if {@code rx} has no id
   */
  SubmitResult submit(Prescription rx);
}
