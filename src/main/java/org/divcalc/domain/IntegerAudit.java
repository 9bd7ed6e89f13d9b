package org.divcalc.domain;

import java.util.BitSet;
import java.util.List;

/**
 * What a reader who solves the whole integer programme can pin down: a withheld count is given away
 * when every assignment of whole, non-negative numbers to the withheld cells that agrees with the
 * cells shown, the equations and the bounds the reader knows ({@link IntervalAudit}) gives it the
 * same value. {@link IntervalAudit} narrows intervals, which is sound but not complete: in a
 * breakdown, zeros and totals of several groups together can leave a count one value that no single
 * interval shows (session 5's attack found eight such 1s in a table of 20 staff).
 *
 * <p>For each cell it asks for another solution with the cell at a value other than its own
 * (nearest first), by a depth-first search that fixes the withheld cell with the fewest values
 * left, trying the true value first, and narrows every interval after each choice. A cell is given
 * away when no such solution exists. The search runs over the cell's part of the table only: the
 * withheld cells linked to it through equations and inequalities that hold withheld cells (the
 * other parts keep their true values, which satisfy their equations). It is exact, but bounded: a
 * cell whose search takes more than {@link #STEPS} steps is taken as given away (so that it gets a
 * complement, or a warning), and counted ({@link #unfinished}).
 *
 * <p>Every cell of divcalc's tables is at most the largest figure shown (the staff counted, always
 * printed), so the largest shown value bounds every withheld cell from above.
 */
final class IntegerAudit {
  /** Search steps (intervals narrowed) allowed for one cell's question. */
  static final long STEPS = 20_000;

  private final long[] values;
  private final IntervalAudit.Equations equations;
  private final List<int[]> atMost;
  private final long[] lo;
  private final long[] hi;

  /** Each withheld cell's part of the table (by cell), built on first use. */
  private final java.util.Map<Integer, Part> parts = new java.util.HashMap<>();

  private final List<CellSuppression.Constraint> constraints;
  private final BitSet withheldCells;

  /** The equations that hold each cell, by cell. */
  private final java.util.Map<Integer, List<Integer>> byCell = new java.util.HashMap<>();

  /** A part of the table: its withheld cells and the equations and inequalities that hold them. */
  private record Part(int[] cells, IntervalAudit.Equations equations, List<int[]> atMost) {}

  private long steps;
  private int unfinished;

  /**
   * An audit of one published table.
   *
   * @param values the counts, by cell
   * @param constraints the table's equations (total = sum of parts)
   * @param withheld the cells not shown
   * @param floors the least value a reader knows each cell has (0 when nothing is known)
   * @param atMost pairs {a, b}: the reader knows that cell a is at most cell b
   */
  IntegerAudit(
      long[] values,
      List<CellSuppression.Constraint> constraints,
      BitSet withheld,
      long[] floors,
      List<int[]> atMost) {
    int n = values.length;
    this.values = values;
    this.equations = IntervalAudit.Equations.of(constraints);
    this.atMost = atMost;
    this.constraints = constraints;
    this.withheldCells = withheld;
    for (int e = 0; e < equations.totals.length; e++) {
      byCell.computeIfAbsent(equations.totals[e], k -> new java.util.ArrayList<>()).add(e);
      for (int p : equations.parts[e]) {
        byCell.computeIfAbsent(p, k -> new java.util.ArrayList<>()).add(e);
      }
    }
    long cap = 0;
    for (int i = 0; i < n; i++) {
      if (!withheld.get(i)) {
        cap = Math.max(cap, values[i]);
      }
    }
    if (cap == 0) {
      // nothing but zeros shown: no upper bound from the table; the largest count stands in
      for (long v : values) {
        cap = Math.max(cap, v);
      }
    }
    lo = new long[n];
    hi = new long[n];
    for (int i = 0; i < n; i++) {
      lo[i] = withheld.get(i) ? Math.min(floors[i], values[i]) : values[i];
      hi[i] = withheld.get(i) ? Math.max(cap, values[i]) : values[i];
    }
    // the true counts satisfy everything, so this only narrows
    if (!IntervalAudit.propagate(equations, atMost, lo, hi)) {
      throw new IllegalStateException("the counts do not satisfy the table's own equations");
    }
  }

  /** The part of the table that holds {@code cell}: withheld cells linked through equations. */
  private Part part(int cell) {
    Part known = parts.get(cell);
    if (known != null) {
      return known;
    }
    // breadth-first over withheld cells, an equation or inequality linking those it holds
    BitSet cells = new BitSet();
    BitSet eqs = new BitSet();
    java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
    cells.set(cell);
    queue.add(cell);
    while (!queue.isEmpty()) {
      int c = queue.poll();
      for (int e : byCell.getOrDefault(c, List.of())) {
        if (eqs.get(e)) {
          continue;
        }
        eqs.set(e);
        link(equations.totals[e], cells, queue);
        for (int p : equations.parts[e]) {
          link(p, cells, queue);
        }
      }
      for (int[] pair : atMost) {
        if (pair[0] == c || pair[1] == c) {
          link(pair[0], cells, queue);
          link(pair[1], cells, queue);
        }
      }
    }
    List<CellSuppression.Constraint> held = new java.util.ArrayList<>();
    for (int e = eqs.nextSetBit(0); e >= 0; e = eqs.nextSetBit(e + 1)) {
      held.add(constraints.get(e));
    }
    List<int[]> pairs = new java.util.ArrayList<>();
    for (int[] pair : atMost) {
      if (cells.get(pair[0]) || cells.get(pair[1])) {
        pairs.add(pair);
      }
    }
    Part part = new Part(cells.stream().toArray(), IntervalAudit.Equations.of(held), pairs);
    for (int c : part.cells()) {
      parts.put(c, part);
    }
    return part;
  }

  private void link(int c, BitSet cells, java.util.ArrayDeque<Integer> queue) {
    if (withheldCells.get(c) && !cells.get(c)) {
      cells.set(c);
      queue.add(c);
    }
  }

  /**
   * Whether every whole-number solution gives {@code cell} (a withheld one) its true value.
   *
   * @param cell a withheld cell
   */
  boolean pinned(int cell) {
    long v = values[cell];
    if (lo[cell] == hi[cell]) {
      return true;
    }
    steps = 0;
    Part part = part(cell);
    try {
      for (long d = 1; v - d >= lo[cell] || v + d <= hi[cell]; d++) {
        for (long t : new long[] {v - d, v + d}) {
          if (t >= lo[cell] && t <= hi[cell] && feasibleWith(part, lo, hi, cell, t)) {
            return false;
          }
        }
      }
    } catch (OutOfSteps e) {
      // not shown to be safe: taken as given away, so that it is protected or warned about
      unfinished++;
      return true;
    }
    return true;
  }

  /** How many cells' questions ran out of steps (and were taken as given away). */
  int unfinished() {
    return unfinished;
  }

  /** Whether some solution within [lo, hi] has {@code cell} = {@code value}. */
  private boolean feasibleWith(Part part, long[] lo, long[] hi, int cell, long value) {
    if (++steps > STEPS) {
      throw new OutOfSteps();
    }
    long[] l = lo.clone();
    long[] h = hi.clone();
    l[cell] = value;
    h[cell] = value;
    if (!IntervalAudit.propagate(part.equations(), part.atMost(), l, h)) {
      return false;
    }
    int pick = -1;
    for (int i : part.cells()) {
      if (l[i] < h[i] && (pick < 0 || h[i] - l[i] < h[pick] - l[pick])) {
        pick = i;
      }
    }
    if (pick < 0) {
      return true; // every cell has one value left, and the equations hold
    }
    long v = values[pick];
    if (v >= l[pick] && v <= h[pick] && feasibleWith(part, l, h, pick, v)) {
      return true;
    }
    for (long d = 1; v - d >= l[pick] || v + d <= h[pick]; d++) {
      for (long t : new long[] {v - d, v + d}) {
        if (t >= l[pick] && t <= h[pick] && feasibleWith(part, l, h, pick, t)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A question that took more than {@link #STEPS} steps. */
  private static final class OutOfSteps extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutOfSteps() {
      super(null, null, false, false);
    }
  }
}
