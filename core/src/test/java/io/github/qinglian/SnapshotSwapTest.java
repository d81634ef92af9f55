package io.github.qinglian;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qinglian.model.Prescription;
import io.github.qinglian.policy.Policy;
import io.github.qinglian.policy.RuleSetting;
import io.github.qinglian.testing.Fixtures;
import io.github.qinglian.testing.TestEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Eight threads check while the snapshot is reloaded every millisecond: no exception, and every
 * verdict is the one its snapshot's policy gives, never a mixture of two.
 */
class SnapshotSwapTest {
  private static final Policy LOOSE = Policy.newBuilder().version("five").build();
  private static final Policy TIGHT =
      Policy.newBuilder()
          .version("three")
          .rule("RX.ITEMS.MAX", RuleSetting.newBuilder().param("maxItems", 3).build())
          .rule("RX.KEY_MONITORED", RuleSetting.newBuilder().severity(Decision.BLOCK).build())
          .build();

  @Test
  void checksDuringReloadsSeeOneSnapshotEach() throws Exception {
    TestEngine t = TestEngine.newBuilder().practitioner(Fixtures.physician("D1").build());
    for (int i = 0; i < 4; i++) {
      t.drug(Fixtures.drug("C" + i).keyMonitored(i == 0).build());
    }
    Qinglian q = t.policy(LOOSE).build();
    Prescription rx =
        Fixtures.prescription("D1", Fixtures.item("C0").build(), Fixtures.item("C1").build(),
                Fixtures.item("C2").build(), Fixtures.item("C3").build())
            .justification(null)
            .build();
    // Under "five": only RX.KEY_MONITORED at REVIEW. Under "three": ITEMS.MAX and KEY_MONITORED,
    // both BLOCK. A verdict mixing the two policies would show one without the other.
    AtomicBoolean stop = new AtomicBoolean();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    ConcurrentHashMap<String, AtomicLong> seen = new ConcurrentHashMap<>();
    List<Thread> threads = new ArrayList<>();
    CountDownLatch started = new CountDownLatch(8);
    for (int n = 0; n < 8; n++) {
      Thread th = new Thread(() -> {
        started.countDown();
        try {
          while (!stop.get()) {
            Verdict v = q.prescriptions().check(rx);
            if (v.policyVersion().equals("five")) {
              assertThat(v.decision()).isEqualTo(Decision.REVIEW);
              assertThat(v.ruleIds()).containsExactly("RX.KEY_MONITORED");
            } else {
              assertThat(v.policyVersion()).isEqualTo("three");
              assertThat(v.decision()).isEqualTo(Decision.BLOCK);
              assertThat(v.ruleIds()).containsExactlyInAnyOrder("RX.ITEMS.MAX",
                  "RX.KEY_MONITORED");
              assertThat(v.findings("RX.ITEMS.MAX").get(0).evidence().get("maxItems"))
                  .isEqualTo(3);
            }
            seen.computeIfAbsent(v.policyVersion(), k -> new AtomicLong()).incrementAndGet();
          }
        } catch (Throwable e) {
          failure.compareAndSet(null, e);
        }
      }, "checker-" + n);
      threads.add(th);
      th.start();
    }
    started.await(5, TimeUnit.SECONDS);
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1500);
    int reloads = 0;
    while (System.nanoTime() < end && failure.get() == null) {
      q.reload(reloads % 2 == 0 ? TIGHT : LOOSE);
      reloads++;
      Thread.sleep(1);
    }
    stop.set(true);
    for (Thread th : threads) {
      th.join(10_000);
    }
    if (failure.get() != null) {
      throw new AssertionError("a checker thread failed", failure.get());
    }
    assertThat(reloads).isGreaterThan(100);
    assertThat(seen.keySet()).containsExactlyInAnyOrder("five", "three");
  }

  @Test
  void rejectedPolicyLeavesTheLiveSnapshotUntouched() {
    Qinglian q = TestEngine.newBuilder().policy(LOOSE).build();
    Snapshot before = q.snapshot();
    try {
      q.reload(io.github.qinglian.json.PolicyJson.read(
          "{\"rules\": {\"RX.NO.SUCH\": {}, \"RX.ITEMS.MAX\": {\"params\": {\"maxItems\": 0}}}}"));
      throw new AssertionError("a bad policy was accepted");
    } catch (ConfigurationException e) {
      assertThat(e.problems()).extracting(ConfigProblem::pointer)
          .containsExactly("/rules/RX.NO.SUCH", "/rules/RX.ITEMS.MAX/params/maxItems");
    }
    assertThat(q.snapshot()).isSameAs(before);
    assertThat(q.snapshot().policy().version()).isEqualTo("five");
  }

  @Test
  void concurrentPolicyAndReferenceReloadsAreBothKept() throws Exception {
    for (int round = 0; round < 200; round++) {
      Qinglian q = TestEngine.newBuilder().policy(LOOSE).build();
      io.github.qinglian.reference.ReferenceData ref = TestEngine.newBuilder()
          .practitioner(Fixtures.physician("D9").build()).reference();
      CountDownLatch go = new CountDownLatch(1);
      Thread a = new Thread(() -> {
        awaitQuietly(go);
        q.reload(TIGHT);
      });
      Thread b = new Thread(() -> {
        awaitQuietly(go);
        q.reload(ref);
      });
      a.start();
      b.start();
      go.countDown();
      a.join();
      b.join();
      assertThat(q.snapshot().policy()).isSameAs(TIGHT);
      assertThat(q.snapshot().reference()).isSameAs(ref);
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
