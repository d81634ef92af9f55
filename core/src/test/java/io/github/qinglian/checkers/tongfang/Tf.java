package io.github.qinglian.checkers.tongfang;

import com.google.common.collect.ImmutableSet;
import io.github.qinglian.Snapshot;
import io.github.qinglian.json.QueryJson;
import io.github.qinglian.model.Approval;
import io.github.qinglian.model.Dialect;
import io.github.qinglian.model.Institution;
import io.github.qinglian.model.InstitutionLevel;
import io.github.qinglian.model.ProcedureMapping;
import io.github.qinglian.model.QueryHistoryEntry;
import io.github.qinglian.model.QueryRequest;
import io.github.qinglian.model.Requester;
import io.github.qinglian.model.SchemaMapping;
import io.github.qinglian.model.TableMapping;
import io.github.qinglian.policy.Policy;
import io.github.qinglian.reference.InMemoryApprovalRegistry;
import io.github.qinglian.reference.ReferenceData;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;

/** Fixtures of the 统方 guard's tests: the three sample mappings merged, requests, snapshots. */
final class Tf {
  static final Path SCHEMAS = Paths.get("..", "docs", "samples", "schemas");
  static final SchemaMapping ALL = merged();
  static final Institution H1 = Institution.of("H1", InstitutionLevel.TERTIARY);

  private Tf() {}

  static SchemaMapping sample(String style) {
    return QueryJson.readSchema(SCHEMAS.resolve(style + ".json"));
  }

  /** The English, pinyin and Chinese samples as one mapping with no dialect. */
  private static SchemaMapping merged() {
    SchemaMapping.Builder b = SchemaMapping.newBuilder();
    for (String style : Arrays.asList("english", "pinyin", "chinese")) {
      SchemaMapping m = sample(style);
      for (TableMapping t : m.tables()) {
        b.table(t);
      }
      for (ProcedureMapping p : m.procedures()) {
        b.procedure(p);
      }
    }
    return b.build();
  }

  static Snapshot snapshot() {
    return snapshot(Policy.defaults(), ALL, List.of(), List.of());
  }

  static Snapshot snapshot(Policy policy, SchemaMapping schema, List<Approval> approvals,
      List<QueryHistoryEntry> history) {
    return Snapshot.of(H1, policy, ReferenceData.newBuilder().schema(schema)
        .approvals(InMemoryApprovalRegistry.of(approvals)).queryHistory(history).build());
  }

  static Classification classify(String sql, Dialect dialect) {
    return new Classifier(new SchemaIndex(ALL), "test").analyse(sql, dialect);
  }

  static Requester user(String id, String... roles) {
    return Requester.newBuilder().userId(id).roles(ImmutableSet.copyOf(roles))
        .clientAddress("10.2.3.4").build();
  }

  static QueryRequest.Builder query(String sql, Requester who) {
    return QueryRequest.newBuilder().id("Q-1").sql(sql).requester(who);
  }
}
