package io.github.qinglian.audit;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.qinglian.json.AuditJson;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/**
 * An {@link AuditSink} that appends each event as one JSON line (see
 * {@link io.github.qinglian.json.AuditJson}) to a hash-chained {@link ChainedLog}: every line
 * carries the SHA-256 of the line before it, and {@link ChainVerifier#verify} names a changed,
 * removed, inserted or reordered line by its number. Thread-safe (appends are serialised) and
 * holds the file's lock while open: one writer per file.
 *
 * <pre>{@code
 * try (ChainedFileAuditSink audit = ChainedFileAuditSink.open(Paths.get("tongfang-audit.jsonl"), true)) {
 *   // hand it to the engine as its audit sink
 * }
 * ChainVerifier.Report r = ChainVerifier.verify(Paths.get("tongfang-audit.jsonl"));
 * }</pre>
 *
 * <p>A write that fails throws {@link java.io.UncheckedIOException} out of {@link #record}, the
 * chain left as it was: a 统方 guard under a fail-closed policy then refuses the statement rather
 * than run it unaudited.
 */
public final class ChainedFileAuditSink implements AuditSink, Closeable {
  private final ChainedLog log;

  private ChainedFileAuditSink(ChainedLog log) {
    this.log = log;
  }

  /**
   * Opens (creating if needed) the audit file at {@code path}; with {@code sync}, each event is
   * forced to the disk before {@link #record} returns.
   *
   * @throws IOException if the file cannot be opened or locked, or its chain is broken
   */
  public static ChainedFileAuditSink open(Path path, boolean sync) throws IOException {
    return new ChainedFileAuditSink(ChainedLog.open(checkNotNull(path, "path"), sync));
  }

  @Override
  public void record(AuditEvent event) {
    log.append(AuditJson.toJson(checkNotNull(event, "event")));
  }

  /** The number of events in the file. */
  public long size() {
    return log.size();
  }

  /** The file. */
  public Path path() {
    return log.path();
  }

  @Override
  public void close() throws IOException {
    log.close();
  }

  @Override
  public String toString() {
    return "ChainedFileAuditSink{" + log.path() + "}";
  }
}
