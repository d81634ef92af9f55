package io.github.qinglian.jdbc;

import com.google.common.collect.ImmutableSet;
import io.github.qinglian.audit.Pseudonymizer;
import org.jspecify.annotations.Nullable;

/**
 * Which columns of one result are masked, and their pseudonyms: {@code "D-"} and 12 hex digits
 * of an HMAC-SHA256 under the guard's mask key ({@link Pseudonymizer#prescriber}), the same for
 * the same value under one key, so that a masked statistic still groups by doctor. A {@code null}
 * value stays {@code null}. Immutable and thread-safe; one per result.
 */
public final class ColumnMask {
  private final boolean[] masked;
  private final ImmutableSet<String> labels;
  private final PseudonymCache pseudonyms;

  ColumnMask(boolean[] masked, ImmutableSet<String> labels, PseudonymCache pseudonyms) {
    this.masked = masked;
    this.labels = labels;
    this.pseudonyms = pseudonyms;
  }

  /** Whether the 1-based column {@code index} is masked. */
  public boolean masked(int index) {
    return index > 0 && index < masked.length && masked[index];
  }

  /** Whether a column labelled {@code label} (case-insensitively) is masked. */
  public boolean masked(@Nullable String label) {
    return label != null && !labels.isEmpty() && labels.contains(StatementGuard.key(label));
  }

  /** Whether any column is masked. */
  public boolean any() {
    for (boolean m : masked) {
      if (m) {
        return true;
      }
    }
    return false;
  }

  /** The pseudonym of {@code value}, or {@code null} for {@code null}. */
  public @Nullable String pseudonym(@Nullable String value) {
    return pseudonyms.pseudonym(value);
  }
}
