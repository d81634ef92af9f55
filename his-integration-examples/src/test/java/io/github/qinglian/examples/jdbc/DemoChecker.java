package io.github.qinglian.examples.jdbc;

import io.github.qinglian.Decision;
import io.github.qinglian.Finding;
import io.github.qinglian.QueryChecker;
import io.github.qinglian.Verdict;
import io.github.qinglian.model.QueryRequest;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A stand-in for the engine's 统方 checker in the examples' tests: a statement grouping by
 * {@code ysdm} is PRESCRIBER_STATS, allowed with MASK_PRESCRIBER for a pharmacist with the demo's
 * approval and purpose, and blocked for anyone else; everything else is NONE.
 */
public final class DemoChecker implements QueryChecker {
  @Override
  public Verdict check(@Nullable QueryRequest request) {
    String sql = request == null ? null : request.sql();
    if (sql == null || !sql.replaceAll("\\s+", " ").contains("GROUP BY z.ysdm")) {
      return Verdict.newBuilder("demo").classification("NONE").build();
    }
    boolean approved = request.requester() != null
        && request.requester().roles().contains("PHARMACY")
        && "PRESCRIPTION_REVIEW".equals(request.purpose())
        && JdbcDemo.APPROVAL.equals(request.approvalId());
    if (!approved) {
      return Verdict.newBuilder("demo").classification("PRESCRIBER_STATS")
          .add(Finding.newBuilder("TF.PRESCRIBER_STATS", Decision.BLOCK).build()).build();
    }
    return Verdict.newBuilder("demo").classification("PRESCRIBER_STATS")
        .obligation(MASK_PRESCRIBER)
        .add(Finding.newBuilder("TF.MASK", Decision.ALLOW)
            .evidence("maskColumns", List.of(1)).evidence("maskColumnNames", List.of("ysdm"))
            .build())
        .build();
  }

  @Override
  public Verdict check(@Nullable QueryRequest request, Instant at) {
    return check(request);
  }
}
