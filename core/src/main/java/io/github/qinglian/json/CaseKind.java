package io.github.qinglian.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.qinglian.Verdict;
import io.github.qinglian.model.Institution;
import io.github.qinglian.policy.Policy;
import io.github.qinglian.rule.Family;
import java.time.Instant;

/**
 * One kind of case ({@code "prescription"}, …): reads its reference data and subject from the
 * case, recording each problem in the reader, and checks the subject. A new checker family joins
 * the wire format by adding an implementation to {@link CaseJson}'s table.
 */
interface CaseKind {
  /** The family whose checker judges this kind; fixes INPUT.INVALID's default severity. */
  Family family();

  /**
   * Reads {@code /reference} and {@code /subject} of {@code node} and checks the subject under
   * {@code policy} at {@code at}.
   */
  Verdict evaluate(Reader r, JsonNode node, Institution institution, Policy policy, Instant at);
}
