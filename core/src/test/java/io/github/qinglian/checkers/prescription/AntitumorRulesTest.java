package io.github.qinglian.checkers.prescription;

import static io.github.qinglian.checkers.prescription.Rx.DOC;
import static io.github.qinglian.checkers.prescription.Rx.ISSUED;
import static io.github.qinglian.checkers.prescription.Rx.antitumor;
import static io.github.qinglian.checkers.prescription.Rx.assertDecision;
import static io.github.qinglian.checkers.prescription.Rx.check;
import static io.github.qinglian.checkers.prescription.Rx.item;
import static io.github.qinglian.checkers.prescription.Rx.onlyRules;
import static io.github.qinglian.checkers.prescription.Rx.physician;
import static io.github.qinglian.checkers.prescription.Rx.plain;
import static io.github.qinglian.checkers.prescription.Rx.rx;
import static io.github.qinglian.checkers.prescription.Rx.single;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.qinglian.Decision;
import io.github.qinglian.Finding;
import io.github.qinglian.Verdict;
import io.github.qinglian.model.AntitumorTier;
import io.github.qinglian.model.EmergencyOverride;
import io.github.qinglian.model.Practitioner;
import io.github.qinglian.model.Setting;
import io.github.qinglian.model.Title;
import io.github.qinglian.testing.TestEngine;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** RX.ANTITUMOR.TIER: the lower of the granted antitumor privilege and what the title allows. */
class AntitumorRulesTest {
  private static final String TIER = "RX.ANTITUMOR.TIER";

  private static TestEngine engineWith(Practitioner prescriber) {
    return TestEngine.newBuilder()
        .practitioner(prescriber)
        .drug(antitumor("AT-G", AntitumorTier.GENERAL),
            antitumor("AT-R", AntitumorTier.RESTRICTED),
            plain("ORAL"));
  }

  /** (who, prescriber, the highest tier allowed: NONE allows neither). */
  static Stream<Arguments> effectiveTiers() {
    return Stream.of(
        Arguments.of("senior, granted restricted", physician(DOC).build(), AntitumorTier.RESTRICTED),
        Arguments.of("senior, granted general", physician(DOC)
            .antitumorPrivilege(AntitumorTier.GENERAL).build(), AntitumorTier.GENERAL),
        Arguments.of("senior, granted none", physician(DOC)
            .antitumorPrivilege(AntitumorTier.NONE).build(), AntitumorTier.NONE),
        Arguments.of("intermediate, granted restricted", physician(DOC).title(Title.INTERMEDIATE)
            .build(), AntitumorTier.GENERAL),
        Arguments.of("junior, granted restricted", physician(DOC).title(Title.JUNIOR).build(),
            AntitumorTier.NONE),
        Arguments.of("no title, granted restricted", physician(DOC).title(Title.NONE).build(),
            AntitumorTier.NONE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("effectiveTiers")
  void antitumorDrugAtOrBelowTheEffectiveTierIsAllowedAndAboveItBlocks(
      String who, Practitioner prescriber, AntitumorTier allowed) {
    TestEngine engine = engineWith(prescriber);
    for (AntitumorTier tier : new AntitumorTier[] {AntitumorTier.GENERAL, AntitumorTier.RESTRICTED}) {
      String code = tier == AntitumorTier.GENERAL ? "AT-G" : "AT-R";
      Verdict v = check(engine, rx(item("ORAL"), item(code)).build());
      if (tier.compareTo(allowed) > 0) {
        Finding f = single(v, TIER);
        assertThat(f.item()).isEqualTo(1);
        assertThat(f.evidence())
            .containsEntry("drugCode", code)
            .containsEntry("drugTier", tier.name())
            .containsEntry("prescriberTier", allowed.name())
            .containsEntry("tierHolderId", DOC);
        onlyRules(v, TIER);
        assertDecision(v, Decision.BLOCK);
      } else {
        assertThat(v.findings()).as("%s for %s", v, tier).isEmpty();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Setting.class)
  void antitumorTierAppliesInEverySetting(Setting setting) {
    TestEngine engine = engineWith(physician(DOC).title(Title.INTERMEDIATE).build());
    single(check(engine, rx(setting, item("AT-R")).build()), TIER);
    assertThat(check(engine, rx(setting, item("AT-G")).build()).findings()).isEmpty();
  }

  @Test
  void emergencyOverrideDoesNotLiftTheAntitumorTier() {
    TestEngine engine = engineWith(physician(DOC).title(Title.INTERMEDIATE).build());
    Verdict v = check(engine, rx(Setting.INPATIENT, item("AT-R"))
        .emergencyOverride(EmergencyOverride.of("抢救", ISSUED, ISSUED.plus(Duration.ofHours(1))))
        .build());
    single(v, TIER, Decision.BLOCK);
    assertDecision(v, Decision.BLOCK);
  }

  @Test
  void policySeverityForAntitumorTierIsApplied() {
    TestEngine engine = engineWith(physician(DOC).title(Title.JUNIOR).build())
        .policy(Rx.severity(TIER, Decision.REVIEW));
    Verdict v = check(engine, rx(item("AT-G")).build());
    single(v, TIER, Decision.REVIEW);
    assertDecision(v, Decision.REVIEW);
  }

  @Test
  void disablingAntitumorTierRemovesTheFinding() {
    TestEngine engine = engineWith(physician(DOC).title(Title.JUNIOR).build())
        .policy(Rx.disabled(TIER));
    assertThat(check(engine, rx(item("AT-R")).build()).findings()).isEmpty();
  }
}
