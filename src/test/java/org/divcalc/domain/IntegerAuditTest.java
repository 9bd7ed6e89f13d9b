package org.divcalc.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class IntegerAuditTest {
  private static BitSet cells(int... i) {
    BitSet b = new BitSet();
    for (int c : i) {
      b.set(c);
    }
    return b;
  }

  private static List<CellSuppression.Constraint> eqs(int[]... rows) {
    List<CellSuppression.Constraint> out = new ArrayList<>();
    for (int[] r : rows) {
      out.add(new CellSuppression.Constraint(r[0], java.util.Arrays.copyOfRange(r, 1, r.length)));
    }
    return out;
  }

  /**
   * A 2 × 2 table with its row, column and grand totals shown and the four counts withheld: a + b =
   * 1, c + d = 1, a + c = 1, b + d = 1 has two whole solutions (a = d = 1, or b = c = 1).
   */
  @Test
  void twoWaysToFillATableGiveNothingAway() {
    // cells: 0 a, 1 b, 2 c, 3 d, 4 row1, 5 row2, 6 col1, 7 col2, 8 grand
    long[] v = {1, 0, 0, 1, 1, 1, 1, 1, 2};
    List<CellSuppression.Constraint> c =
        eqs(new int[] {4, 0, 1}, new int[] {5, 2, 3}, new int[] {6, 0, 2}, new int[] {7, 1, 3});
    IntegerAudit audit = new IntegerAudit(v, c, cells(0, 1, 2, 3), new long[9], List.of());
    for (int cell = 0; cell < 4; cell++) {
      assertThat(audit.pinned(cell)).as("cell %d", cell).isFalse();
    }
  }

  /**
   * The same table where the reader also knows that a is at least 1 (a State with a status): then a
   * = d = 1 and b = c = 0, which no interval shows on its own until a is fixed.
   */
  @Test
  void aFloorOnOneCellFixesTheWholeTable() {
    long[] v = {1, 0, 0, 1, 1, 1, 1, 1, 2};
    List<CellSuppression.Constraint> c =
        eqs(new int[] {4, 0, 1}, new int[] {5, 2, 3}, new int[] {6, 0, 2}, new int[] {7, 1, 3});
    long[] floors = new long[9];
    floors[0] = 1;
    IntegerAudit audit = new IntegerAudit(v, c, cells(0, 1, 2, 3), floors, List.of());
    for (int cell = 0; cell < 4; cell++) {
      assertThat(audit.pinned(cell)).as("cell %d", cell).isTrue();
    }
  }

  /**
   * Independent check: on random tables (three groups' 2 × 3 tables with row, column and grand
   * totals, and the overall table their sum, cell by cell: a three-way table, where whole numbers
   * matter), the audit agrees with plain enumeration of every whole-number assignment to the
   * withheld cells ({@link GenderSuppressionIntegerTest} has a table where whole numbers give away
   * what neither the bounds nor the equations alone do).
   */
  @Test
  void agreesWithEnumerationOnRandomTables() {
    Random random = new Random(20261123);
    int groups = 3;
    int rows = 2;
    int cols = 3;
    int per = rows * cols + rows + cols + 1;
    int n = per * (groups + 1);
    int pinnedCells = 0;
    for (int trial = 0; trial < 400; trial++) {
      long[] v = new long[n];
      List<CellSuppression.Constraint> c = new ArrayList<>();
      for (int t = 0; t <= groups; t++) {
        int b = t * per;
        int rowTotal = b + rows * cols;
        int colTotal = rowTotal + rows;
        int grand = colTotal + cols;
        for (int r = 0; r < rows; r++) {
          int[] parts = new int[cols];
          for (int k = 0; k < cols; k++) {
            parts[k] = b + r * cols + k;
            if (t < groups) {
              v[parts[k]] = random.nextInt(4) == 0 ? random.nextInt(3) : 0;
            }
          }
          c.add(new CellSuppression.Constraint(rowTotal + r, parts));
        }
        for (int k = 0; k < cols; k++) {
          int[] parts = new int[rows];
          for (int r = 0; r < rows; r++) {
            parts[r] = b + r * cols + k;
          }
          c.add(new CellSuppression.Constraint(colTotal + k, parts));
        }
        int[] rowCells = new int[rows];
        for (int r = 0; r < rows; r++) {
          rowCells[r] = rowTotal + r;
        }
        c.add(new CellSuppression.Constraint(grand, rowCells));
      }
      for (int k = 0; k < per; k++) {
        int[] parts = new int[groups];
        for (int g = 0; g < groups; g++) {
          parts[g] = g * per + k;
        }
        c.add(new CellSuppression.Constraint(groups * per + k, parts));
      }
      // the totals follow from the counts: overall counts first, then every total, innermost first
      for (int k = 0; k < rows * cols; k++) {
        for (int g = 0; g < groups; g++) {
          v[groups * per + k] += v[g * per + k];
        }
      }
      for (CellSuppression.Constraint e : c) {
        if (e.total() % per >= rows * cols && e.total() % per < per - 1) {
          long sum = 0;
          for (int p : e.parts()) {
            sum += v[p];
          }
          v[e.total()] = sum;
        }
      }
      for (CellSuppression.Constraint e : c) {
        if (e.total() % per == per - 1) {
          long sum = 0;
          for (int p : e.parts()) {
            sum += v[p];
          }
          v[e.total()] = sum;
        }
      }
      BitSet withheld;
      if (random.nextBoolean()) {
        // as a report withholds: small counts and their complements, the grand total shown
        withheld = CellSuppression.suppress(v, c, 2 + random.nextInt(2), cells(n - 1));
      } else {
        withheld = new BitSet();
        int size = 4 + random.nextInt(6);
        while (withheld.cardinality() < size) {
          // mostly the groups' counts, sometimes a total; never the overall grand total
          int cell = random.nextInt(n - 1);
          if (cell % per < rows * cols || random.nextInt(4) == 0) {
            withheld.set(cell);
          }
        }
      }
      if (withheld.cardinality() > 12) {
        continue;
      }
      long[] floors = new long[n];
      for (int i = withheld.nextSetBit(0); i >= 0; i = withheld.nextSetBit(i + 1)) {
        if (v[i] > 0 && random.nextInt(4) == 0) {
          floors[i] = 1;
        }
      }
      // what a reader knows besides the equations, as in the regional tables: some count is at
      // most another (geographical staff among staff), true of the counts
      List<int[]> atMost = new ArrayList<>();
      for (int k = 0; k < 4; k++) {
        int a = random.nextInt(n);
        int b = random.nextInt(n);
        if (a != b && v[a] <= v[b] && (withheld.get(a) || withheld.get(b))) {
          atMost.add(new int[] {a, b});
        }
      }
      long cap = 0;
      for (int i = 0; i < n; i++) {
        if (!withheld.get(i)) {
          cap = Math.max(cap, v[i]);
        }
      }
      List<TreeSet<Long>> seen = enumerate(v, c, withheld, floors, atMost, cap);
      IntegerAudit audit = new IntegerAudit(v, c, withheld, floors, atMost);
      int k = 0;
      for (int i = withheld.nextSetBit(0); i >= 0; i = withheld.nextSetBit(i + 1), k++) {
        boolean single = seen.get(k).size() == 1;
        assertThat(seen.get(k))
            .as("trial %d cell %d: the truth is a solution", trial, i)
            .contains(v[i]);
        assertThat(audit.pinned(i))
            .as("trial %d cell %d: %s", trial, i, seen.get(k))
            .isEqualTo(single);
        if (single) {
          pinnedCells++;
        }
      }
      assertThat(audit.unfinished()).isZero();
    }
    assertThat(pinnedCells).isGreaterThan(100);
  }

  /**
   * Each withheld cell's values over every assignment of whole numbers from its floor to {@code
   * cap} that satisfies every equation and inequality (each checked as soon as its cells have
   * values).
   */
  private static List<TreeSet<Long>> enumerate(
      long[] v,
      List<CellSuppression.Constraint> c,
      BitSet withheld,
      long[] floors,
      List<int[]> atMost,
      long cap) {
    int[] free = withheld.stream().toArray();
    int[] position = new int[v.length];
    java.util.Arrays.fill(position, -1);
    for (int i = 0; i < free.length; i++) {
      position[free[i]] = i;
    }
    // checks[k]: the equations (and inequalities, as {a, b, -1}) whose last free cell is free[k]
    List<List<int[]>> checks = new ArrayList<>();
    for (int i = 0; i <= free.length; i++) {
      checks.add(new ArrayList<>());
    }
    for (CellSuppression.Constraint e : c) {
      int[] parts = e.parts();
      int[] row = new int[parts.length + 1];
      row[0] = e.total();
      System.arraycopy(parts, 0, row, 1, parts.length);
      int last = -1;
      for (int cell : row) {
        last = Math.max(last, position[cell]);
      }
      checks.get(last + 1).add(row);
    }
    for (int[] pair : atMost) {
      int last = Math.max(position[pair[0]], position[pair[1]]);
      checks.get(last + 1).add(new int[] {pair[0], pair[1], -1});
    }
    List<TreeSet<Long>> seen = new ArrayList<>();
    for (int i = 0; i < free.length; i++) {
      seen.add(new TreeSet<>());
    }
    long[] x = v.clone();
    if (holds(checks.get(0), x)) {
      assign(0, free, x, checks, floors, cap, seen);
    }
    return seen;
  }

  private static boolean holds(List<int[]> rows, long[] x) {
    for (int[] row : rows) {
      if (row.length == 3 && row[2] == -1) {
        if (x[row[0]] > x[row[1]]) {
          return false;
        }
        continue;
      }
      long sum = 0;
      for (int i = 1; i < row.length; i++) {
        sum += x[row[i]];
      }
      if (sum != x[row[0]]) {
        return false;
      }
    }
    return true;
  }

  private static void assign(
      int k,
      int[] free,
      long[] x,
      List<List<int[]>> checks,
      long[] floors,
      long cap,
      List<TreeSet<Long>> seen) {
    if (k == free.length) {
      for (int i = 0; i < free.length; i++) {
        seen.get(i).add(x[free[i]]);
      }
      return;
    }
    for (long value = floors[free[k]]; value <= cap; value++) {
      x[free[k]] = value;
      if (holds(checks.get(k + 1), x)) {
        assign(k + 1, free, x, checks, floors, cap, seen);
      }
    }
  }
}
