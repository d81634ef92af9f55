package io.github.qinglian.reference;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import io.github.qinglian.model.FormClass;
import io.github.qinglian.model.FormularyItem;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A {@link FormularyCatalog} held in memory, indexed by item code, by generic name and form class,
 * and by antibiotic generic name. Immutable and thread-safe; lookups are hash probes.
 *
 * <p>{@link #with} and {@link #without} return a new catalogue with one change applied, for an
 * HIS that applies a change once the checker allowed it.
 *
 * <pre>{@code
 * InMemoryFormularyCatalog catalogue = InMemoryFormularyCatalog.of(items);
 * Verdict v = qinglian.formulary().check(FormularyChange.add("F-1", item));
 * if (v.decision() == Decision.ALLOW) {
 *   catalogue = catalogue.with(item);
 * }
 * }</pre>
 */
public final class InMemoryFormularyCatalog implements FormularyCatalog {
  private static final InMemoryFormularyCatalog EMPTY =
      new InMemoryFormularyCatalog(ImmutableList.<FormularyItem>of());

  private final ImmutableMap<String, FormularyItem> byCode;
  private final ImmutableSetMultimap<String, String> specs;
  private final ImmutableSet<String> antibiotics;

  private InMemoryFormularyCatalog(Iterable<FormularyItem> items) {
    ImmutableMap.Builder<String, FormularyItem> codes = ImmutableMap.builder();
    ImmutableSetMultimap.Builder<String, String> s = ImmutableSetMultimap.builder();
    ImmutableSet.Builder<String> a = ImmutableSet.builder();
    for (FormularyItem i : items) {
      codes.put(i.itemCode(), i);
      String name = FormularyCatalog.key(i.genericName());
      FormClass c = i.formClass();
      if (c != null) {
        s.put(specKey(name, c), FormularyCatalog.key(i.spec()));
      }
      if (i.antibiotic()) {
        a.add(name);
      }
    }
    this.byCode = codes.buildOrThrow();
    this.specs = s.build();
    this.antibiotics = a.build();
  }

  /**
   * Indexes {@code items}.
   *
   * @throws IllegalArgumentException if two share an item code
   */
  public static InMemoryFormularyCatalog of(Iterable<FormularyItem> items) {
    return new InMemoryFormularyCatalog(items);
  }

  /** An empty catalogue. */
  public static InMemoryFormularyCatalog empty() {
    return EMPTY;
  }

  /**
   * This catalogue with {@code item} added.
   *
   * @throws IllegalArgumentException if its item code is already in the catalogue
   */
  public InMemoryFormularyCatalog with(FormularyItem item) {
    checkNotNull(item, "item");
    checkArgument(!byCode.containsKey(item.itemCode()), "item %s is already in the catalogue",
        item.itemCode());
    List<FormularyItem> next = new ArrayList<>(byCode.values());
    next.add(item);
    return new InMemoryFormularyCatalog(next);
  }

  /** This catalogue without the item {@code itemCode} (unchanged if it is not there). */
  public InMemoryFormularyCatalog without(String itemCode) {
    if (!byCode.containsKey(itemCode)) {
      return this;
    }
    List<FormularyItem> next = new ArrayList<>();
    for (FormularyItem i : byCode.values()) {
      if (!i.itemCode().equals(itemCode)) {
        next.add(i);
      }
    }
    return new InMemoryFormularyCatalog(next);
  }

  @Override
  public @Nullable FormularyItem find(String itemCode) {
    return byCode.get(itemCode);
  }

  @Override
  public ImmutableSet<String> specifications(String genericName, FormClass formClass) {
    return specs.get(specKey(FormularyCatalog.key(genericName), formClass));
  }

  @Override
  public int antibioticCount() {
    return antibiotics.size();
  }

  @Override
  public boolean hasAntibiotic(String genericName) {
    return antibiotics.contains(FormularyCatalog.key(genericName));
  }

  @Override
  public int size() {
    return byCode.size();
  }

  /** Every item, in the order given. */
  public ImmutableList<FormularyItem> all() {
    return byCode.values().asList();
  }

  private static String specKey(String nameKey, FormClass c) {
    return c.name() + '\u0000' + nameKey;
  }

  @Override
  public String toString() {
    return "InMemoryFormularyCatalog{" + byCode.size() + " items, " + antibiotics.size()
        + " antibiotic generic names}";
  }
}
