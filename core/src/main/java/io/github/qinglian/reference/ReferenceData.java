package io.github.qinglian.reference;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.qinglian.model.QueryHistoryEntry;
import io.github.qinglian.model.SchemaMapping;

/**
 * The reference data a snapshot reads: the practitioner directory and the drug catalog; for the
 * 统方 guard, the schema mapping, the approvals and the query history that seeds its frequency
 * ledger. Immutable and thread-safe if its ports are.
 *
 * <pre>{@code
 * ReferenceData ref = ReferenceData.newBuilder()
 *     .practitioners(InMemoryPractitionerDirectory.of(staff))
 *     .drugs(InMemoryDrugCatalog.of(drugs))
 *     .build();
 * }</pre>
 */
public final class ReferenceData {
  private static final ReferenceData EMPTY = newBuilder().build();

  private final PractitionerDirectory practitioners;
  private final DrugCatalog drugs;
  private final SchemaMapping schema;
  private final ApprovalRegistry approvals;
  private final ImmutableList<QueryHistoryEntry> queryHistory;

  private ReferenceData(Builder b) {
    this.practitioners = b.practitioners;
    this.drugs = b.drugs;
    this.schema = b.schema;
    this.approvals = b.approvals;
    this.queryHistory = b.queryHistory;
  }

  /** Reference data with no records. */
  public static ReferenceData empty() {
    return EMPTY;
  }

  /** Starts reference data; unset ports are empty. */
  public static Builder newBuilder() {
    return new Builder();
  }

  /** The practitioner directory. */
  public PractitionerDirectory practitioners() {
    return practitioners;
  }

  /** The drug catalog. */
  public DrugCatalog drugs() {
    return drugs;
  }

  /** The schema mapping of the 统方 guard (empty: every statement is NONE). */
  public SchemaMapping schema() {
    return schema;
  }

  /** The 统方 approvals. */
  public ApprovalRegistry approvals() {
    return approvals;
  }

  /** Statistic queries run before, seeding the frequency ledger. */
  public ImmutableList<QueryHistoryEntry> queryHistory() {
    return queryHistory;
  }

  @Override
  public String toString() {
    return "ReferenceData{" + practitioners + ", " + drugs + ", " + schema + ", " + approvals
        + ", " + queryHistory.size() + " history entries}";
  }

  /** Builds {@link ReferenceData}. Not thread-safe. */
  public static final class Builder {
    private PractitionerDirectory practitioners = InMemoryPractitionerDirectory.empty();
    private DrugCatalog drugs = InMemoryDrugCatalog.empty();
    private SchemaMapping schema = SchemaMapping.empty();
    private ApprovalRegistry approvals = InMemoryApprovalRegistry.empty();
    private ImmutableList<QueryHistoryEntry> queryHistory = ImmutableList.of();

    private Builder() {}

    /** Sets the practitioner directory. */
    public Builder practitioners(PractitionerDirectory practitioners) {
      this.practitioners = checkNotNull(practitioners, "practitioners");
      return this;
    }

    /** Sets the drug catalog. */
    public Builder drugs(DrugCatalog drugs) {
      this.drugs = checkNotNull(drugs, "drugs");
      return this;
    }

    /** Sets the schema mapping. */
    public Builder schema(SchemaMapping schema) {
      this.schema = checkNotNull(schema, "schema");
      return this;
    }

    /** Sets the approvals. */
    public Builder approvals(ApprovalRegistry approvals) {
      this.approvals = checkNotNull(approvals, "approvals");
      return this;
    }

    /** Sets the query history. */
    public Builder queryHistory(Iterable<QueryHistoryEntry> history) {
      this.queryHistory = ImmutableList.copyOf(history);
      return this;
    }

    /** Returns the reference data. */
    public ReferenceData build() {
      return new ReferenceData(this);
    }
  }
}
