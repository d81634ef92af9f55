package io.github.qinglian.examples.submit;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.qinglian.model.Prescription;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The HIS's prescription table, in memory: the prescriptions that reached the pharmacy, keyed by
 * id, in the order they were stored. Stands in for the vendor's DAO; a real HIS writes the same
 * rows through JDBC or MyBatis.
 *
 * <p>Thread-safe (every method synchronizes on the store). Ids are unique: storing a second
 * prescription under an id already present is refused.
 */
public final class InMemoryPrescriptionStore {
  private final Map<String, Prescription> rows = new LinkedHashMap<>();

  /** Creates an empty store. */
  public InMemoryPrescriptionStore() {}

  /**
   * Stores {@code rx} under its id unless that id is present.
   *
   * @return whether it was stored
   * @throws IllegalArgumentException if {@code rx} has no id
   */
  public synchronized boolean insert(Prescription rx) {
    String id = idOf(rx);
    if (rows.containsKey(id)) {
      return false;
    }
    rows.put(id, rx);
    return true;
  }

  /** The prescription stored under {@code id}, if any. */
  public synchronized Optional<Prescription> find(String id) {
    return Optional.ofNullable(rows.get(checkNotNull(id, "id")));
  }

  /** Whether a prescription is stored under {@code id}. */
  public synchronized boolean contains(String id) {
    return rows.containsKey(checkNotNull(id, "id"));
  }

  /** Every stored prescription, in the order stored. */
  public synchronized ImmutableList<Prescription> all() {
    return ImmutableList.copyOf(rows.values());
  }

  /** How many prescriptions are stored. */
  public synchronized int size() {
    return rows.size();
  }

  static String idOf(Prescription rx) {
    String id = checkNotNull(rx, "rx").id();
    if (id == null || id.trim().isEmpty()) {
      throw new IllegalArgumentException("the HIS numbers every prescription before submit; "
          + "this one has no id");
    }
    return id;
  }

  @Override
  public synchronized String toString() {
    return "InMemoryPrescriptionStore{" + rows.size() + " prescriptions}";
  }
}
