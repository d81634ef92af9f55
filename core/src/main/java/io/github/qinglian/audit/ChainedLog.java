package io.github.qinglian.audit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.io.BaseEncoding;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An append-only JSON-lines file whose lines are hash-chained, so that a changed, removed,
 * inserted or reordered line is found by {@link ChainVerifier} and named by its line number. The
 * 统方 audit and the visit ledger both write through it.
 *
 * <p>Each line is {@code {"seq":N,"prev":"<hash of line N-1>","hash":"<hash>","entry":{…}}}, where
 * {@code hash} is the SHA-256 of {@code N + "|" + prev + "|" + entry} (the entry's exact JSON
 * text) and the first line's {@code prev} is 64 zeros. A sidecar file {@code <name>.head} holds
 * the last sequence number and hash, replaced atomically after each append, so that removing the
 * last lines is found too.
 *
 * <p>Thread-safe: appends are serialised, and a file lock refuses a second writer (in this or
 * another process). A crash while appending can leave a partial last line; verification reports
 * it, and reopening the log moves those bytes to {@code <name>.torn} and continues the chain from
 * the last complete line, every earlier line intact. With {@code sync} each append is forced to
 * the disk before it returns.
 *
 * <pre>{@code
 * try (ChainedLog log = ChainedLog.open(Paths.get("visits.jsonl"), true)) {
 *   log.append("{\"type\":\"CHECK_IN\",\"visitId\":\"V-1\"}");
 * }
 * ChainVerifier.Report r = ChainVerifier.verify(Paths.get("visits.jsonl"));
 * }</pre>
 */
public final class ChainedLog implements Closeable {
  /** The {@code prev} of the first line. */
  public static final String GENESIS =
      "0000000000000000000000000000000000000000000000000000000000000000";

  private static final Logger LOG = LoggerFactory.getLogger(ChainedLog.class);

  private final Path path;
  private final Path head;
  private final boolean sync;
  private final FileChannel channel;
  private final FileLock lock;
  private long seq;
  private String last;
  private long end;
  private byte[] lastLine = new byte[0];
  private boolean closed;

  private ChainedLog(Path path, boolean sync) throws IOException {
    this.path = path;
    this.head = headOf(path);
    this.sync = sync;
    this.channel =
        FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
            StandardOpenOption.WRITE);
    FileLock l;
    try {
      l = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      l = null;
    }
    if (l == null) {
      channel.close();
      throw new IOException(path + " is already open for writing by another writer");
    }
    this.lock = l;
    try {
      recover();
    } catch (IOException | RuntimeException e) {
      lock.release();
      channel.close();
      throw e;
    }
  }

  /**
   * Opens (creating if needed) the log at {@code path} for appending.
   *
   * @throws IOException if the file cannot be opened, another writer holds it, or its complete
   *     lines do not form a valid chain (the log refuses to extend a broken chain; run {@link
   *     ChainVerifier} to see where)
   */
  public static ChainedLog open(Path path, boolean sync) throws IOException {
    return new ChainedLog(checkNotNull(path, "path"), sync);
  }

  /** The sidecar file holding the last sequence number and hash of {@code log}. */
  public static Path headOf(Path log) {
    return log.resolveSibling(log.getFileName() + ".head");
  }

  private void recover() throws IOException {
    long size = channel.size();
    if (size == 0) {
      seq = 0;
      last = GENESIS;
      this.end = 0;
      return;
    }
    byte[] all = new byte[(int) Math.min(size, Integer.MAX_VALUE)];
    checkState(size <= Integer.MAX_VALUE, "%s is larger than 2 GB; rotate it", path);
    ByteBuffer buf = ByteBuffer.wrap(all);
    channel.read(buf, 0);
    int end = all.length;
    if (all[end - 1] != '\n') {
      int cut = lastIndexOf(all, (byte) '\n') + 1;
      Path torn = path.resolveSibling(path.getFileName() + ".torn");
      Files.write(torn, Arrays.copyOfRange(all, cut, end),
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      channel.truncate(cut);
      channel.force(true);
      LOG.warn("{}: a partial last line ({} bytes) from an interrupted append was moved to {}",
          path, end - cut, torn);
      end = cut;
    }
    String text = new String(all, 0, end, StandardCharsets.UTF_8);
    ChainVerifier.Report report = ChainVerifier.verifyLines(ChainVerifier.lines(text), null);
    if (!report.ok()) {
      throw new IOException(path + " does not form a valid chain; refusing to append: "
          + report.problems().get(0));
    }
    seq = report.lines();
    last = report.lastHash();
    this.end = end;
    this.lastLine = Arrays.copyOfRange(all, lineStart(all, end), end);
  }

  private static int lastIndexOf(byte[] a, byte b) {
    for (int i = a.length - 1; i >= 0; i--) {
      if (a[i] == b) {
        return i;
      }
    }
    return -1;
  }

  /** Where the line ending at {@code end} (its newline at {@code end - 1}) starts. */
  private static int lineStart(byte[] a, int end) {
    for (int i = end - 2; i >= 0; i--) {
      if (a[i] == '\n') {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * Appends {@code entryJson}, a JSON object on one line, and returns the line's sequence number.
   *
   * @throws IllegalArgumentException if the entry is not a one-line JSON object
   * @throws IllegalStateException if the file no longer ends where this writer left it (someone
   *     else wrote to, truncated or replaced it): appending would chain onto a line this writer
   *     never wrote, so the append is refused; run {@link ChainVerifier} to see what changed
   * @throws UncheckedIOException if the write fails; the chain is left as it was
   */
  public synchronized long append(String entryJson) {
    checkState(!closed, "%s is closed", path);
    checkNotNull(entryJson, "entryJson");
    checkArgument(entryJson.startsWith("{") && entryJson.endsWith("}"),
        "an entry must be a JSON object");
    checkArgument(entryJson.indexOf('\n') < 0 && entryJson.indexOf('\r') < 0,
        "an entry must fit on one line");
    long n = seq + 1;
    String hash = hash(n, last, entryJson);
    String line = line(n, last, hash, entryJson) + "\n";
    try {
      long at = channel.size();
      if (at != end || !lastLineIntact()) {
        throw new IllegalStateException(path + " was changed by someone else since this writer"
            + " wrote line " + seq + (at != end ? " (" + at + " bytes where it left " + end + ")"
            : " (line " + seq + " differs)") + "; refusing to append a line that would not"
            + " follow it: run ChainVerifier to see what changed");
      }
      byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
      ByteBuffer b = ByteBuffer.wrap(bytes);
      while (b.hasRemaining()) {
        at += channel.write(b, at);
      }
      if (sync) {
        channel.force(false);
      }
      writeHead(n, hash);
      end = at;
      lastLine = bytes;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to " + path, e);
    }
    seq = n;
    last = hash;
    return n;
  }

  /** Whether the last line this writer knows is still at the end of the file, byte for byte. */
  private boolean lastLineIntact() throws IOException {
    if (lastLine.length == 0) {
      return true;
    }
    ByteBuffer b = ByteBuffer.allocate(lastLine.length);
    long from = end - lastLine.length;
    while (b.hasRemaining()) {
      int k = channel.read(b, from + b.position());
      if (k < 0) {
        return false;
      }
    }
    return Arrays.equals(b.array(), lastLine);
  }

  private void writeHead(long n, String hash) throws IOException {
    Path tmp = head.resolveSibling(head.getFileName() + ".tmp");
    Files.write(tmp, ("{\"seq\":" + n + ",\"hash\":\"" + hash + "\"}\n")
        .getBytes(StandardCharsets.UTF_8));
    Files.move(tmp, head, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** The number of lines written so far. */
  public synchronized long size() {
    return seq;
  }

  /** The hash of the last line, or {@link #GENESIS} for an empty log. */
  public synchronized String lastHash() {
    return last;
  }

  /** The file. */
  public Path path() {
    return path;
  }

  @Override
  public synchronized void close() throws IOException {
    if (!closed) {
      closed = true;
      try {
        lock.release();
      } finally {
        channel.close();
      }
    }
  }

  /**
   * The text of line {@code n} (without its newline) whose {@code prev} and {@code hash} are
   * given, holding {@code entryJson}: the one format of a chained-log line, for writers that
   * produce a chained copy elsewhere (an export of an in-memory register).
   */
  public static String line(long n, String prev, String hash, String entryJson) {
    return "{\"seq\":" + n + ",\"prev\":\"" + prev + "\",\"hash\":\"" + hash + "\",\"entry\":"
        + entryJson + "}";
  }

  /** The hash of line {@code n} after {@code prev} holding {@code entryJson}. */
  public static String hash(long n, String prev, String entryJson) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update((n + "|" + prev + "|").getBytes(StandardCharsets.UTF_8));
      md.update(entryJson.getBytes(StandardCharsets.UTF_8));
      return BaseEncoding.base16().lowerCase().encode(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is unavailable", e);
    }
  }

  @Override
  public String toString() {
    return "ChainedLog{" + path + ", " + seq + " lines}";
  }
}
