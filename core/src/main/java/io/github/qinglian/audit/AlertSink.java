package io.github.qinglian.audit;

/**
 * Where alerts go: the port a hospital backs with its pager, its 纪检监察 dashboard or a message
 * queue. Implementations must be thread-safe, must not block the caller for long, and must not
 * throw (a checker catches what they throw, logs its type and carries on, so a broken sink never
 * blocks a clinical path). The default is {@link Slf4jAlertSink}.
 */
public interface AlertSink {
  /** Delivers {@code alert}. */
  void alert(Alert alert);
}
