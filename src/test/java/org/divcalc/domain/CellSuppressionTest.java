package org.divcalc.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CellSuppressionTest {
  /**
   * A 2 x 2 table with margins, cells numbered:
   *
   * <pre>
   *   a=0  b=1 | r0=4
   *   c=2  d=3 | r1=5
   *   ---------+-----
   *   c0=6 c1=7| t=8
   * </pre>
   */
  private static final List<CellSuppression.Constraint> TWO_BY_TWO =
      List.of(
          new CellSuppression.Constraint(4, new int[] {0, 1}),
          new CellSuppression.Constraint(5, new int[] {2, 3}),
          new CellSuppression.Constraint(6, new int[] {0, 2}),
          new CellSuppression.Constraint(7, new int[] {1, 3}),
          new CellSuppression.Constraint(8, new int[] {4, 5}),
          new CellSuppression.Constraint(8, new int[] {6, 7}));

  @Test
  void aSingleSmallCellTakesItsRowAndColumnPartnersAndTheOppositeCell() {
    long[] values = {2, 10, 20, 30, 12, 50, 22, 40, 62};
    BitSet s = CellSuppression.suppress(values, TWO_BY_TWO, 5);
    // a is primary; b (its row partner) and c (its column partner) follow, then d to protect
    // b and c in their own column and row: the classic rectangle.
    assertThat(s.stream().boxed().toList()).containsExactly(0, 1, 2, 3);
    for (CellSuppression.Constraint c : TWO_BY_TWO) {
      assertThat(CellSuppression.count(c, s)).isNotEqualTo(1);
    }
    assertThat(CellSuppression.recoverable(values.length, TWO_BY_TWO, s).isEmpty()).isTrue();
  }

  @Test
  void aCellDeterminedByACombinationOfEquationsIsFound() {
    // Suppress a, b and the row total r0: row 0 has three unknowns, but column 0 gives a
    // (c and c0 shown) and column 1 gives b, so all three are recoverable.
    BitSet s = new BitSet();
    s.set(0);
    s.set(1);
    s.set(4);
    assertThat(CellSuppression.recoverable(9, TWO_BY_TWO, s).stream().boxed().toList())
        .containsExactly(0, 1, 4);
  }

  @Test
  void aPinnedCellIsNeverWithheldEvenWhenItIsTheCheapestOrSmall() {
    // cells: 0 = subject (pinned, printed elsewhere), 1 = nationals, 2 = outside;
    // subject = nationals + outside
    List<CellSuppression.Constraint> eq =
        List.of(new CellSuppression.Constraint(0, new int[] {1, 2}));
    BitSet pinned = new BitSet();
    pinned.set(0);
    // outside (1) is small: its partner must be nationals, not the total
    assertThat(CellSuppression.suppress(new long[] {5, 4, 1}, eq, 3, pinned).stream().boxed())
        .containsExactly(1, 2);
    // unpinned, the total would do as well as any part once the parts are taken
    List<CellSuppression.Constraint> chain =
        List.of(
            new CellSuppression.Constraint(0, new int[] {1, 2}),
            new CellSuppression.Constraint(3, new int[] {0, 4}));
    BitSet noTotal = new BitSet();
    noTotal.set(0);
    BitSet s = CellSuppression.suppress(new long[] {3, 1, 2, 13, 10}, chain, 3, noTotal);
    assertThat(s.get(0)).as(s.toString()).isFalse();
    // a pinned total below the threshold is printed anyway, so it is no primary cell; the small
    // part is, and the zero beside it becomes its partner
    assertThat(CellSuppression.suppress(new long[] {2, 2, 0}, eq, 3, pinned).stream().boxed())
        .containsExactly(1, 2);
  }

  @Test
  void zerosAndCountsAtTheThresholdArePublished() {
    long[] values = {0, 5, 20, 30, 5, 50, 20, 35, 55};
    assertThat(CellSuppression.suppress(values, TWO_BY_TWO, 5).isEmpty()).isTrue();
    assertThat(CellSuppression.suppress(new long[] {1, 2, 3}, List.of(), 1).isEmpty()).isTrue();
  }

  /**
   * An attacker independent of the code under test: solve every equation with exactly one unknown,
   * repeatedly, and report the suppressed cells it learns.
   */
  static Set<Integer> attack(long[] values, List<CellSuppression.Constraint> cs, BitSet hidden) {
    Set<Integer> known = new java.util.HashSet<>();
    boolean progress = true;
    while (progress) {
      progress = false;
      for (CellSuppression.Constraint c : cs) {
        List<Integer> cells = new ArrayList<>();
        cells.add(c.total());
        for (int p : c.parts()) {
          cells.add(p);
        }
        List<Integer> unknown =
            cells.stream().filter(i -> hidden.get(i) && !known.contains(i)).toList();
        if (unknown.size() == 1) {
          known.add(unknown.get(0));
          progress = true;
        }
      }
    }
    return known;
  }

  @Test
  void onTheSampleGenderTableNoWithheldCountCanBeWorkedOut() {
    GradeScale scale = GradeScale.unCommonSystem();
    // Counts of the sample roster's first grades (women, men, other, not recorded).
    GenderTally tally = new GenderTally(scale);
    long[][] counts = {
      {6, 7, 0, 1},
      {9, 12, 0, 1},
      {18, 42, 0, 0},
      {59, 108, 1, 2},
      {190, 281, 3, 1},
      {306, 372, 2, 10},
      {8, 5, 0, 1},
      {84, 60, 0, 1},
      {20, 20, 0, 0}
    };
    String[] grades = {"USG", "ASG", "D-2", "D-1", "P-5", "P-4", "P-1", "G-7", "G-1"};
    Sex[] sexes = {Sex.FEMALE, Sex.MALE, Sex.OTHER, Sex.NOT_RECORDED};
    for (int g = 0; g < grades.length; g++) {
      for (int x = 0; x < 4; x++) {
        for (int i = 0; i < counts[g][x]; i++) {
          tally.add(
              new StaffMember(
                  2,
                  sexes[x],
                  scale.byCode(grades[g]).orElseThrow(),
                  Nationality.UNKNOWN,
                  "",
                  "",
                  "",
                  null,
                  h -> ""));
        }
      }
    }
    List<GenderRow> rows = tally.rows();
    for (int minCell : new int[] {3, 5, 10, 50}) {
      Map<String, Set<GenderSuppression.Cell>> out =
          GenderSuppression.suppress(rows, scale, minCell);
      Map<String, Integer> index = new java.util.HashMap<>();
      long[] values = new long[rows.size() * 5];
      BitSet hidden = new BitSet();
      for (int r = 0; r < rows.size(); r++) {
        index.put(rows.get(r).key(), r);
        GenderCount c = rows.get(r).count();
        long[] v = {c.women(), c.men(), c.other(), c.notRecorded(), c.total()};
        for (int x = 0; x < 5; x++) {
          values[r * 5 + x] = v[x];
          if (v[x] > 0 && v[x] < minCell) {
            assertThat(out.get(rows.get(r).key()))
                .as("primary cell %s/%d at --min-cell %d", rows.get(r).key(), x, minCell)
                .contains(GenderSuppression.Cell.values()[x]);
          }
        }
        for (GenderSuppression.Cell cell : out.getOrDefault(rows.get(r).key(), Set.of())) {
          hidden.set(r * 5 + cell.ordinal());
        }
      }
      List<CellSuppression.Constraint> cs = GenderSuppression.constraints(rows, scale, index);
      assertThat(attack(values, cs, hidden)).as("--min-cell %d", minCell).isEmpty();
      assertThat(CellSuppression.recoverable(values.length, cs, hidden).isEmpty()).isTrue();
    }
  }
}
