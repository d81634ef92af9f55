package io.github.qinglian.benchmarks;

import io.github.qinglian.Qinglian;
import io.github.qinglian.Verdict;
import io.github.qinglian.VisitChecker;
import io.github.qinglian.json.ReferenceJson;
import io.github.qinglian.json.VisitJson;
import io.github.qinglian.model.Institution;
import io.github.qinglian.model.InstitutionLevel;
import io.github.qinglian.model.Visit;
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
 * The visit checker on the sample hospital's visit data (representatives, companies, rooms,
 * receivers, staff and a month of history), with visits from {@code visits.jsonl}: a clean
 * check-in (V-S03), a clean close with its record (V-S04), and a check-in outside the reception
 * window (V-S13).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class VisitBenchmark {
  /** Which sample visit. */
  @Param({"V-S03", "V-S04", "V-S13"})
  public String visit;

  private VisitChecker checker;
  private Visit subject;
  private Instant at;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Sample sample = Sample.find("visits.jsonl", visit);
    at = sample.at;
    subject = VisitJson.readVisit(sample.subject);
    Qinglian q = Qinglian.newBuilder()
        .institution(Institution.of("QLH", InstitutionLevel.TERTIARY))
        .reference(ReferenceJson.read(Sample.hospital().resolve("reference-visits.json")))
        .clock(Clock.fixed(at, ZoneOffset.UTC))
        .alertSink(alert -> { })
        .build();
    checker = q.visits();
    Verdict v = checker.check(subject, at);
    if (v.decision() != sample.expected) {
      throw new IllegalStateException(visit + " gave " + v);
    }
  }

  /** The Java entry point a reception desk or badge system calls. */
  @Benchmark
  public Verdict check() {
    return checker.check(subject, at);
  }
}
