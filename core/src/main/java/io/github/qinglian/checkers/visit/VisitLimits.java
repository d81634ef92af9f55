package io.github.qinglian.checkers.visit;

import static io.github.qinglian.rule.RuleCatalog.VISIT_APPOINTMENT;
import static io.github.qinglian.rule.RuleCatalog.VISIT_COMPANY_BLACKLISTED;
import static io.github.qinglian.rule.RuleCatalog.VISIT_FREQUENCY;
import static io.github.qinglian.rule.RuleCatalog.VISIT_HOST;
import static io.github.qinglian.rule.RuleCatalog.VISIT_PROCESS;
import static io.github.qinglian.rule.RuleCatalog.VISIT_RECORD;

import io.github.qinglian.Snapshot;
import io.github.qinglian.model.CreditRating;
import io.github.qinglian.policy.Policy;
import io.github.qinglian.policy.ReceptionWindow;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A snapshot's VISIT parameters and reception windows as plain fields and arrays, read on the hot
 * path without allocating: local times are seconds of the day in the policy's zone, dates are
 * epoch days.
 */
final class VisitLimits {
  /** Returned by {@link #windowEnd} when no window holds the instant. */
  static final long NO_WINDOW = Long.MIN_VALUE;

  private static final int DAY = 86_400;
  private static final int[] NO_RANGES = new int[0];

  final Snapshot snapshot;
  final Policy policy;
  final ZoneId zone;
  final long leadSeconds;
  final long recordSeconds;
  final int minHosts;
  final int requiredApprovals;
  final int maxPerRepresentative;
  final int maxPerHostCompany;
  final CreditRating blockFromRating;
  final String[] requiredRoles;
  final boolean staffKnown;

  private final ZoneRules rules;
  /** Monday = 0: the day's windows as [from, to, from, to, …] seconds of the day. */
  private final int[][] weekly = new int[7][];
  private final long[] closedDays;
  private final long[] extraDays;
  private final int[][] extraRanges;
  /** The last month asked for, kept for the next check in the same month. */
  private volatile @Nullable Month month;

  /** A calendar month of the zone: [firstDay, nextFirstDay) and the instants bounding it. */
  static final class Month {
    final long firstDay;
    final long nextFirstDay;
    final Instant from;
    final Instant to;
    final String label;

    Month(long firstDay, long nextFirstDay, Instant from, Instant to, String label) {
      this.firstDay = firstDay;
      this.nextFirstDay = nextFirstDay;
      this.from = from;
      this.to = to;
      this.label = label;
    }
  }

  VisitLimits(Snapshot snapshot) {
    this.snapshot = snapshot;
    Policy p = snapshot.policy();
    this.policy = p;
    this.zone = p.zone();
    this.rules = zone.getRules();
    leadSeconds = 3600L * p.intParam(VISIT_APPOINTMENT, "leadHours");
    recordSeconds = 3600L * p.intParam(VISIT_RECORD, "recordHours");
    minHosts = p.intParam(VISIT_HOST, "minHosts");
    requiredApprovals = p.intParam(VISIT_PROCESS, "requiredApprovals");
    maxPerRepresentative = p.intParam(VISIT_FREQUENCY, "maxPerRepPerMonth");
    maxPerHostCompany = p.intParam(VISIT_FREQUENCY, "maxPerHostCompanyPerMonth");
    blockFromRating =
        CreditRating.valueOf(String.valueOf(p.param(VISIT_COMPANY_BLACKLISTED, "blockFromRating")));
    requiredRoles = p.requiredApproverRoles().toArray(new String[0]);
    staffKnown = snapshot.reference().staff().size() != 0;

    List<List<Integer>> byDay = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      byDay.add(new ArrayList<Integer>());
    }
    for (ReceptionWindow w : p.visitWindows()) {
      for (DayOfWeek d : w.days()) {
        byDay.get(d.getValue() - 1).add(w.from().toSecondOfDay());
        byDay.get(d.getValue() - 1).add(w.to().toSecondOfDay());
      }
    }
    for (int i = 0; i < 7; i++) {
      weekly[i] = ints(byDay.get(i));
    }
    TreeSet<Long> closed = new TreeSet<>();
    for (LocalDate d : p.closedDates()) {
      closed.add(d.toEpochDay());
    }
    closedDays = longs(closed);
    TreeMap<Long, List<Integer>> extra = new TreeMap<>();
    for (ReceptionWindow w : p.extraDates()) {
      LocalDate d = w.date();
      if (d == null) {
        continue;
      }
      List<Integer> ranges = extra.get(d.toEpochDay());
      if (ranges == null) {
        ranges = new ArrayList<>();
        extra.put(d.toEpochDay(), ranges);
      }
      ranges.add(w.from().toSecondOfDay());
      ranges.add(w.to().toSecondOfDay());
    }
    extraDays = longs(extra.keySet());
    extraRanges = new int[extraDays.length][];
    int i = 0;
    for (List<Integer> ranges : extra.values()) {
      extraRanges[i++] = ints(ranges);
    }
  }

  /** {@code t} as seconds since the epoch in local time of the zone. */
  long localSecond(Instant t) {
    return t.getEpochSecond() + rules.getOffset(t).getTotalSeconds();
  }

  /**
   * The end, in local seconds since the epoch, of the reception window holding {@code t} (from
   * inclusive, to exclusive), or {@link #NO_WINDOW}. Where windows overlap, the latest end.
   * Closed dates remove the weekly windows of their date; extra dates add theirs.
   */
  long windowEnd(Instant t) {
    long local = localSecond(t);
    long day = Math.floorDiv(local, DAY);
    int second = (int) Math.floorMod(local, DAY);
    long end = NO_WINDOW;
    int e = Arrays.binarySearch(extraDays, day);
    if (e >= 0) {
      end = latestEnd(extraRanges[e], day, second, end);
    }
    if (Arrays.binarySearch(closedDays, day) < 0) {
      // 1970-01-01 was a Thursday (index 3 with Monday = 0)
      end = latestEnd(weekly[(int) Math.floorMod(day + 3, 7)], day, second, end);
    }
    return end;
  }

  private static long latestEnd(int[] ranges, long day, int second, long end) {
    long best = end;
    for (int i = 0; i + 1 < ranges.length; i += 2) {
      if (ranges[i] <= second && second < ranges[i + 1]) {
        best = Math.max(best, day * DAY + ranges[i + 1]);
      }
    }
    return best;
  }

  /** Whether {@code t} is after the local instant {@code localEnd} (at it is not after). */
  boolean after(Instant t, long localEnd) {
    long local = localSecond(t);
    return local > localEnd || (local == localEnd && t.getNano() > 0);
  }

  /** The instant of the local second {@code localSecond}, for evidence. */
  Instant instantOf(long localSecond) {
    return LocalDateTime.ofEpochSecond(localSecond, 0, ZoneOffset.UTC).atZone(zone).toInstant();
  }

  /** The calendar month of the zone holding {@code t}; the last one is kept for the next call. */
  Month month(Instant t) {
    long day = Math.floorDiv(localSecond(t), DAY);
    Month m = month;
    if (m != null && m.firstDay <= day && day < m.nextFirstDay) {
      return m;
    }
    LocalDate first = LocalDate.ofEpochDay(day).withDayOfMonth(1);
    LocalDate next = first.plusMonths(1);
    m = new Month(first.toEpochDay(), next.toEpochDay(), first.atStartOfDay(zone).toInstant(),
        next.atStartOfDay(zone).toInstant(), first.toString().substring(0, 7));
    month = m;
    return m;
  }

  private static int[] ints(List<Integer> values) {
    if (values.isEmpty()) {
      return NO_RANGES;
    }
    int[] out = new int[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.get(i);
    }
    return out;
  }

  private static long[] longs(Iterable<Long> values) {
    List<Long> l = new ArrayList<>();
    for (Long v : values) {
      l.add(v);
    }
    long[] out = new long[l.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = l.get(i);
    }
    return out;
  }
}
