/**
 * The decision log and alerts: a hash-chained append-only JSON-lines file
 * ({@link io.github.qinglian.audit.ChainedLog}) and its verifier
 * ({@link io.github.qinglian.audit.ChainVerifier}), the {@link io.github.qinglian.audit.AlertSink}
 * port with its SLF4J default, and patient-id pseudonyms under the hospital's key
 * ({@link io.github.qinglian.audit.Pseudonymizer}), so that no audit or log line carries a
 * patient id in clear.
 */
@NullMarked
package io.github.qinglian.audit;

import org.jspecify.annotations.NullMarked;
