package io.github.qinglian.audit;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Verifies a {@link ChainedLog} file: every line's hash, the chain of {@code prev} hashes, the
 * sequence numbers, a partial last line, and the {@code .head} sidecar. Reports each problem with
 * the number of the line where it is seen. Stateless and thread-safe.
 *
 * <pre>{@code
 * ChainVerifier.Report r = ChainVerifier.verify(Paths.get("visits.jsonl"));
 * if (!r.ok()) r.problems().forEach(System.err::println);   // "line 17: content changed …"
 * }</pre>
 */
public final class ChainVerifier {
  private static final Pattern LINE =
      Pattern.compile("^\\{\"seq\":(\\d{1,18}),\"prev\":\"([0-9a-f]{64})\",\"hash\":\"([0-9a-f]{64})"
          + "\",\"entry\":(\\{.*\\})\\}$");

  private ChainVerifier() {}

  /** The outcome of a verification. Immutable. */
  public static final class Report {
    private final long lines;
    private final String lastHash;
    private final ImmutableList<String> problems;

    Report(long lines, String lastHash, List<String> problems) {
      this.lines = lines;
      this.lastHash = lastHash;
      this.problems = ImmutableList.copyOf(problems);
    }

    /** Whether the file is intact. */
    public boolean ok() {
      return problems.isEmpty();
    }

    /** The number of complete lines read. */
    public long lines() {
      return lines;
    }

    /** The hash of the last valid line, or the genesis hash. */
    public String lastHash() {
      return lastHash;
    }

    /** Each problem, naming its line: {@code "line 17: content changed"}. */
    public ImmutableList<String> problems() {
      return problems;
    }

    @Override
    public String toString() {
      return ok() ? "intact: " + lines + " lines" : String.join("\n", problems);
    }
  }

  /**
   * Verifies the log at {@code path} and, when present, its {@code .head} sidecar.
   *
   * @throws IOException if the file cannot be read
   */
  public static Report verify(Path path) throws IOException {
    checkNotNull(path, "path");
    String text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
    List<String> problems = new ArrayList<>();
    List<String> lines = lines(text);
    boolean partial = !text.isEmpty() && !text.endsWith("\n");
    List<String> complete = partial ? lines.subList(0, lines.size() - 1) : lines;
    Path head = ChainedLog.headOf(path);
    String headText = Files.exists(head)
        ? new String(Files.readAllBytes(head), StandardCharsets.UTF_8).trim() : null;
    Report r = verifyLines(complete, headText);
    problems.addAll(r.problems());
    if (partial) {
      problems.add("line " + lines.size() + ": incomplete (an append was interrupted); the "
          + complete.size() + " lines before it are " + (r.ok() ? "intact" : "as reported"));
    }
    return new Report(r.lines(), r.lastHash(), problems);
  }

  /** Verifies complete lines, and the head sidecar's text when given. */
  static Report verifyLines(List<String> lines, @Nullable String head) {
    List<String> problems = new ArrayList<>();
    String prev = ChainedLog.GENESIS;
    long expected = 1;
    String lastGood = ChainedLog.GENESIS;
    for (int i = 0; i < lines.size(); i++) {
      int number = i + 1;
      Matcher m = LINE.matcher(lines.get(i));
      if (!m.matches()) {
        problems.add("line " + number + ": not a chained-log line (changed or inserted)");
        prev = null;
        expected++;
        continue;
      }
      long seq = Long.parseLong(m.group(1));
      String linePrev = m.group(2);
      String hash = m.group(3);
      String entry = m.group(4);
      if (!ChainedLog.hash(seq, linePrev, entry).equals(hash)) {
        problems.add("line " + number + ": content changed (its hash does not match)");
      } else if (seq != expected) {
        problems.add("line " + number + ": sequence " + seq + " where " + expected
            + " was expected (lines removed, inserted or reordered)");
      } else if (prev != null && !linePrev.equals(prev)) {
        problems.add("line " + number + ": does not follow line " + (number - 1)
            + " (a line before it was removed, inserted or reordered)");
      } else {
        lastGood = hash;
      }
      prev = hash;
      expected = seq + 1;
    }
    if (head != null) {
      Matcher h = Pattern.compile("\"seq\":(\\d+),\"hash\":\"([0-9a-f]{64})\"").matcher(head);
      if (!h.find()) {
        problems.add("head: unreadable");
      } else {
        long headSeq = Long.parseLong(h.group(1));
        if (headSeq > lines.size()) {
          problems.add("line " + (lines.size() + 1) + ": missing; the head records " + headSeq
              + " lines (lines removed from the end)");
        } else if (headSeq == lines.size() && prev != null && !h.group(2).equals(prev)) {
          problems.add("line " + headSeq + ": differs from the hash the head recorded");
        }
      }
    }
    return new Report(lines.size(), lastGood, problems);
  }

  /** Splits text into lines, without terminators; a trailing newline ends the last line. */
  static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        out.add(text.substring(start, i));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      out.add(text.substring(start));
    }
    return out;
  }
}
