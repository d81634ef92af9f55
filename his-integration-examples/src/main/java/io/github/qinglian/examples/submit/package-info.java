/**
 * A prescription-submit interceptor written the way an HIS vendor would: the vendor's existing
 * {@link io.github.qinglian.examples.submit.PrescriptionService} wrapped by
 * {@link io.github.qinglian.examples.submit.CheckedPrescriptionService}, which asks Qinglian's
 * {@link io.github.qinglian.PrescriptionChecker} first and then refuses (BLOCK), holds for a
 * pharmacist (REVIEW, {@link io.github.qinglian.examples.submit.PharmacistQueue}), stores with a
 * recorded warning (WARN, {@link io.github.qinglian.examples.submit.IntegrityLog}) or simply
 * stores (ALLOW). {@link io.github.qinglian.examples.submit.SubmitDemo} runs it on the bundled
 * sample hospital.
 *
 * <pre>{@code
 * InMemoryPrescriptionStore store = new InMemoryPrescriptionStore();
 * PrescriptionService his = new StoringPrescriptionService(store);
 * IntegrityLog log = new IntegrityLog(qinglian.clock(), Pseudonymizer.withKey(key));
 * PharmacistQueue queue = new PharmacistQueue(his, log, qinglian.clock());
 * PrescriptionService checked =
 *     new CheckedPrescriptionService(his, qinglian.prescriptions(), queue, log);
 * SubmitResult r = checked.submit(prescription);
 * }</pre>
 *
 * <p>Everything in this package is non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.qinglian.examples.submit;

import org.jspecify.annotations.NullMarked;
