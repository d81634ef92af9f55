package io.github.qinglian.jdbc;

import io.github.qinglian.Decision;
import io.github.qinglian.Finding;
import io.github.qinglian.QueryChecker;
import io.github.qinglian.Verdict;
import io.github.qinglian.model.QueryRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A {@link QueryChecker} test double: answers the verdict chosen for the first registered
 * fragment the SQL contains (ALLOW otherwise) and records every request. Thread-safe.
 */
final class StubChecker implements QueryChecker {
  final List<QueryRequest> requests = new CopyOnWriteArrayList<>();
  private final Map<String, Function<QueryRequest, Verdict>> rules = new ConcurrentHashMap<>();

  /** Answers {@code verdict} for SQL containing {@code fragment}. */
  StubChecker on(String fragment, Verdict verdict) {
    rules.put(fragment, r -> verdict);
    return this;
  }

  /** Answers what {@code f} decides for SQL containing {@code fragment}. */
  StubChecker on(String fragment, Function<QueryRequest, Verdict> f) {
    rules.put(fragment, f);
    return this;
  }

  @Override
  public Verdict check(@Nullable QueryRequest request) {
    requests.add(request);
    String sql = request.sql();
    for (Map.Entry<String, Function<QueryRequest, Verdict>> e : rules.entrySet()) {
      if (sql != null && sql.contains(e.getKey())) {
        return e.getValue().apply(request);
      }
    }
    return ALLOW;
  }

  @Override
  public Verdict check(@Nullable QueryRequest request, Instant at) {
    return check(request);
  }

  static final Verdict ALLOW = Verdict.allow("test");

  static Verdict verdict(Decision d, String classification, String... ruleIds) {
    Verdict.Builder b = Verdict.newBuilder("test").classification(classification);
    for (String id : ruleIds) {
      b.add(Finding.newBuilder(id, d).build());
    }
    return b.build();
  }

  static Verdict block(String classification, String... ruleIds) {
    return verdict(Decision.BLOCK, classification, ruleIds);
  }

  static Verdict review(String classification, String... ruleIds) {
    return verdict(Decision.REVIEW, classification, ruleIds);
  }

  /** An approved statistic: ALLOW with MASK_PRESCRIBER, naming columns by index and label. */
  static Verdict mask(List<Integer> columns, List<String> names) {
    return Verdict.newBuilder("test")
        .classification("PRESCRIBER_STATS")
        .obligation(MASK_PRESCRIBER)
        .add(Finding.newBuilder("TF.MASK", Decision.ALLOW)
            .evidence("maskColumns", columns)
            .evidence("maskColumnNames", names)
            .build())
        .build();
  }
}
