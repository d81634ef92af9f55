package io.github.qinglian.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A report builder's request, classified like SQL: the measures (QUANTITY, AMOUNT, COUNT), the
 * dimensions it breaks down by (PRESCRIBER, DEPARTMENT, DRUG, TIME, OTHER …) and its filters, by
 * column role, each to one value or a list. Immutable and thread-safe.
 *
 * <pre>{@code
 * ReportRequest r = ReportRequest.of(ImmutableList.of("QUANTITY"),
 *     ImmutableList.of("PRESCRIBER", "DRUG"), ImmutableMap.of());
 * }</pre>
 */
public final class ReportRequest {
  private final ImmutableList<String> measures;
  private final ImmutableList<String> dimensions;
  private final ImmutableMap<String, ImmutableList<String>> filters;

  private ReportRequest(
      ImmutableList<String> measures,
      ImmutableList<String> dimensions,
      ImmutableMap<String, ImmutableList<String>> filters) {
    this.measures = measures;
    this.dimensions = dimensions;
    this.filters = filters;
  }

  /** Returns a report request. */
  public static ReportRequest of(
      Iterable<String> measures,
      Iterable<String> dimensions,
      ImmutableMap<String, ImmutableList<String>> filters) {
    return new ReportRequest(
        ImmutableList.copyOf(measures), ImmutableList.copyOf(dimensions), filters);
  }

  /** The measures, by name (QUANTITY, AMOUNT, COUNT). */
  public ImmutableList<String> measures() {
    return measures;
  }

  /** The dimensions, by column role. */
  public ImmutableList<String> dimensions() {
    return dimensions;
  }

  /** The filters: column role to the values it is filtered to. */
  public ImmutableMap<String, ImmutableList<String>> filters() {
    return filters;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof ReportRequest)) {
      return false;
    }
    ReportRequest r = (ReportRequest) o;
    return measures.equals(r.measures) && dimensions.equals(r.dimensions)
        && filters.equals(r.filters);
  }

  @Override
  public int hashCode() {
    return Objects.hash(measures, dimensions, filters);
  }

  @Override
  public String toString() {
    return "ReportRequest{measures=" + measures + ", dimensions=" + dimensions + ", filters="
        + filters + "}";
  }
}
