package io.github.qinglian.audit;

/**
 * Where audit events go: a JSON-lines logger, a hash-chained file, the hospital's own store.
 * Implementations must be thread-safe, quick, and must not throw (a checker catches what they
 * throw and logs its type; for the 统方 guard a failing audit sink under a fail-closed policy turns
 * the decision into BLOCK).
 */
public interface AuditSink {
  /** Records {@code event}. */
  void record(AuditEvent event);
}
