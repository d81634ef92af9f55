package io.github.qinglian.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.qinglian.Snapshot;
import io.github.qinglian.Verdict;
import io.github.qinglian.checkers.procurement.FormularyRules;
import io.github.qinglian.model.FormularyChange;
import io.github.qinglian.model.Institution;
import io.github.qinglian.policy.Policy;
import io.github.qinglian.reference.ReferenceData;
import io.github.qinglian.rule.Family;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The {@code "formulary"} kind: a change to the supply catalogue. */
final class FormularyCase implements CaseKind {
  @Override
  public Family family() {
    return Family.PROCUREMENT;
  }

  @Override
  public Verdict evaluate(
      Reader r, JsonNode node, Institution institution, Policy policy, Instant at) {
    ReferenceData reference = ReferenceJson.read(r, node.get("reference"), "/reference");
    FormularyChange change = ProcurementJson.formularyChange(r, node.get("subject"), "/subject");
    Snapshot snapshot = Snapshot.of(institution, policy, reference);
    return new FormularyRules(() -> snapshot, Clock.fixed(at, ZoneOffset.UTC)).check(change, at);
  }
}
