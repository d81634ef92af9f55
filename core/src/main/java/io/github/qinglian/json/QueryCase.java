package io.github.qinglian.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.qinglian.Snapshot;
import io.github.qinglian.Verdict;
import io.github.qinglian.checkers.tongfang.TongfangRules;
import io.github.qinglian.model.Institution;
import io.github.qinglian.model.QueryRequest;
import io.github.qinglian.policy.Policy;
import io.github.qinglian.reference.ReferenceData;
import io.github.qinglian.rule.Family;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The {@code "query"} kind (统方 guard). A case is judged on its own: the frequency ledger holds
 * only the case's {@code queryHistory}, and audit events and alerts are not written (a case file
 * is a test or a batch check, not a decision in the HIS).
 */
final class QueryCase implements CaseKind {
  @Override
  public Family family() {
    return Family.TONGFANG;
  }

  @Override
  public Verdict evaluate(
      Reader r, JsonNode node, Institution institution, Policy policy, Instant at) {
    ReferenceData reference = ReferenceJson.read(r, node.get("reference"), "/reference");
    QueryRequest q = QueryJson.subject(r, node.get("subject"), "/subject");
    Snapshot snapshot = Snapshot.of(institution, policy, reference);
    return new TongfangRules(() -> snapshot, Clock.fixed(at, ZoneOffset.UTC), e -> { }, a -> { })
        .check(q, at);
  }
}
