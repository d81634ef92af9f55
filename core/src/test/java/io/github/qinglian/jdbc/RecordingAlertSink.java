package io.github.qinglian.jdbc;

import io.github.qinglian.audit.Alert;
import io.github.qinglian.audit.AlertSink;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An {@link AlertSink} test double that keeps what it is given. */
final class RecordingAlertSink implements AlertSink {
  final List<Alert> alerts = new CopyOnWriteArrayList<>();

  @Override
  public void alert(Alert alert) {
    alerts.add(alert);
  }
}
