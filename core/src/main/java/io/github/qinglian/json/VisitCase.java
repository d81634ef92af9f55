package io.github.qinglian.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.qinglian.Snapshot;
import io.github.qinglian.Verdict;
import io.github.qinglian.audit.Slf4jAlertSink;
import io.github.qinglian.checkers.visit.VisitRules;
import io.github.qinglian.model.Institution;
import io.github.qinglian.model.Visit;
import io.github.qinglian.policy.Policy;
import io.github.qinglian.reference.ReferenceData;
import io.github.qinglian.rule.Family;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The {@code "visit"} kind. The case's {@code visitHistory} seeds an in-memory ledger for this
 * case only; alerts go to the SLF4J sink.
 */
final class VisitCase implements CaseKind {
  @Override
  public Family family() {
    return Family.VISIT;
  }

  @Override
  public Verdict evaluate(
      Reader r, JsonNode node, Institution institution, Policy policy, Instant at) {
    ReferenceData reference = ReferenceJson.read(r, node.get("reference"), "/reference");
    Visit visit = VisitJson.visit(r, node.get("subject"), "/subject");
    Snapshot snapshot = Snapshot.of(institution, policy, reference);
    return new VisitRules(() -> snapshot, Clock.fixed(at, ZoneOffset.UTC),
        Slf4jAlertSink.instance()).check(visit, at);
  }
}
