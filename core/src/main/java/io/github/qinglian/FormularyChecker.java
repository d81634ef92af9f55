package io.github.qinglian;

import io.github.qinglian.model.FormularyChange;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Checks changes to the hospital's supply catalogue (供应目录) against
 * {@code PROC.FORMULARY.SPECS} (一品两规) and {@code PROC.FORMULARY.ANTIBIOTIC_COUNT}, reading the
 * live catalogue. Obtain one from {@link Qinglian#formulary()}.
 *
 * <p>Thread-safe and never throws: a {@code null} or malformed change, or a REMOVE of an item
 * that is not in the catalogue, gets an {@code INPUT.INVALID} finding (BLOCK by default) naming
 * the field; an internal failure becomes {@code ENGINE.ERROR}. The checker does not change the
 * catalogue: once a change is allowed, the HIS applies it and reloads the reference data.
 *
 * <pre>{@code
 * Verdict v = qinglian.formulary().check(FormularyChange.add("F-1", item));
 * if (v.decision() == Decision.ALLOW) {
 *   catalogue = catalogue.with(item);               // an InMemoryFormularyCatalog
 *   qinglian.reload(ReferenceData.newBuilder().formulary(catalogue).build());
 * }
 * }</pre>
 */
public interface FormularyChecker {
  /** Checks {@code change} at the engine clock's current instant. */
  Verdict check(@Nullable FormularyChange change);

  /** Checks {@code change} as of {@code at}. */
  Verdict check(@Nullable FormularyChange change, Instant at);
}
