package io.github.qinglian.jdbc;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.MoreObjects;
import io.github.qinglian.model.Requester;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who runs the statements of the current unit of work, and why: the requester, the stated
 * purpose, the approval relied on and whether the result is exported. The HIS sets it where it
 * knows the user (a servlet filter, a service method), and the JDBC guard reads it for every
 * statement. Immutable and thread-safe.
 *
 * <p>The thread-local form is a scope, closed by try-with-resources on the thread that opened it;
 * scopes nest, and closing one restores the context that was current when it was opened:
 *
 * <pre>{@code
 * try (QueryContext.Scope s = QueryContext.enter(pharmacist, "PRESCRIPTION_REVIEW", "A-7")) {
 *   reportDao.prescriptionReview(month);   // every statement is checked as the pharmacist's
 * }
 * }</pre>
 *
 * <p>A statement run with no context is checked with an {@link #empty() empty} one (a requester
 * with no user and no roles); the checker decides what that may read.
 */
public final class QueryContext {
  private static final QueryContext EMPTY =
      new QueryContext(Requester.newBuilder().build(), null, null, false);
  private static final ThreadLocal<@Nullable QueryContext> CURRENT = new ThreadLocal<>();

  private final Requester requester;
  private final @Nullable String purpose;
  private final @Nullable String approvalId;
  private final boolean export;

  private QueryContext(
      Requester requester, @Nullable String purpose, @Nullable String approvalId, boolean export) {
    this.requester = checkNotNull(requester, "requester");
    this.purpose = purpose;
    this.approvalId = approvalId;
    this.export = export;
  }

  /** A context for {@code requester}, with a purpose and approval when the work has them. */
  public static QueryContext of(
      Requester requester, @Nullable String purpose, @Nullable String approvalId) {
    return new QueryContext(requester, purpose, approvalId, false);
  }

  /** The context with an empty requester, no purpose and no approval. */
  public static QueryContext empty() {
    return EMPTY;
  }

  /** This context, with the result marked as exported (or not). */
  public QueryContext exporting(boolean exported) {
    return exported == export ? this : new QueryContext(requester, purpose, approvalId, exported);
  }

  /** Makes {@code context} current on this thread until the returned scope is closed. */
  public static Scope enter(QueryContext context) {
    checkNotNull(context, "context");
    QueryContext previous = CURRENT.get();
    CURRENT.set(context);
    return new Scope(previous);
  }

  /** Makes a context for {@code requester} current on this thread until the scope is closed. */
  public static Scope enter(
      Requester requester, @Nullable String purpose, @Nullable String approvalId) {
    return enter(of(requester, purpose, approvalId));
  }

  /** The context current on this thread, or {@code null} outside every scope. */
  public static @Nullable QueryContext current() {
    return CURRENT.get();
  }

  /** Who asks. */
  public Requester requester() {
    return requester;
  }

  /** The stated purpose, or {@code null}. */
  public @Nullable String purpose() {
    return purpose;
  }

  /** The approval relied on, or {@code null}. */
  public @Nullable String approvalId() {
    return approvalId;
  }

  /** Whether the result is exported. */
  public boolean export() {
    return export;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof QueryContext)) {
      return false;
    }
    QueryContext c = (QueryContext) o;
    return export == c.export && requester.equals(c.requester)
        && Objects.equals(purpose, c.purpose) && Objects.equals(approvalId, c.approvalId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(requester, purpose, approvalId, export);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("QueryContext").omitNullValues()
        .add("requester", requester).add("purpose", purpose).add("approvalId", approvalId)
        .add("export", export ? Boolean.TRUE : null).toString();
  }

  /**
   * A context made current by {@link #enter}; closing it restores the previous one. Close it on
   * the thread that opened it (try-with-resources). Closing twice does nothing.
   */
  public static final class Scope implements AutoCloseable {
    private final @Nullable QueryContext previous;
    private boolean closed;

    private Scope(@Nullable QueryContext previous) {
      this.previous = previous;
    }

    @Override
    public void close() {
      if (closed) {
        return;
      }
      closed = true;
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }
}
