package io.github.qinglian.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.qinglian.Snapshot;
import io.github.qinglian.Verdict;
import io.github.qinglian.checkers.procurement.PurchaseRules;
import io.github.qinglian.model.Institution;
import io.github.qinglian.model.PurchaseOrder;
import io.github.qinglian.policy.Policy;
import io.github.qinglian.reference.ReferenceData;
import io.github.qinglian.rule.Family;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The {@code "purchase"} kind. */
final class PurchaseCase implements CaseKind {
  @Override
  public Family family() {
    return Family.PROCUREMENT;
  }

  @Override
  public Verdict evaluate(
      Reader r, JsonNode node, Institution institution, Policy policy, Instant at) {
    ReferenceData reference = ReferenceJson.read(r, node.get("reference"), "/reference");
    PurchaseOrder order = ProcurementJson.purchaseOrder(r, node.get("subject"), "/subject");
    Snapshot snapshot = Snapshot.of(institution, policy, reference);
    return new PurchaseRules(() -> snapshot, Clock.fixed(at, ZoneOffset.UTC)).check(order, at);
  }
}
