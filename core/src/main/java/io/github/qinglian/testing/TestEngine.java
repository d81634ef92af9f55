package io.github.qinglian.testing;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.qinglian.Qinglian;
import io.github.qinglian.audit.AlertSink;
import io.github.qinglian.model.Company;
import io.github.qinglian.model.Drug;
import io.github.qinglian.model.FormularyItem;
import io.github.qinglian.model.Institution;
import io.github.qinglian.model.InstitutionLevel;
import io.github.qinglian.model.PlatformListing;
import io.github.qinglian.model.Practitioner;
import io.github.qinglian.model.Supplier;
import io.github.qinglian.model.Location;
import io.github.qinglian.model.Representative;
import io.github.qinglian.model.StaffMember;
import io.github.qinglian.policy.Policy;
import io.github.qinglian.reference.InMemoryCompanyRegistry;
import io.github.qinglian.reference.InMemoryDrugCatalog;
import io.github.qinglian.reference.InMemoryFormularyCatalog;
import io.github.qinglian.reference.InMemoryPlatformListings;
import io.github.qinglian.reference.InMemoryPractitionerDirectory;
import io.github.qinglian.reference.InMemorySupplierRegistry;
import io.github.qinglian.reference.InMemoryLocationDirectory;
import io.github.qinglian.reference.InMemoryRepresentativeRegistry;
import io.github.qinglian.reference.InMemoryStaffDirectory;
import io.github.qinglian.reference.ReferenceData;
import io.github.qinglian.reference.VisitHistory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
  private final List<Representative> representatives = new ArrayList<>();
  private final List<Company> companies = new ArrayList<>();
  private final List<Location> locations = new ArrayList<>();
  private final Set<String> receivers = new LinkedHashSet<>();
  private final List<StaffMember> staff = new ArrayList<>();
  private VisitHistory visitHistory = VisitHistory.none();
  private @Nullable AlertSink alertSink;
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

  /** Adds representatives. */
  public TestEngine representative(Representative... more) {
    for (Representative r : more) {
      representatives.add(checkNotNull(r));
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

  /** Adds companies. */
  public TestEngine company(Company... more) {
    for (Company c : more) {
      companies.add(checkNotNull(c));
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

  /** Adds locations. */
  public TestEngine location(Location... more) {
    for (Location l : more) {
      locations.add(checkNotNull(l));
    }
    return this;
  }

  /** Adds designated receivers (staff ids). */
  public TestEngine receivers(Iterable<String> ids) {
    for (String id : ids) {
      receivers.add(checkNotNull(id));
    }
    return this;
  }

  /** Adds staff with their roles. */
  public TestEngine staff(Iterable<StaffMember> more) {
    for (StaffMember m : more) {
      staff.add(checkNotNull(m));
    }
    return this;
  }

  /** Sets the visit history (a ledger) the monthly counts read. */
  public TestEngine visitHistory(VisitHistory history) {
    this.visitHistory = checkNotNull(history);
    return this;
  }

  /** Sets where alerts go (default: the engine's, SLF4J). */
  public TestEngine alertSink(AlertSink sink) {
    this.alertSink = checkNotNull(sink);
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
   * instead of the records added with {@link #practitioner}, {@link #drug} and the visit
   * records.
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
        .representatives(InMemoryRepresentativeRegistry.of(representatives))
        .companies(InMemoryCompanyRegistry.of(companies))
        .locations(InMemoryLocationDirectory.of(locations))
        .receivers(receivers)
        .staff(InMemoryStaffDirectory.of(staff))
        .visitHistory(visitHistory)
        .build();
  }

  /** Builds the engine. */
  public Qinglian build() {
    Qinglian.Builder b = Qinglian.newBuilder()
        .institution(Institution.of("TEST", level))
        .policy(policy)
        .reference(reference())
        .clock(clock);
    if (alertSink != null) {
      b.alertSink(alertSink);
    }
    return b.build();
  }
}
