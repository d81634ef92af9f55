package io.github.qinglian.checkers.visit;

import io.github.qinglian.Decision;
import io.github.qinglian.Finding;
import io.github.qinglian.Qinglian;
import io.github.qinglian.Verdict;
import io.github.qinglian.audit.Alert;
import io.github.qinglian.audit.AlertSink;
import io.github.qinglian.model.Company;
import io.github.qinglian.model.Representative;
import io.github.qinglian.model.Visit;
import io.github.qinglian.model.VisitStage;
import io.github.qinglian.policy.Policy;
import io.github.qinglian.policy.RuleSetting;
import io.github.qinglian.testing.TestEngine;
import io.github.qinglian.testing.VisitFixtures;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** Shared helpers of the visit checker's tests. */
final class V {
  /** Late on the visit day, after every default deadline but the record's. */
  static final Instant EVENING = VisitFixtures.instant("2026-11-24T20:00:00+08:00");

  private V() {}

  static Instant t(String iso) {
    return VisitFixtures.instant(iso);
  }

  static Visit.Builder visit(VisitStage stage) {
    return VisitFixtures.visit(stage);
  }

  /** The default visit world, its alerts dropped (tests of alerts set their own sink). */
  static TestEngine engine() {
    return VisitFixtures.engine().alertSink(alert -> { });
  }

  /** The default room, receivers and staff with {@code rep} and {@code companies}. */
  static TestEngine world(Representative rep, Company... companies) {
    return TestEngine.newBuilder()
        .representative(rep)
        .company(companies)
        .location(VisitFixtures.receptionRoom(VisitFixtures.ROOM).build())
        .receivers(VisitFixtures.RECEIVERS)
        .staff(VisitFixtures.staff())
        .alertSink(alert -> { });
  }

  static Verdict check(Visit v) {
    return check(engine().build(), v);
  }

  static Verdict check(Qinglian q, Visit v) {
    return q.visits().check(v, EVENING);
  }

  /** The reasons of {@code ruleId}'s findings, in verdict order. */
  static List<Object> reasons(Verdict v, String ruleId) {
    List<Object> out = new java.util.ArrayList<>();
    for (Finding f : v.findings(ruleId)) {
      out.add(f.evidence().get("reason"));
    }
    return out;
  }

  /** The evidence of the only finding of {@code ruleId}. */
  static Map<String, Object> evidence(Verdict v, String ruleId) {
    List<Finding> fs = v.findings(ruleId);
    if (fs.size() != 1) {
      throw new AssertionError("expected one " + ruleId + ", got " + v);
    }
    return fs.get(0).evidence();
  }

  /** The pointers of the INPUT.INVALID findings. */
  static List<Object> pointers(Verdict v) {
    List<Object> out = new java.util.ArrayList<>();
    for (Finding f : v.findings("INPUT.INVALID")) {
      out.add(f.evidence().get("pointer"));
    }
    return out;
  }

  static Policy policy(String ruleId, RuleSetting setting) {
    return Policy.newBuilder().rule(ruleId, setting).build();
  }

  static Policy param(String ruleId, String name, Object value) {
    return policy(ruleId, RuleSetting.newBuilder().param(name, value).build());
  }

  static Policy severity(String ruleId, Decision d) {
    return policy(ruleId, RuleSetting.newBuilder().severity(d).build());
  }

  static Policy disabled(String ruleId) {
    return policy(ruleId, RuleSetting.newBuilder().enabled(false).build());
  }

  /** An alert sink that keeps what it is given. */
  static final class Recording implements AlertSink {
    final List<Alert> alerts = new CopyOnWriteArrayList<>();

    @Override
    public void alert(Alert alert) {
      alerts.add(alert);
    }
  }
}
