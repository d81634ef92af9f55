package io.github.qinglian;

import com.google.common.collect.ImmutableList;
import io.github.qinglian.model.Appointment;
import io.github.qinglian.model.Visit;
import io.github.qinglian.model.VisitPurpose;
import io.github.qinglian.model.VisitRecord;
import io.github.qinglian.model.VisitStage;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators for representative visits, shared by the checker's and the JSON properties. */
public final class VisitGenerators {
  /** Ids the generated worlds know, and some they do not. */
  public static final ImmutableList<String> IDS =
      ImmutableList.of("R1", "C1", "D010", "PH-2", "MED-1", "RECEPTION-1", "WARD-5", "X", "", " ");
  /** Zones with and without daylight saving. */
  public static final ImmutableList<String> ZONES = ImmutableList.of(
      "Asia/Shanghai", "UTC", "America/New_York", "Asia/Kolkata", "Pacific/Auckland");

  private VisitGenerators() {}

  /** Visits of every shape: known and unknown ids, blanks, nulls, instants of any year. */
  public static Arbitrary<Visit> visits() {
    Arbitrary<String> ids = Arbitraries.of(IDS).injectNull(0.15);
    Arbitrary<Instant> instants = Arbitraries.longs()
        .between(Instant.parse("0001-01-01T00:00:00Z").getEpochSecond(),
            Instant.parse("9999-12-31T23:59:59Z").getEpochSecond())
        .map(Instant::ofEpochSecond)
        .injectNull(0.1)
        .edgeCases(c -> c.add(Instant.parse("2026-11-24T06:00:00Z")));
    Arbitrary<List<String>> lists = Arbitraries.of(IDS).injectNull(0.1).list().ofMaxSize(4);
    Arbitrary<Appointment> appointments = Combinators.combine(ids, instants, instants, lists,
            instants, instants, ids, lists)
        .as((id, req, app, approvers, start, end, loc, hosts) -> Appointment.newBuilder().id(id)
            .requestedAt(req).approvedAt(app).approvers(approvers).start(start).end(end)
            .locationId(loc).hostIds(hosts).build())
        .injectNull(0.2);
    Arbitrary<VisitRecord> records = Combinators.combine(ids, lists, instants)
        .as(VisitRecord::of).injectNull(0.3);
    Arbitrary<Visit.Builder> head = Combinators.combine(ids,
            Arbitraries.of(VisitStage.class).injectNull(0.1), ids, ids,
            Arbitraries.of(VisitPurpose.class).injectNull(0.1), appointments)
        .as((id, stage, rep, company, purpose, ap) -> Visit.newBuilder().id(id).stage(stage)
            .representativeId(rep).companyId(company).purpose(purpose).appointment(ap));
    return Combinators.combine(head, instants, instants, ids, lists, records)
        .as((b, in, out, loc, hosts, rec) -> b.checkIn(in).checkOut(out).locationId(loc)
            .hostIds(hosts).record(rec).build());
  }

  /** Instants within a year and a month around November 2026. */
  public static Arbitrary<Instant> instantsNear() {
    return Arbitraries.longs().between(0, 400L * 86_400)
        .map(s -> Instant.parse("2026-06-01T00:00:00Z").plusSeconds(s));
  }
}
