package io.github.qinglian.testing;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.qinglian.Qinglian;
import io.github.qinglian.model.Drug;
import io.github.qinglian.model.FormularyItem;
import io.github.qinglian.model.Institution;
import io.github.qinglian.model.InstitutionLevel;
import io.github.qinglian.model.PlatformListing;
import io.github.qinglian.model.Practitioner;
import io.github.qinglian.model.Supplier;
import io.github.qinglian.policy.Policy;
import io.github.qinglian.reference.InMemoryDrugCatalog;
import io.github.qinglian.reference.InMemoryFormularyCatalog;
import io.github.qinglian.reference.InMemoryPlatformListings;
import io.github.qinglian.reference.InMemoryPractitionerDirectory;
import io.github.qinglian.reference.InMemorySupplierRegistry;
import io.github.qinglian.reference.ReferenceData;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link Qinglian} over in-memory records for a test: a tertiary institution, the
 * default policy and a clock fixed at {@link FixedClock#DEFAULT_INSTANT} unless set. Not
 * thread-safe; the engine it builds is.
 */
public final class TestEngine {
  private final List<Practitioner> practitioners = new ArrayList<>();
  private final List<Drug> drugs = new ArrayList<>();
  private final List<PlatformListing> listings = new ArrayList<>();
  private final List<Supplier> suppliers = new ArrayList<>();
  private final List<FormularyItem> formulary = new ArrayList<>();
  private InstitutionLevel level = InstitutionLevel.TERTIARY;
  private Policy policy = Policy.defaults();
  private Clock clock = FixedClock.standard();
  private @Nullable ReferenceData reference;

  private TestEngine() {}

  /** Starts a test engine. */
  public static TestEngine newBuilder() {
    return new TestEngine();
  }

  /** Adds practitioners. */
  public TestEngine practitioner(Practitioner... more) {
    for (Practitioner p : more) {
      practitioners.add(checkNotNull(p));
    }
    return this;
  }

  /** Adds drugs. */
  public TestEngine drug(Drug... more) {
    for (Drug d : more) {
      drugs.add(checkNotNull(d));
    }
    return this;
  }

  /** Adds platform listings. */
  public TestEngine listing(PlatformListing... more) {
    for (PlatformListing l : more) {
      listings.add(checkNotNull(l));
    }
    return this;
  }

  /** Adds suppliers. */
  public TestEngine supplier(Supplier... more) {
    for (Supplier s : more) {
      suppliers.add(checkNotNull(s));
    }
    return this;
  }

  /** Adds supply-catalogue items. */
  public TestEngine formularyItem(FormularyItem... more) {
    for (FormularyItem f : more) {
      formulary.add(checkNotNull(f));
    }
    return this;
  }

  /** Sets the institution's level. */
  public TestEngine level(InstitutionLevel level) {
    this.level = checkNotNull(level);
    return this;
  }

  /** Sets the policy. */
  public TestEngine policy(Policy policy) {
    this.policy = checkNotNull(policy);
    return this;
  }

  /** Sets the clock. */
  public TestEngine clock(Clock clock) {
    this.clock = checkNotNull(clock);
    return this;
  }

  /**
   * Uses {@code reference} (for example a port that fails, or the vendor's own implementation)
   * instead of the records added with {@link #practitioner} and {@link #drug}.
   */
  public TestEngine reference(ReferenceData reference) {
    this.reference = checkNotNull(reference);
    return this;
  }

  /** The reference data of the records added so far. */
  public ReferenceData reference() {
    if (reference != null) {
      return reference;
    }
    return ReferenceData.newBuilder()
        .practitioners(InMemoryPractitionerDirectory.of(practitioners))
        .drugs(InMemoryDrugCatalog.of(drugs))
        .listings(InMemoryPlatformListings.of(listings))
        .suppliers(InMemorySupplierRegistry.of(suppliers))
        .formulary(InMemoryFormularyCatalog.of(formulary))
        .build();
  }

  /** Builds the engine. */
  public Qinglian build() {
    return Qinglian.newBuilder()
        .institution(Institution.of("TEST", level))
        .policy(policy)
        .reference(reference())
        .clock(clock)
        .build();
  }
}
