package io.github.qinglian.reference;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.qinglian.model.Company;
import org.jspecify.annotations.Nullable;

/**
 * A {@link CompanyRegistry} held in memory, indexed by id. Immutable and thread-safe;
 * a lookup is one hash probe and allocates nothing.
 *
 * <pre>{@code
 * CompanyRegistry r = InMemoryCompanyRegistry.of(ImmutableList.of(
 *     Company.newBuilder("C1").build()));
 * }</pre>
 */
public final class InMemoryCompanyRegistry implements CompanyRegistry {
  private static final InMemoryCompanyRegistry EMPTY =
      new InMemoryCompanyRegistry(ImmutableMap.<String, Company>of());

  private final ImmutableMap<String, Company> byId;

  private InMemoryCompanyRegistry(ImmutableMap<String, Company> byId) {
    this.byId = byId;
  }

  /**
   * Indexes {@code records} by id.
   *
   * @throws IllegalArgumentException if two share an id
   */
  public static InMemoryCompanyRegistry of(Iterable<Company> records) {
    ImmutableMap.Builder<String, Company> b = ImmutableMap.builder();
    for (Company r : records) {
      b.put(r.id(), r);
    }
    return new InMemoryCompanyRegistry(b.buildOrThrow());
  }

  /** One with no companies. */
  public static InMemoryCompanyRegistry empty() {
    return EMPTY;
  }

  @Override
  public @Nullable Company find(String id) {
    return byId.get(id);
  }

  @Override
  public int size() {
    return byId.size();
  }

  /** Every record, in the order given. */
  public ImmutableList<Company> all() {
    return byId.values().asList();
  }

  @Override
  public String toString() {
    return "InMemoryCompanyRegistry{" + byId.size() + " companies}";
  }
}
