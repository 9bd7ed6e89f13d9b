package org.divcalc.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntervalAuditTest {
  private static BitSet cells(int... i) {
    BitSet b = new BitSet();
    for (int c : i) {
      b.set(c);
    }
    return b;
  }

  /** Cell 0 = cells 1 + 2 + 3, the total shown. */
  private static final List<CellSuppression.Constraint> SUM =
      List.of(new CellSuppression.Constraint(0, new int[] {1, 2, 3}));

  @Test
  void twoWithheldCellsOfAtLeastOneEachWhoseSumIsTwoAreOneEach() {
    long[] values = {2, 1, 1, 0};
    BitSet given =
        IntervalAudit.determined(values, SUM, cells(1, 2), new long[] {0, 1, 1, 0}, List.of());
    assertThat(given).isEqualTo(cells(1, 2));
  }

  @Test
  void withoutTheFloorsTheEquationAloneGivesNothingAway() {
    long[] values = {2, 1, 1, 0};
    assertThat(IntervalAudit.determined(values, SUM, cells(1, 2), new long[4], List.of()))
        .isEqualTo(new BitSet());
  }

  @Test
  void floorsThatLeaveRoomGiveNothingAway() {
    long[] values = {3, 1, 2, 0};
    assertThat(
            IntervalAudit.determined(values, SUM, cells(1, 2), new long[] {0, 1, 1, 0}, List.of()))
        .isEqualTo(new BitSet());
  }

  @Test
  void aCellAtMostAShownZeroIsZeroAndGivesItsPartnerAway() {
    // cell 0 (2, shown) = 1 + 2 + 3; cell 3 is at most cell 4 (0, shown)
    long[] values = {2, 2, 0, 0, 0};
    List<CellSuppression.Constraint> sum =
        List.of(new CellSuppression.Constraint(0, new int[] {1, 2, 3}));
    BitSet given =
        IntervalAudit.determined(
            values, sum, cells(1, 3), new long[5], List.<int[]>of(new int[] {3, 4}));
    assertThat(given).isEqualTo(cells(1, 3));
    assertThat(IntervalAudit.determined(values, sum, cells(1, 3), new long[5], List.of()))
        .isEqualTo(new BitSet());
  }

  @Test
  void boundsTravelThroughAChainOfEquations() {
    // 0 = 1 + 2 (shown 4); 2 = 3 + 4 (withheld); 3 and 4 at least 1 each, 1 at least 2
    long[] values = {4, 2, 2, 1, 1};
    List<CellSuppression.Constraint> chain =
        List.of(
            new CellSuppression.Constraint(0, new int[] {1, 2}),
            new CellSuppression.Constraint(2, new int[] {3, 4}));
    BitSet given =
        IntervalAudit.determined(
            values, chain, cells(1, 2, 3, 4), new long[] {0, 2, 0, 1, 1}, List.of());
    assertThat(given).isEqualTo(cells(1, 2, 3, 4));
  }
}
