package org.divcalc.domain;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Small-cell suppression for published tables: every count from 1 to {@code minCell − 1} is
 * suppressed (primary suppression), then further cells (complementary suppression) until no
 * additivity constraint of the table holds exactly one suppressed cell, so that no suppressed count
 * can be recovered by subtracting the cells shown from a total shown. Zeros are published.
 *
 * <p>Complementary cells are chosen greedily: in a constraint with one suppressed cell, the
 * smallest other cell (a part before the total, a non-zero cell before a zero) is suppressed, and
 * the pass repeats until nothing changes.
 */
public final class CellSuppression {
  /**
   * Up to this many withheld cells, the exact check against any combination of equations runs after
   * the greedy pass (it is cubic in the number of withheld cells); above it, as in a large
   * breakdown, the guarantee is the greedy one: no equation holds exactly one withheld cell.
   */
  public static final int EXACT_AUDIT_LIMIT = 300;

  private CellSuppression() {}

  /**
   * A linear constraint of the table: the cell {@code total} equals the sum of the cells {@code
   * parts}.
   *
   * @param total index of the total cell
   * @param parts indices of the cells that add up to it
   */
  public record Constraint(int total, int[] parts) {
    public Constraint {
      parts = parts.clone();
    }

    /** The parts (a copy). */
    @Override
    public int[] parts() {
      return parts.clone();
    }
  }

  /**
   * The cells to suppress.
   *
   * @param values the counts, by cell index
   * @param constraints the table's additivity constraints
   * @param minCell the smallest count that may be published; 0 or 1 suppress nothing
   */
  public static BitSet suppress(long[] values, List<Constraint> constraints, int minCell) {
    return suppress(values, constraints, minCell, new BitSet());
  }

  /**
   * The cells to suppress, never one of {@code pinned}: cells the report prints elsewhere whatever
   * happens (a population total), which a reader can therefore always use in an equation.
   *
   * @param values the counts, by cell index
   * @param constraints the table's additivity constraints
   * @param minCell the smallest count that may be published; 0 or 1 suppress nothing
   * @param pinned cells that are always published; none of them may fall below minCell
   */
  public static BitSet suppress(
      long[] values, List<Constraint> constraints, int minCell, BitSet pinned) {
    return suppress(values, constraints, minCell, pinned, new BitSet());
  }

  /**
   * The same, with {@code forced} withheld from the start, as complements chosen by the caller
   * (against an inference the constraints do not express, such as a lower bound).
   *
   * @param forced cells to withhold whatever their value; none of them pinned
   */
  public static BitSet suppress(
      long[] values, List<Constraint> constraints, int minCell, BitSet pinned, BitSet forced) {
    BitSet suppressed = new BitSet(values.length);
    if (minCell <= 1) {
      return suppressed;
    }
    suppressed.or(forced);
    for (int i = 0; i < values.length; i++) {
      if (values[i] > 0 && values[i] < minCell && !pinned.get(i)) {
        suppressed.set(i);
      }
    }
    while (true) {
      boolean changed = false;
      for (Constraint c : constraints) {
        if (count(c, suppressed) == 1) {
          int pick = complement(c, values, suppressed, pinned);
          if (pick >= 0) {
            suppressed.set(pick);
            changed = true;
          }
        }
      }
      if (changed) {
        continue;
      }
      if (suppressed.cardinality() > EXACT_AUDIT_LIMIT) {
        return suppressed;
      }
      BitSet exposed = recoverable(values.length, constraints, suppressed);
      if (exposed.isEmpty()) {
        return suppressed;
      }
      if (!protect(exposed, constraints, values, suppressed, pinned)) {
        return suppressed;
      }
    }
  }

  /**
   * {@link #suppress}, then, while the equations together with the bounds a reader knows still give
   * a withheld count from 1 to minCell − 1 away ({@link IntervalAudit}; then, up to {@link
   * #EXACT_AUDIT_LIMIT} withheld cells, {@link IntegerAudit}: whole numbers), one more complement
   * in an equation or inequality that holds it, until none is left to withhold.
   *
   * @param floors the least value a reader knows each cell has (0: counts are not negative)
   * @param atMost pairs {a, b}: the reader knows that cell a is at most cell b
   * @param withheld cells to withhold from the start whatever their value (cells another table of
   *     the same report withholds)
   */
  public static BitSet suppressBounded(
      long[] v,
      List<Constraint> constraints,
      int minCell,
      BitSet pinned,
      long[] floors,
      List<int[]> atMost,
      BitSet withheld) {
    BitSet forced = (BitSet) withheld.clone();
    while (true) {
      BitSet s = suppress(v, constraints, minCell, pinned, forced);
      BitSet given = IntervalAudit.determined(v, constraints, s, floors, atMost);
      int pick = -1;
      for (int cell = given.nextSetBit(0);
          cell >= 0 && pick < 0;
          cell = given.nextSetBit(cell + 1)) {
        if (v[cell] > 0 && v[cell] < minCell) {
          pick = complementNear(cell, v, constraints, atMost, s, pinned);
        }
      }
      if (pick < 0 && s.cardinality() <= EXACT_AUDIT_LIMIT) {
        IntegerAudit exact = new IntegerAudit(v, constraints, s, floors, atMost);
        for (int cell = s.nextSetBit(0); cell >= 0 && pick < 0; cell = s.nextSetBit(cell + 1)) {
          if (v[cell] > 0 && v[cell] < minCell && !given.get(cell) && exact.pinned(cell)) {
            pick = complementNear(cell, v, constraints, atMost, s, pinned);
          }
        }
      }
      if (pick < 0) {
        return s;
      }
      forced.set(pick);
    }
  }

  /**
   * A cell shown beside {@code cell} in one of its equations or inequalities, to withhold with it:
   * a non-zero one before a zero, the smallest first; -1 when there is none.
   */
  private static int complementNear(
      int cell,
      long[] v,
      List<Constraint> constraints,
      List<int[]> atMost,
      BitSet withheld,
      BitSet pinned) {
    List<Integer> near = new ArrayList<>();
    for (Constraint c : constraints) {
      int[] parts = c.parts();
      boolean holds = c.total() == cell;
      for (int p : parts) {
        holds |= p == cell;
      }
      if (holds) {
        near.add(c.total());
        for (int p : parts) {
          near.add(p);
        }
      }
    }
    for (int[] pair : atMost) {
      if (pair[0] == cell || pair[1] == cell) {
        near.add(pair[0]);
        near.add(pair[1]);
      }
    }
    int best = -1;
    for (int candidate : near) {
      if (withheld.get(candidate) || pinned.get(candidate)) {
        continue;
      }
      if (best < 0
          || (v[candidate] != 0 && v[best] == 0)
          || ((v[candidate] == 0) == (v[best] == 0) && v[candidate] < v[best])) {
        best = candidate;
      }
    }
    return best;
  }

  /**
   * The withheld counts from 1 to minCell − 1 that a reader can still work out: from any
   * combination of the equations, or from the equations together with the bounds he knows and the
   * fact that counts are whole numbers (those two when few enough cells are withheld to check them
   * all), or from the bounds narrowed through the equations.
   */
  public static BitSet exposed(
      long[] v,
      List<Constraint> constraints,
      BitSet s,
      long[] floors,
      List<int[]> atMost,
      int minCell) {
    return small(determined(v, constraints, s, floors, atMost, minCell), v, minCell);
  }

  /** The cells of {@code cells} whose count is from 1 to minCell − 1. */
  public static BitSet small(BitSet cells, long[] v, int minCell) {
    BitSet small = new BitSet();
    for (int i = cells.nextSetBit(0); i >= 0; i = cells.nextSetBit(i + 1)) {
      if (v[i] > 0 && v[i] < minCell) {
        small.set(i);
      }
    }
    return small;
  }

  /**
   * The withheld cells a reader can work out, a zero too, as {@link #exposed} finds them; the
   * whole-number search runs on the counts below {@code minCell} only (zeros and small counts).
   */
  public static BitSet determined(
      long[] v,
      List<Constraint> constraints,
      BitSet s,
      long[] floors,
      List<int[]> atMost,
      int minCell) {
    boolean exact = s.cardinality() <= EXACT_AUDIT_LIMIT;
    BitSet given = exact ? recoverable(v.length, constraints, s) : new BitSet();
    given.or(IntervalAudit.determined(v, constraints, s, floors, atMost));
    if (exact) {
      IntegerAudit whole = new IntegerAudit(v, constraints, s, floors, atMost);
      for (int i = s.nextSetBit(0); i >= 0; i = s.nextSetBit(i + 1)) {
        if (!given.get(i) && v[i] < minCell && whole.pinned(i)) {
          given.set(i);
        }
      }
    }
    return given;
  }

  /**
   * Suppresses one more cell: in a constraint that holds an exposed cell when one still shows a
   * cell, else the smallest shown cell of any constraint that mixes shown and suppressed cells (the
   * exposure then comes through a chain of equations). False when nothing is left to suppress.
   */
  private static boolean protect(
      BitSet exposed,
      List<Constraint> constraints,
      long[] values,
      BitSet suppressed,
      BitSet pinned) {
    for (int cell = exposed.nextSetBit(0); cell >= 0; cell = exposed.nextSetBit(cell + 1)) {
      for (Constraint c : constraints) {
        if (contains(c, cell)) {
          int pick = complement(c, values, suppressed, pinned);
          if (pick >= 0) {
            suppressed.set(pick);
            return true;
          }
        }
      }
    }
    int best = -1;
    for (Constraint c : constraints) {
      if (count(c, suppressed) > 0) {
        int pick = complement(c, values, suppressed, pinned);
        if (pick >= 0 && better(pick, best, values)) {
          best = pick;
        }
      }
    }
    if (best < 0) {
      return false;
    }
    suppressed.set(best);
    return true;
  }

  private static boolean contains(Constraint c, int cell) {
    if (c.total == cell) {
      return true;
    }
    for (int p : c.parts) {
      if (p == cell) {
        return true;
      }
    }
    return false;
  }

  /**
   * The suppressed cells whose value follows from the cells shown through the constraints (any
   * linear combination of them, not only one subtraction): those whose unit vector lies in the row
   * space of the constraint matrix restricted to the suppressed cells.
   */
  public static BitSet recoverable(int cells, List<Constraint> constraints, BitSet suppressed) {
    int[] column = new int[cells];
    java.util.Arrays.fill(column, -1);
    int unknowns = 0;
    for (int i = suppressed.nextSetBit(0); i >= 0; i = suppressed.nextSetBit(i + 1)) {
      column[i] = unknowns++;
    }
    List<long[]> matrix = new java.util.ArrayList<>();
    for (Constraint c : constraints) {
      long[] row = new long[unknowns];
      boolean any = false;
      if (column[c.total] >= 0) {
        row[column[c.total]] += 1;
        any = true;
      }
      for (int p : c.parts) {
        if (column[p] >= 0) {
          row[column[p]] -= 1;
          any = true;
        }
      }
      if (any) {
        matrix.add(row);
      }
    }
    BitSet exposed = new BitSet(cells);
    for (int unit : RowSpace.unitVectors(matrix, unknowns)) {
      for (int i = 0; i < cells; i++) {
        if (column[i] == unit) {
          exposed.set(i);
        }
      }
    }
    return exposed;
  }

  /** How many cells of a constraint (its total included) are suppressed. */
  public static int count(Constraint c, BitSet suppressed) {
    int n = suppressed.get(c.total) ? 1 : 0;
    for (int p : c.parts) {
      n += suppressed.get(p) ? 1 : 0;
    }
    return n;
  }

  private static int complement(Constraint c, long[] values, BitSet suppressed, BitSet pinned) {
    int best = -1;
    for (int p : c.parts) {
      if (!suppressed.get(p) && !pinned.get(p) && better(p, best, values)) {
        best = p;
      }
    }
    if (best < 0 && !suppressed.get(c.total) && !pinned.get(c.total)) {
      best = c.total;
    }
    return best;
  }

  /** Non-zero before zero, then smaller before larger, then the earlier cell. */
  private static boolean better(int candidate, int best, long[] values) {
    if (best < 0) {
      return true;
    }
    long a = values[candidate];
    long b = values[best];
    if ((a == 0) != (b == 0)) {
      return a != 0;
    }
    return a < b;
  }
}
