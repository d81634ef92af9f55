package io.github.qinglian.examples.submit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.qinglian.Decision;
import io.github.qinglian.Finding;
import io.github.qinglian.LocalizedText;
import io.github.qinglian.Verdict;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What became of one submitted prescription: its {@link Status}, its id, the Qinglian verdict
 * behind the outcome (when a check ran) and the reasons to show the doctor, each with a stable
 * code and a zh-CN / English message.
 *
 * <p>Immutable and thread-safe. Holds no patient data, so it may be logged and sent to the
 * workstation as it is.
 *
 * <pre>{@code
 * SubmitResult r = service.submit(rx);
 * if (r.status() == SubmitResult.Status.REFUSED) {
 *   workstation.show(r.message(Locale.SIMPLIFIED_CHINESE)); // 处方 RX-1 未通过：[RX.ITEMS.MAX] …
 * }
 * }</pre>
 */
public final class SubmitResult {
  /** The outcome of a submit, as the doctor's workstation shows it. */
  public enum Status {
    /** Stored and on its way to the pharmacy. */
    ACCEPTED,
    /** Stored and on its way to the pharmacy; a warning was recorded in the integrity log. */
    ACCEPTED_WITH_WARNING,
    /** Held in the pharmacist queue; stored only when a pharmacist approves it. */
    PENDING_REVIEW,
    /** Not stored; the reasons say why. */
    REFUSED
  }

  private final Status status;
  private final String prescriptionId;
  private final @Nullable Verdict verdict;
  private final ImmutableList<Reason> reasons;

  private SubmitResult(Status status, String prescriptionId, @Nullable Verdict verdict,
      ImmutableList<Reason> reasons) {
    this.status = checkNotNull(status, "status");
    this.prescriptionId = checkNotNull(prescriptionId, "prescriptionId");
    this.verdict = verdict;
    this.reasons = reasons;
  }

  /** A prescription stored without a check (the HIS's own service, before Qinglian). */
  public static SubmitResult accepted(String prescriptionId) {
    return new SubmitResult(Status.ACCEPTED, prescriptionId, null, ImmutableList.<Reason>of());
  }

  /** A prescription the HIS itself refused, for a reason of its own (not a Qinglian rule). */
  public static SubmitResult refused(String prescriptionId, String code, LocalizedText message) {
    return new SubmitResult(
        Status.REFUSED, prescriptionId, null, ImmutableList.of(Reason.of(code, message)));
  }

  /**
   * The outcome {@code status} decided on {@code verdict}; the reasons are the verdict's findings,
   * most severe first.
   */
  public static SubmitResult of(Status status, String prescriptionId, Verdict verdict) {
    checkNotNull(verdict, "verdict");
    ImmutableList.Builder<Reason> reasons = ImmutableList.builder();
    for (Finding f : verdict.findings()) {
      reasons.add(Reason.of(f.ruleId(), f.message()));
    }
    return new SubmitResult(status, prescriptionId, verdict, reasons.build());
  }

  /** The outcome. */
  public Status status() {
    return status;
  }

  /** The HIS's prescription id. */
  public String prescriptionId() {
    return prescriptionId;
  }

  /** The verdict the outcome was decided on, or {@code null} when no check ran. */
  public @Nullable Verdict verdict() {
    return verdict;
  }

  /** The decision of the verdict, or {@link Decision#ALLOW} when no check ran. */
  public Decision decision() {
    return verdict == null ? Decision.ALLOW : verdict.decision();
  }

  /** Why: one reason per finding (or the HIS's own reason), most severe first. */
  public ImmutableList<Reason> reasons() {
    return reasons;
  }

  /** The distinct reason codes (Qinglian rule ids, or the HIS's own codes), in reason order. */
  public ImmutableSet<String> codes() {
    ImmutableSet.Builder<String> out = ImmutableSet.builder();
    for (Reason r : reasons) {
      out.add(r.code());
    }
    return out.build();
  }

  /**
   * One line for the doctor, in Chinese when {@code locale}'s language is {@code zh} and in
   * English otherwise: the outcome, then each reason as {@code [code] message}.
   */
  public String message(Locale locale) {
    boolean zh = "zh".equals(checkNotNull(locale, "locale").getLanguage());
    StringBuilder sb = new StringBuilder();
    if (zh) {
      sb.append("处方 ").append(prescriptionId).append(' ').append(zhStatus(status));
    } else {
      sb.append("Prescription ").append(prescriptionId).append(' ').append(enStatus(status));
    }
    for (int i = 0; i < reasons.size(); i++) {
      Reason r = reasons.get(i);
      sb.append(i == 0 ? (zh ? "：" : ": ") : (zh ? "；" : "; "));
      sb.append('[').append(r.code()).append("] ").append(zh ? r.message().zh() : r.message().en());
    }
    return sb.toString();
  }

  private static String zhStatus(Status s) {
    switch (s) {
      case ACCEPTED:
        return "已提交";
      case ACCEPTED_WITH_WARNING:
        return "已提交，警示已记录";
      case PENDING_REVIEW:
        return "待药师审核";
      case REFUSED:
        return "未通过，未保存";
      default:
        throw new AssertionError(s);
    }
  }

  private static String enStatus(Status s) {
    switch (s) {
      case ACCEPTED:
        return "accepted";
      case ACCEPTED_WITH_WARNING:
        return "accepted, warning recorded";
      case PENDING_REVIEW:
        return "held for pharmacist review";
      case REFUSED:
        return "refused, not stored";
      default:
        throw new AssertionError(s);
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof SubmitResult)) {
      return false;
    }
    SubmitResult r = (SubmitResult) o;
    return status == r.status
        && prescriptionId.equals(r.prescriptionId)
        && Objects.equals(verdict, r.verdict)
        && reasons.equals(r.reasons);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, prescriptionId, reasons);
  }

  @Override
  public String toString() {
    return "SubmitResult{" + status + " " + prescriptionId
        + (reasons.isEmpty() ? "" : " " + codes()) + "}";
  }

  /**
   * One reason behind a result: a stable code (a Qinglian rule id such as {@code RX.ITEMS.MAX},
   * or one of the HIS's own codes) and what to tell the doctor. Immutable and thread-safe.
   */
  public static final class Reason {
    private final String code;
    private final LocalizedText message;

    private Reason(String code, LocalizedText message) {
      this.code = checkNotNull(code, "code");
      this.message = checkNotNull(message, "message");
      checkArgument(!code.isEmpty(), "code is empty");
    }

    /** Returns the reason {@code code} with {@code message}. */
    public static Reason of(String code, LocalizedText message) {
      return new Reason(code, message);
    }

    /** The stable code. */
    public String code() {
      return code;
    }

    /** The message in zh-CN and English. */
    public LocalizedText message() {
      return message;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Reason
          && ((Reason) o).code.equals(code)
          && ((Reason) o).message.equals(message);
    }

    @Override
    public int hashCode() {
      return code.hashCode() * 31 + message.hashCode();
    }

    @Override
    public String toString() {
      return "[" + code + "] " + message.en();
    }
  }
}
