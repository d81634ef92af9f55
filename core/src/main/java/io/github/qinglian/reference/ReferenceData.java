package io.github.qinglian.reference;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The reference data a snapshot reads: the practitioner directory and the drug catalog.
 * Immutable and thread-safe if its ports are.
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

  private ReferenceData(Builder b) {
    this.practitioners = b.practitioners;
    this.drugs = b.drugs;
    this.listings = b.listings;
    this.suppliers = b.suppliers;
    this.formulary = b.formulary;
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

  @Override
  public String toString() {
    return "ReferenceData{" + practitioners + ", " + drugs + "}";
  }

  /** Builds {@link ReferenceData}. Not thread-safe. */
  public static final class Builder {
    private PractitionerDirectory practitioners = InMemoryPractitionerDirectory.empty();
    private DrugCatalog drugs = InMemoryDrugCatalog.empty();
    private PlatformListings listings = InMemoryPlatformListings.empty();
    private SupplierRegistry suppliers = InMemorySupplierRegistry.empty();
    private FormularyCatalog formulary = InMemoryFormularyCatalog.empty();

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

    /** Returns the reference data. */
    public ReferenceData build() {
      return new ReferenceData(this);
    }
  }
}
