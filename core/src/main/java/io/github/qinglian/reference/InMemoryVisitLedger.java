package io.github.qinglian.reference;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A {@link VisitLedger} held in memory. Thread-safe: appends are serialised; counts read
 * copy-on-write indexes by representative and by host and company without a lock, and allocate
 * nothing. Entries live as long as the object; use {@link FileVisitLedger} to keep them.
 *
 * <pre>{@code
 * InMemoryVisitLedger ledger = InMemoryVisitLedger.create();
 * ledger.append(LedgerEntry.newBuilder(LedgerEntry.Type.CHECK_IN, "V-1", checkIn, "R1")
 *     .companyId("C1").locationId("RECEPTION-1").hostIds(ImmutableList.of("D010", "PH-2"))
 *     .build());
 * }</pre>
 */
public final class InMemoryVisitLedger implements VisitLedger {
  /** A counted visit: its check-in and id. */
  private static final class Slot {
    final Instant at;
    final String visitId;

    Slot(Instant at, String visitId) {
      this.at = at;
      this.visitId = visitId;
    }
  }

  /** What the ledger knows of one visit, to refuse an entry that breaks its chain. */
  private static final class State {
    final String representativeId;
    @Nullable Instant checkIn;
    @Nullable Instant checkOut;

    State(String representativeId) {
      this.representativeId = representativeId;
    }
  }

  private static final Slot[] NONE = new Slot[0];

  private final List<LedgerEntry> entries = new ArrayList<>();
  private final Map<String, State> visits = new HashMap<>();
  private final ConcurrentHashMap<String, Slot[]> byRepresentative = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, ConcurrentHashMap<String, Slot[]>> byHostAndCompany =
      new ConcurrentHashMap<>();

  private InMemoryVisitLedger() {}

  /** An empty ledger. */
  public static InMemoryVisitLedger create() {
    return new InMemoryVisitLedger();
  }

  /**
   * A ledger holding {@code entries}, appended in order.
   *
   * @throws IllegalArgumentException naming the (zero-based) entry that would break its visit's
   *     chain, and why
   */
  public static InMemoryVisitLedger of(Iterable<LedgerEntry> entries) {
    InMemoryVisitLedger l = new InMemoryVisitLedger();
    int i = 0;
    for (LedgerEntry e : entries) {
      String why = l.refusal(e);
      if (why != null) {
        throw new IllegalArgumentException("entry " + i + ": " + why);
      }
      l.apply(e);
      i++;
    }
    return l;
  }

  @Override
  public synchronized long append(LedgerEntry entry) {
    checkNotNull(entry, "entry");
    String why = refusal(entry);
    if (why != null) {
      throw new IllegalArgumentException(why);
    }
    apply(entry);
    return entries.size();
  }

  /** Why {@code e} would break its visit's chain of events, or {@code null} when it would not. */
  synchronized @Nullable String refusal(LedgerEntry e) {
    State s = visits.get(e.visitId());
    String v = "visit " + e.visitId();
    if (s == null) {
      switch (e.type()) {
        case CHECK_OUT:
          return v + " has no check-in to check out from";
        case RECORD:
          return v + " has not been checked out; its record comes after the check-out";
        default:
          return null;
      }
    }
    if (!s.representativeId.equals(e.representativeId())) {
      return v + " belongs to representative " + s.representativeId + ", not "
          + e.representativeId();
    }
    switch (e.type()) {
      case APPOINTMENT:
        return s.checkIn == null ? null : v + " was checked in at " + s.checkIn
            + "; an appointment appended after the check-in would backdate it";
      case CHECK_IN:
        return s.checkIn == null ? null : v + " is already checked in (at " + s.checkIn + ")";
      case CHECK_OUT:
        if (s.checkIn == null) {
          return v + " has no check-in to check out from";
        }
        if (s.checkOut != null) {
          return v + " is already checked out (at " + s.checkOut + ")";
        }
        return e.at().isBefore(s.checkIn) ? v + ": the check-out at " + e.at()
            + " is before the check-in at " + s.checkIn : null;
      default:
        if (s.checkOut == null) {
          return v + " has not been checked out; its record comes after the check-out";
        }
        return e.at().isBefore(s.checkIn) ? v + ": the record at " + e.at()
            + " is before the check-in at " + s.checkIn : null;
    }
  }

  /** Records {@code e}, which {@link #refusal} accepted. */
  synchronized void apply(LedgerEntry e) {
    entries.add(e);
    State s = visits.get(e.visitId());
    if (s == null) {
      s = new State(e.representativeId());
      visits.put(e.visitId(), s);
    }
    if (e.type() == LedgerEntry.Type.CHECK_OUT) {
      s.checkOut = e.at();
    }
    if (e.type() != LedgerEntry.Type.CHECK_IN) {
      return;
    }
    s.checkIn = e.at();
    Slot slot = new Slot(e.at(), e.visitId());
    byRepresentative.put(e.representativeId(),
        plus(byRepresentative.get(e.representativeId()), slot));
    String company = e.companyId();
    if (company == null) {
      return;
    }
    for (String host : ImmutableSet.copyOf(e.hostIds())) {
      if (host.trim().isEmpty()) {
        continue;
      }
      ConcurrentHashMap<String, Slot[]> m = byHostAndCompany.get(host);
      if (m == null) {
        m = new ConcurrentHashMap<>();
        byHostAndCompany.put(host, m);
      }
      m.put(company, plus(m.get(company), slot));
    }
  }

  private static Slot[] plus(Slot @Nullable [] slots, Slot slot) {
    Slot[] base = slots == null ? NONE : slots;
    Slot[] out = Arrays.copyOf(base, base.length + 1);
    out[base.length] = slot;
    return out;
  }

  @Override
  public int visitsByRepresentative(
      String representativeId, Instant from, Instant to, @Nullable String excludeVisitId) {
    return count(byRepresentative.get(representativeId), from, to, excludeVisitId);
  }

  @Override
  public int visitsOfHostWithCompany(
      String hostId, String companyId, Instant from, Instant to, @Nullable String excludeVisitId) {
    ConcurrentHashMap<String, Slot[]> m = byHostAndCompany.get(hostId);
    return m == null ? 0 : count(m.get(companyId), from, to, excludeVisitId);
  }

  private static int count(
      Slot @Nullable [] slots, Instant from, Instant to, @Nullable String exclude) {
    if (slots == null) {
      return 0;
    }
    int n = 0;
    for (Slot s : slots) {
      if (!s.at.isBefore(from) && s.at.isBefore(to) && !s.visitId.equals(exclude)) {
        n++;
      }
    }
    return n;
  }

  @Override
  public synchronized ImmutableList<LedgerEntry> entries() {
    return ImmutableList.copyOf(entries);
  }

  @Override
  public synchronized long size() {
    return entries.size();
  }

  @Override
  public synchronized String toString() {
    return "InMemoryVisitLedger{" + entries.size() + " entries, " + visits.size() + " visits}";
  }
}
