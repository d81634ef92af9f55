package io.github.qinglian.audit;

import io.github.qinglian.json.AuditJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default {@link AuditSink}: each event as one JSON line at INFO on the logger
 * {@code io.github.qinglian.audit.json} (route that logger to its own file: a JSON-lines decision
 * log). For a tamper-evident log, write the events to a {@link ChainedLog} instead. Thread-safe;
 * never throws.
 */
public final class Slf4jAuditSink implements AuditSink {
  private static final Logger JSON = LoggerFactory.getLogger("io.github.qinglian.audit.json");
  private static final Logger LOG = LoggerFactory.getLogger(Slf4jAuditSink.class);
  private static final Slf4jAuditSink INSTANCE = new Slf4jAuditSink();

  private Slf4jAuditSink() {}

  /** The shared instance. */
  public static Slf4jAuditSink instance() {
    return INSTANCE;
  }

  @Override
  public void record(AuditEvent event) {
    try {
      if (JSON.isInfoEnabled()) {
        JSON.info(AuditJson.toJson(event));
      }
    } catch (RuntimeException e) {
      LOG.warn("audit event could not be written: {}", e.getClass().getName());
    }
  }
}
