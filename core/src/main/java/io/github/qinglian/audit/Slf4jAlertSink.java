package io.github.qinglian.audit;

import io.github.qinglian.json.AlertJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default {@link AlertSink}: a readable WARN line on the logger
 * {@code io.github.qinglian.alert}, and the alert as one JSON line at WARN on
 * {@code io.github.qinglian.alert.json} (route that logger to its own file for machines to read).
 * Thread-safe; never throws.
 */
public final class Slf4jAlertSink implements AlertSink {
  private static final Logger TEXT = LoggerFactory.getLogger("io.github.qinglian.alert");
  private static final Logger JSON = LoggerFactory.getLogger("io.github.qinglian.alert.json");
  private static final Slf4jAlertSink INSTANCE = new Slf4jAlertSink();

  private Slf4jAlertSink() {}

  /** The shared instance. */
  public static Slf4jAlertSink instance() {
    return INSTANCE;
  }

  @Override
  public void alert(Alert alert) {
    try {
      TEXT.warn("ALERT {} {} {} subject={} actor={} where={} {}", alert.source(),
          alert.decision(), alert.ruleIds(), alert.subjectId(), alert.actor(), alert.where(),
          alert.details());
      JSON.warn(AlertJson.toJson(alert));
    } catch (RuntimeException e) {
      TEXT.warn("alert could not be written: {}", e.getClass().getName());
    }
  }
}
