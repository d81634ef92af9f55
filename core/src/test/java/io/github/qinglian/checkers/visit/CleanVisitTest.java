package io.github.qinglian.checkers.visit;

import static io.github.qinglian.checkers.visit.V.check;
import static io.github.qinglian.checkers.visit.V.engine;
import static io.github.qinglian.checkers.visit.V.visit;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.qinglian.Qinglian;
import io.github.qinglian.Verdict;
import io.github.qinglian.model.VisitStage;
import io.github.qinglian.testing.FixedClock;
import io.github.qinglian.testing.Verdicts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** A visit that keeps every rule is allowed at every stage, with the shared verdict. */
class CleanVisitTest {
  @ParameterizedTest
  @EnumSource(VisitStage.class)
  void theDefaultVisitIsAllowedAtEveryStage(VisitStage stage) {
    Qinglian q = engine().build();
    Verdict v = check(q, visit(stage).build());
    Verdicts.assertAllows(v);
    assertThat(v).isSameAs(q.snapshot().allowVerdict());
  }

  @Test
  void theEngineClockIsTheDefaultEvaluationInstant() {
    Qinglian q = engine().clock(FixedClock.at("2026-11-24T16:00:00+08:00")).build();
    Verdicts.assertAllows(q.visits().check(visit(VisitStage.CLOSE).build()));
  }
}
