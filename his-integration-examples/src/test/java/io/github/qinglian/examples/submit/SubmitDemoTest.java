package io.github.qinglian.examples.submit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.qinglian.testing.FixedClock;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/** Runs the demo on the bundled sample hospital (tests run from the repository root). */
class SubmitDemoTest {
  @Test
  void mainRunsWithoutThrowing() {
    assertThatCode(() -> SubmitDemo.main(new String[0])).doesNotThrowAnyException();
  }

  @Test
  void eachPrescriptionMeetsItsOutcome() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    SubmitDemo.run(Paths.get("docs/samples/hospital"), FixedClock.standard(), out);

    String text = bytes.toString(StandardCharsets.UTF_8);
    assertThat(text)
        .contains("RX-D01  ACCEPTED\n")
        .contains("RX-D02  ACCEPTED_WITH_WARNING\n")
        .contains("RX-D03  PENDING_REVIEW\n")
        .contains("RX-D04  PENDING_REVIEW\n")
        .contains("RX-D05  REFUSED\n")
        .contains("[RX.ITEMS.MAX]")
        .contains("PH01 approves RX-D03: Prescription RX-D03 accepted")
        .contains("Stored for the pharmacy: RX-D01 RX-D02 RX-D03\n")
        .doesNotContain("P-10");
  }
}
