package io.github.qinglian.reference;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.qinglian.audit.ChainVerifier;
import io.github.qinglian.audit.ChainedLog;
import io.github.qinglian.json.LedgerJson;
import io.github.qinglian.policy.Policy;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A {@link VisitLedger} kept in a hash-chained JSON-lines file, written through the same
 * {@link ChainedLog} as the 统方 audit and verified by the same
 * {@link io.github.qinglian.audit.ChainVerifier}: a changed, removed, inserted or reordered line
 * is found and named by its number. Each line's {@code entry} is an entry in {@link LedgerJson}'s
 * form. Counts read an in-memory index built when the file is opened and kept with each append.
 *
 * <p>Thread-safe; one writer per file (a file lock refuses a second, in this or another
 * process). Opening recovers from a crash: a partial last line is moved aside and the chain goes
 * on from the last complete line. An append is refused, and nothing is written, when the entry
 * would break its visit's chain of events ({@link IllegalArgumentException}) or when the file no
 * longer ends with the line this writer last wrote ({@link IllegalStateException}).
 *
 * <pre>{@code
 * try (FileVisitLedger ledger = FileVisitLedger.open(Paths.get("visits-ledger.jsonl"), true)) {
 *   ledger.append(LedgerEntry.of(LedgerEntry.Type.CHECK_IN, visit, verdict));
 * }
 * }</pre>
 */
public final class FileVisitLedger implements VisitLedger, Closeable {
  private final ChainedLog log;
  private final ZoneId zone;
  private final InMemoryVisitLedger index;

  private FileVisitLedger(ChainedLog log, ZoneId zone, InMemoryVisitLedger index) {
    this.log = log;
    this.zone = zone;
    this.index = index;
  }

  /**
   * Opens (creating if needed) the ledger at {@code path}, writing instants with the offset of
   * Asia/Shanghai; with {@code sync} each append reaches the disk before it returns.
   *
   * @throws IOException if the file cannot be opened, another writer holds it, its lines do not
   *     form a valid chain, or a line holds no readable entry (the message names the line)
   */
  public static FileVisitLedger open(Path path, boolean sync) throws IOException {
    return open(path, sync, Policy.DEFAULT_ZONE);
  }

  /** As {@link #open(Path, boolean)}, writing instants with the offset of {@code zone}. */
  public static FileVisitLedger open(Path path, boolean sync, ZoneId zone) throws IOException {
    checkNotNull(zone, "zone");
    ChainedLog log = ChainedLog.open(checkNotNull(path, "path"), sync);
    try {
      List<String> problems = new ArrayList<>();
      ImmutableList<LedgerJson.Line> lines = LedgerJson.read(path, problems);
      if (!problems.isEmpty()) {
        throw new IOException(path + ": " + problems.get(0));
      }
      InMemoryVisitLedger index = InMemoryVisitLedger.create();
      for (LedgerJson.Line l : lines) {
        String why = index.refusal(l.entry());
        if (why != null) {
          throw new IOException(path + ": line " + l.seq() + ": " + why);
        }
        index.apply(l.entry());
      }
      return new FileVisitLedger(log, zone, index);
    } catch (IOException | RuntimeException e) {
      log.close();
      throw e;
    }
  }

  /**
   * Verifies the ledger file at {@code path} without opening it for writing: the hash chain
   * (every problem {@link ChainVerifier} finds, a partial last line included), that every
   * complete line holds a readable entry, and that each visit's entries follow its chain of
   * events. Each problem names its line ({@code "line 17: content changed …"}); none means the
   * ledger is intact.
   *
   * @throws IOException if the file cannot be read
   */
  public static ImmutableList<String> verify(Path path) throws IOException {
    ImmutableList.Builder<String> problems = ImmutableList.builder();
    problems.addAll(ChainVerifier.verify(path).problems());
    List<String> unreadable = new ArrayList<>();
    ImmutableList<LedgerJson.Line> lines = LedgerJson.read(path, unreadable);
    problems.addAll(unreadable);
    InMemoryVisitLedger replay = InMemoryVisitLedger.create();
    for (LedgerJson.Line l : lines) {
      String why = replay.refusal(l.entry());
      if (why == null) {
        replay.apply(l.entry());
      } else {
        problems.add("line " + l.seq() + ": " + why);
      }
    }
    return problems.build();
  }

  /**
   * {@inheritDoc}
   *
   * @throws java.io.UncheckedIOException if the write fails; the ledger is left as it was
   */
  @Override
  public synchronized long append(LedgerEntry entry) {
    checkNotNull(entry, "entry");
    String why = index.refusal(entry);
    if (why != null) {
      throw new IllegalArgumentException(why);
    }
    long seq = log.append(LedgerJson.toJson(entry, zone));
    index.apply(entry);
    return seq;
  }

  @Override
  public ImmutableList<LedgerEntry> entries() {
    return index.entries();
  }

  @Override
  public long size() {
    return index.size();
  }

  @Override
  public int visitsByRepresentative(
      String representativeId, Instant from, Instant to, @Nullable String excludeVisitId) {
    return index.visitsByRepresentative(representativeId, from, to, excludeVisitId);
  }

  @Override
  public int visitsOfHostWithCompany(
      String hostId, String companyId, Instant from, Instant to, @Nullable String excludeVisitId) {
    return index.visitsOfHostWithCompany(hostId, companyId, from, to, excludeVisitId);
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
    return "FileVisitLedger{" + log.path() + ", " + index.size() + " entries}";
  }
}
