package io.github.qinglian.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.qinglian.Decision;
import io.github.qinglian.Verdict;
import io.github.qinglian.model.VisitStage;
import io.github.qinglian.testing.VisitFixtures;
import org.junit.jupiter.api.Test;

/** A ledger entry derives from a checked visit at each stage. */
class LedgerEntryOfVisitTest {
  @Test
  void anEntryDerivesFromACheckedVisit() {
    Verdict v = Verdict.allow("p");
    LedgerEntry in = LedgerEntry.of(LedgerEntry.Type.CHECK_IN,
        VisitFixtures.visit(VisitStage.CHECK_IN).build(), v);
    assertThat(in.at()).isEqualTo(VisitFixtures.instant("2026-11-24T14:10:00+08:00"));
    assertThat(in.hostIds()).isEqualTo(VisitFixtures.RECEIVERS);
    assertThat(in.decision()).isEqualTo(Decision.ALLOW);
    LedgerEntry ap = LedgerEntry.of(LedgerEntry.Type.APPOINTMENT,
        VisitFixtures.visit(VisitStage.APPOINTMENT).build(), null);
    assertThat(ap.at()).isEqualTo(VisitFixtures.instant("2026-11-20T16:00:00+08:00"));
    assertThat(ap.approvers()).isEqualTo(VisitFixtures.APPROVERS);
    LedgerEntry rec = LedgerEntry.of(LedgerEntry.Type.RECORD,
        VisitFixtures.visit(VisitStage.CLOSE).build(), null);
    assertThat(rec.topic()).isEqualTo(VisitFixtures.record().topic());
    assertThatThrownBy(() -> LedgerEntry.of(LedgerEntry.Type.CHECK_OUT,
        VisitFixtures.visit(VisitStage.CHECK_IN).build(), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no instant for its CHECK_OUT entry");
  }

}
