package io.github.qinglian.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.qinglian.ConfigProblem;
import io.github.qinglian.Verdict;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of evaluating one wire-format case: the subject's id (where it has one), the
 * verdict, and the warnings met while reading it (unknown fields, loosened statutory limits).
 * Immutable and thread-safe.
 */
public final class CaseResult {
  private final @Nullable String caseId;
  private final String kind;
  private final Verdict verdict;
  private final ImmutableList<ConfigProblem> warnings;

  CaseResult(
      @Nullable String caseId, String kind, Verdict verdict, Iterable<ConfigProblem> warnings) {
    this.caseId = caseId;
    this.kind = checkNotNull(kind);
    this.verdict = checkNotNull(verdict);
    this.warnings = ImmutableList.copyOf(warnings);
  }

  /** The subject's id, or {@code null}. */
  public @Nullable String caseId() {
    return caseId;
  }

  /** The case's kind as given ({@code "prescription"} …), or {@code ""} when missing. */
  public String kind() {
    return kind;
  }

  /** The verdict. */
  public Verdict verdict() {
    return verdict;
  }

  /** Warnings met while reading the case. */
  public ImmutableList<ConfigProblem> warnings() {
    return warnings;
  }

  /** The verdict line of the wire format. */
  public String toJson() {
    return VerdictJson.toJson(this).toString();
  }

  @Override
  public String toString() {
    return (caseId == null ? "(no id)" : caseId) + " " + verdict;
  }
}
