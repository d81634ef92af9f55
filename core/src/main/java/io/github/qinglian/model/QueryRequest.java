package io.github.qinglian.model;

import com.google.common.base.MoreObjects;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A request for data that the 统方 guard judges: a SQL statement (or several in one string), or a
 * structured report request, with the requester, the stated purpose, the approval it relies on,
 * and whether it is exported. Immutable and thread-safe. Every field is optional here: a request
 * with neither SQL nor a report, or without a requester, gets {@code INPUT.INVALID}.
 *
 * <pre>{@code
 * QueryRequest q = QueryRequest.newBuilder()
 *     .id("Q-1")
 *     .sql("SELECT ysdm, SUM(je) FROM mz_cfmx JOIN mz_cfzb USING (cfh) GROUP BY ysdm")
 *     .requester(requester).purpose("PRESCRIPTION_REVIEW").approvalId("A-7")
 *     .build();
 * }</pre>
 */
public final class QueryRequest {
  private final @Nullable String id;
  private final @Nullable String sql;
  private final @Nullable ReportRequest report;
  private final @Nullable Requester requester;
  private final @Nullable String purpose;
  private final @Nullable String approvalId;
  private final boolean export;
  private final @Nullable Integer expectedRows;
  private final @Nullable String dialect;

  private QueryRequest(Builder b) {
    this.id = b.id;
    this.sql = b.sql;
    this.report = b.report;
    this.requester = b.requester;
    this.purpose = b.purpose;
    this.approvalId = b.approvalId;
    this.export = b.export;
    this.expectedRows = b.expectedRows;
    this.dialect = b.dialect;
  }

  /** Starts a request. */
  public static Builder newBuilder() {
    return new Builder();
  }

  /** Returns a builder holding this request's values. */
  public Builder toBuilder() {
    return new Builder().id(id).sql(sql).report(report).requester(requester).purpose(purpose)
        .approvalId(approvalId).export(export).expectedRows(expectedRows).dialect(dialect);
  }

  /** The request's id. */
  public @Nullable String id() {
    return id;
  }

  /** The SQL text, or {@code null} for a report request. */
  public @Nullable String sql() {
    return sql;
  }

  /** The structured report request, or {@code null} for SQL. */
  public @Nullable ReportRequest report() {
    return report;
  }

  /** Who asks. */
  public @Nullable Requester requester() {
    return requester;
  }

  /**
   * The stated purpose: PRESCRIPTION_REVIEW, RATIONAL_USE_MONITORING, QUALITY_CONTROL,
   * PERFORMANCE, REGULATOR_REQUEST or UNSPECIFIED.
   */
  public @Nullable String purpose() {
    return purpose;
  }

  /** The approval relied on. */
  public @Nullable String approvalId() {
    return approvalId;
  }

  /** Whether the result is exported. */
  public boolean export() {
    return export;
  }

  /** The rows the caller expects, if known. */
  public @Nullable Integer expectedRows() {
    return expectedRows;
  }

  /**
   * The SQL dialect the statement is written in ({@code MYSQL}, {@code ORACLE},
   * {@code POSTGRESQL}, {@code SQLSERVER}, {@code DM}, {@code KINGBASE}), as the JDBC guard reads
   * it from the connection; {@code null} when unknown, and the checker chooses from the text.
   */
  public @Nullable String dialect() {
    return dialect;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof QueryRequest)) {
      return false;
    }
    QueryRequest q = (QueryRequest) o;
    return Objects.equals(id, q.id) && Objects.equals(sql, q.sql)
        && Objects.equals(report, q.report) && Objects.equals(requester, q.requester)
        && Objects.equals(purpose, q.purpose) && Objects.equals(approvalId, q.approvalId)
        && export == q.export && Objects.equals(expectedRows, q.expectedRows)
        && Objects.equals(dialect, q.dialect);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id, sql, report, requester, purpose, approvalId, export, expectedRows, dialect);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("QueryRequest").omitNullValues().add("id", id)
        .add("sql", sql).add("report", report).add("requester", requester)
        .add("purpose", purpose).add("approvalId", approvalId).add("export", export)
        .add("expectedRows", expectedRows).add("dialect", dialect).toString();
  }

  /** Builds a {@link QueryRequest}; never throws on values. Not thread-safe. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String sql;
    private @Nullable ReportRequest report;
    private @Nullable Requester requester;
    private @Nullable String purpose;
    private @Nullable String approvalId;
    private boolean export;
    private @Nullable Integer expectedRows;
    private @Nullable String dialect;

    private Builder() {}

    /** Sets the id. */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /** Sets the SQL. */
    public Builder sql(@Nullable String sql) {
      this.sql = sql;
      return this;
    }

    /** Sets the report request. */
    public Builder report(@Nullable ReportRequest report) {
      this.report = report;
      return this;
    }

    /** Sets the requester. */
    public Builder requester(@Nullable Requester requester) {
      this.requester = requester;
      return this;
    }

    /** Sets the purpose. */
    public Builder purpose(@Nullable String purpose) {
      this.purpose = purpose;
      return this;
    }

    /** Sets the approval. */
    public Builder approvalId(@Nullable String approvalId) {
      this.approvalId = approvalId;
      return this;
    }

    /** Sets whether exported. */
    public Builder export(boolean export) {
      this.export = export;
      return this;
    }

    /** Sets the expected rows. */
    public Builder expectedRows(@Nullable Integer expectedRows) {
      this.expectedRows = expectedRows;
      return this;
    }

    /** Sets the SQL dialect ({@code MYSQL}, {@code POSTGRESQL} …); {@code null} for unknown. */
    public Builder dialect(@Nullable String dialect) {
      this.dialect = dialect;
      return this;
    }

    /** Returns the request. */
    public QueryRequest build() {
      return new QueryRequest(this);
    }
  }
}
