package io.github.qinglian.benchmarks;

import io.github.qinglian.PurchaseChecker;
import io.github.qinglian.Qinglian;
import io.github.qinglian.Verdict;
import io.github.qinglian.json.ProcurementJson;
import io.github.qinglian.json.ReferenceJson;
import io.github.qinglian.model.Institution;
import io.github.qinglian.model.InstitutionLevel;
import io.github.qinglian.model.PurchaseOrder;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The purchase-order checker on the sample hospital's procurement data (13 listings, 7
 * suppliers), with orders taken from {@code purchases.jsonl}: a clean two-line order with a VBP
 * line (PO-S01), a clean order accepted and paid with trace codes (PO-S02), and an order above
 * the listed price (PO-S09).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class PurchaseBenchmark {
  /** Which sample order. */
  @Param({"PO-S01", "PO-S02", "PO-S09"})
  public String order;

  private PurchaseChecker checker;
  private PurchaseOrder po;
  private Instant at;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Sample sample = Sample.find("purchases.jsonl", order);
    at = sample.at;
    po = ProcurementJson.readPurchaseOrder(sample.subject);
    Qinglian q = Qinglian.newBuilder()
        .institution(Institution.of("QLH", InstitutionLevel.TERTIARY))
        .reference(ReferenceJson.read(Sample.hospital().resolve("reference-procurement.json")))
        .clock(Clock.fixed(at, ZoneOffset.UTC))
        .build();
    checker = q.purchases();
    Verdict v = checker.check(po, at);
    if (v.decision() != sample.expected) {
      throw new IllegalStateException(order + " gave " + v);
    }
  }

  /** The Java entry point a procurement module calls. */
  @Benchmark
  public Verdict check() {
    return checker.check(po, at);
  }
}
