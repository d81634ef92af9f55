package io.github.qinglian.reference;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.qinglian.model.QueryHistoryEntry;
import io.github.qinglian.model.SchemaMapping;

/**
 * The reference data a snapshot reads: the practitioner directory and the drug catalog; for the
 * 统方 guard, the schema mapping, the approvals and the query history that seeds its frequency
 * ledger; for procurement, the platform listings, suppliers and supply catalogue; for
 * representative visits the representative and company registries, the location directory, the
 * designated receivers, the staff's roles and the visit history. Immutable and thread-safe if its
 * ports are.
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
  private final PlatformListings listings;
  private final SupplierRegistry suppliers;
  private final FormularyCatalog formulary;
  private final RepresentativeRegistry representatives;
  private final CompanyRegistry companies;
  private final LocationDirectory locations;
  private final ImmutableSet<String> receivers;
  private final StaffDirectory staff;
  private final VisitHistory visitHistory;
  private final SchemaMapping schema;
  private final ApprovalRegistry approvals;
  private final ImmutableList<QueryHistoryEntry> queryHistory;

  private ReferenceData(Builder b) {
    this.practitioners = b.practitioners;
    this.drugs = b.drugs;
    this.listings = b.listings;
    this.suppliers = b.suppliers;
    this.formulary = b.formulary;
    this.representatives = b.representatives;
    this.companies = b.companies;
    this.locations = b.locations;
    this.receivers = b.receivers;
    this.staff = b.staff;
    this.visitHistory = b.visitHistory;
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

  /** The provincial platform's listings. */
  public PlatformListings listings() {
    return listings;
  }

  /** The supplier registry. */
  public SupplierRegistry suppliers() {
    return suppliers;
  }

  /** The hospital's supply catalogue. */
  public FormularyCatalog formulary() {
    return formulary;
  }

  /** The representative registry (医药代表备案). */
  public RepresentativeRegistry representatives() {
    return representatives;
  }

  /** The company registry (credit ratings, blacklists). */
  public CompanyRegistry companies() {
    return companies;
  }

  /** The location directory (rooms and areas, designated or clinical). */
  public LocationDirectory locations() {
    return locations;
  }

  /** The staff ids designated to receive representatives (定人). */
  public ImmutableSet<String> receivers() {
    return receivers;
  }

  /**
   * The staff with their roles, for the approvers of an appointment; empty when the hospital does
   * not supply them (then approver roles are not checked).
   */
  public StaffDirectory staff() {
    return staff;
  }

  /** The visits already paid, for monthly counts: a {@link VisitLedger}, or the HIS's own port. */
  public VisitHistory visitHistory() {
    return visitHistory;
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
    private PlatformListings listings = InMemoryPlatformListings.empty();
    private SupplierRegistry suppliers = InMemorySupplierRegistry.empty();
    private FormularyCatalog formulary = InMemoryFormularyCatalog.empty();
    private RepresentativeRegistry representatives = InMemoryRepresentativeRegistry.empty();
    private CompanyRegistry companies = InMemoryCompanyRegistry.empty();
    private LocationDirectory locations = InMemoryLocationDirectory.empty();
    private ImmutableSet<String> receivers = ImmutableSet.of();
    private StaffDirectory staff = InMemoryStaffDirectory.empty();
    private VisitHistory visitHistory = VisitHistory.none();
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

    /** Sets the platform listings. */
    public Builder listings(PlatformListings listings) {
      this.listings = checkNotNull(listings, "listings");
      return this;
    }

    /** Sets the supplier registry. */
    public Builder suppliers(SupplierRegistry suppliers) {
      this.suppliers = checkNotNull(suppliers, "suppliers");
      return this;
    }

    /** Sets the supply catalogue. */
    public Builder formulary(FormularyCatalog formulary) {
      this.formulary = checkNotNull(formulary, "formulary");
      return this;
    }

    /** Sets the representative registry. */
    public Builder representatives(RepresentativeRegistry representatives) {
      this.representatives = checkNotNull(representatives, "representatives");
      return this;
    }

    /** Sets the company registry. */
    public Builder companies(CompanyRegistry companies) {
      this.companies = checkNotNull(companies, "companies");
      return this;
    }

    /** Sets the location directory. */
    public Builder locations(LocationDirectory locations) {
      this.locations = checkNotNull(locations, "locations");
      return this;
    }

    /** Sets the staff ids designated to receive representatives. */
    public Builder receivers(Iterable<String> receivers) {
      this.receivers = ImmutableSet.copyOf(receivers);
      return this;
    }

    /** Sets the staff with their roles. */
    public Builder staff(StaffDirectory staff) {
      this.staff = checkNotNull(staff, "staff");
      return this;
    }

    /** Sets the visit history (a {@link VisitLedger}, or the HIS's own port). */
    public Builder visitHistory(VisitHistory visitHistory) {
      this.visitHistory = checkNotNull(visitHistory, "visitHistory");
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
