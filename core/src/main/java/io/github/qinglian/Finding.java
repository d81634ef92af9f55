package io.github.qinglian;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One rule that fired: its stable id, its severity after the policy, a bilingual message, the
 * regulation it enforces and the evidence (which field, which value, which limit).
 *
 * <p>Immutable and thread-safe. Evidence values are strings, numbers ({@code Integer},
 * {@code Long}, {@code java.math.BigDecimal}), booleans, or lists of those; keys keep the order
 * in which the rule wrote them. Evidence never holds a patient's name or id.
 *
 * <pre>{@code
 * Finding f = Finding.newBuilder("RX.ITEMS.MAX", Decision.BLOCK)
 *     .message(LocalizedText.of("药品超过5种", "more than 5 drugs"))
 *     .citation("处方管理办法 第六条")
 *     .evidence("count", 6)
 *     .evidence("limit", 5)
 *     .build();
 * }</pre>
 */
public final class Finding {
  /** Severity descending, then rule id, then item index (prescription-level findings first). */
  public static final Comparator<Finding> ORDER =
      new Comparator<Finding>() {
        @Override
        public int compare(Finding a, Finding b) {
          int c = b.severity.compareTo(a.severity);
          if (c != 0) {
            return c;
          }
          c = a.ruleId.compareTo(b.ruleId);
          if (c != 0) {
            return c;
          }
          return Integer.compare(a.item, b.item);
        }
      };

  /** The item index used for findings that concern the whole subject. */
  public static final int NO_ITEM = -1;

  private final String ruleId;
  private final Decision severity;
  // set at construction, or on first use from render (racy but idempotent, as String.hashCode)
  private @Nullable LocalizedText message;
  private final @Nullable Function<? super ImmutableMap<String, Object>, LocalizedText> render;
  private final String citation;
  private final ImmutableMap<String, Object> evidence;
  private final int item;

  private Finding(Builder b) {
    this.ruleId = b.ruleId;
    this.severity = b.severity;
    this.citation = b.citation;
    this.evidence = b.evidence.buildOrThrow();
    this.render = b.message == null ? b.render : null;
    this.message = b.message != null ? b.message
        : b.render != null ? null : LocalizedText.of(b.ruleId, b.ruleId);
    this.item = b.item;
  }

  /** Starts a finding of {@code ruleId} at {@code severity}. */
  public static Builder newBuilder(String ruleId, Decision severity) {
    return new Builder(ruleId, severity, 8);
  }

  /**
   * Starts a finding of {@code ruleId} at {@code severity} that will hold about
   * {@code evidenceEntries} evidence entries (a sizing hint only).
   */
  public static Builder newBuilder(String ruleId, Decision severity, int evidenceEntries) {
    return new Builder(ruleId, severity, evidenceEntries);
  }

  /** The stable rule id, e.g. {@code RX.DAYS.LIMIT}. */
  public String ruleId() {
    return ruleId;
  }

  /** The severity after the policy's overrides. */
  public Decision severity() {
    return severity;
  }

  /** What is wrong, in zh-CN and English. */
  public LocalizedText message() {
    LocalizedText m = message;
    if (m == null) {
      Function<? super ImmutableMap<String, Object>, LocalizedText> r = render;
      try {
        m = r == null ? null : r.apply(evidence);
      } catch (RuntimeException e) {
        m = null; // a verdict is read in the HIS's thread: the rule id stands in for the wording
      }
      if (m == null) {
        m = LocalizedText.of(ruleId, ruleId);
      }
      message = m;
    }
    return m;
  }

  /** The regulation and article the rule enforces; empty for cross-cutting rules. */
  public String citation() {
    return citation;
  }

  /** The facts behind the finding, in the order the rule wrote them. */
  public ImmutableMap<String, Object> evidence() {
    return evidence;
  }

  /** The index of the subject's item (line) this finding concerns, or {@link #NO_ITEM}. */
  public int item() {
    return item;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Finding)) {
      return false;
    }
    Finding f = (Finding) o;
    return ruleId.equals(f.ruleId)
        && severity == f.severity
        && item == f.item
        && message().equals(f.message())
        && citation.equals(f.citation)
        && evidence.equals(f.evidence);
  }

  @Override
  public int hashCode() {
    return ((ruleId.hashCode() * 31 + severity.hashCode()) * 31 + item) * 31 + evidence.hashCode();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append(severity).append(' ').append(ruleId);
    if (!evidence.isEmpty()) {
      sb.append(' ').append(evidence);
    }
    sb.append(": ").append(message().en());
    return sb.toString();
  }

  /** Builds a {@link Finding}. Not thread-safe; use once. */
  public static final class Builder {
    private final String ruleId;
    private final Decision severity;
    private @Nullable LocalizedText message;
    private @Nullable Function<? super ImmutableMap<String, Object>, LocalizedText> render;
    private String citation = "";
    private final ImmutableMap.Builder<String, Object> evidence;
    private int item = NO_ITEM;

    private Builder(String ruleId, Decision severity, int evidenceEntries) {
      this.ruleId = checkNotNull(ruleId, "ruleId");
      this.severity = checkNotNull(severity, "severity");
      this.evidence = ImmutableMap.builderWithExpectedSize(Math.max(0, evidenceEntries));
      checkArgument(!ruleId.isEmpty(), "ruleId is empty");
    }

    /** Sets the message. */
    public Builder message(LocalizedText message) {
      this.message = checkNotNull(message, "message");
      return this;
    }

    /**
     * Sets a message rendered from the finding's evidence when it is first asked for, so that a
     * caller who acts on rule ids alone (a JDBC guard refusing a statement) never pays for the
     * wording. {@code render} must be side-effect free and give equal texts for equal evidence:
     * it may run more than once when threads ask at the same time. A message set with
     * {@link #message(LocalizedText)} wins.
     */
    public Builder message(Function<? super ImmutableMap<String, Object>, LocalizedText> render) {
      this.render = checkNotNull(render, "render");
      return this;
    }

    /** Sets the citation. */
    public Builder citation(String citation) {
      this.citation = checkNotNull(citation, "citation");
      return this;
    }

    /** Sets the item index (zero-based); also recorded as evidence {@code item}. */
    public Builder item(int item) {
      checkArgument(item >= 0, "item index %s is negative", item);
      this.item = item;
      evidence.put("item", item);
      return this;
    }

    /** Adds one evidence entry; a {@code null} value is skipped. */
    public Builder evidence(String key, @Nullable Object value) {
      if (value != null) {
        evidence.put(checkNotNull(key, "key"), value);
      }
      return this;
    }

    /** Adds every entry of {@code entries}. */
    public Builder evidence(Map<String, ?> entries) {
      for (Map.Entry<String, ?> e : entries.entrySet()) {
        evidence(e.getKey(), e.getValue());
      }
      return this;
    }

    /** Returns the finding; fails if an evidence key was given twice. */
    public Finding build() {
      return new Finding(this);
    }
  }
}
