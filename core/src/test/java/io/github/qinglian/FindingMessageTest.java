package io.github.qinglian;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A finding's message given as a rendering: made from the evidence on first use, once. */
class FindingMessageTest {

  @Test
  void theRenderingRunsOnFirstUseFromTheEvidenceAndIsKept() {
    AtomicInteger calls = new AtomicInteger();
    Finding f = Finding.newBuilder("TF.FREQUENCY", Decision.REVIEW)
        .evidence("count", 31)
        .message(ev -> {
          calls.incrementAndGet();
          Object count = ev.get("count");
          return LocalizedText.of("已运行 " + count + " 次", "ran " + count);
        })
        .build();
    assertThat(calls).hasValue(0);
    assertThat(f.message().zh()).isEqualTo("已运行 31 次");
    assertThat(f.message().en()).isEqualTo("ran 31");
    assertThat(calls).hasValue(1);
  }

  @Test
  void aFixedMessageWinsOverARendering() {
    Finding f = Finding.newBuilder("RX.ITEMS.MAX", Decision.BLOCK)
        .message(LocalizedText.of("药品超过5种", "more than 5 drugs"))
        .message(ev -> LocalizedText.of("x", "y"))
        .build();
    assertThat(f.message().en()).isEqualTo("more than 5 drugs");
  }

  @Test
  void aRenderingThatFailsLeavesTheRuleIdAsTheMessage() {
    Finding f = Finding.newBuilder("RX.ITEMS.MAX", Decision.BLOCK)
        .message(ev -> {
          throw new IllegalStateException("broken template");
        })
        .build();
    assertThat(f.message()).isEqualTo(LocalizedText.of("RX.ITEMS.MAX", "RX.ITEMS.MAX"));
  }

  @Test
  void findingsRenderedLazilyEqualTheSameFindingsRenderedAtOnce() {
    Finding lazy = Finding.newBuilder("RX.ITEMS.MAX", Decision.BLOCK).evidence("count", 6)
        .message(ev -> LocalizedText.of("药品" + ev.get("count") + "种", "6 drugs")).build();
    Finding eager = Finding.newBuilder("RX.ITEMS.MAX", Decision.BLOCK).evidence("count", 6)
        .message(LocalizedText.of("药品6种", "6 drugs")).build();
    assertThat(lazy).isEqualTo(eager).hasSameHashCodeAs(eager);
    assertThat(lazy.toString()).isEqualTo(eager.toString());
  }
}
