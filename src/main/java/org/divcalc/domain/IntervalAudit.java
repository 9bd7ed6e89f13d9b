package org.divcalc.domain;

import java.util.BitSet;
import java.util.List;

/**
 * What a reader can pin down from a table's equations together with what he knows of the cells'
 * bounds: every count is at least 0, some are known to be at least 1 (a State shown with a status
 * other than unrepresented has nationals), and some cannot exceed another (a region's geographical
 * staff are among its staff). {@link CellSuppression#recoverable} finds the withheld cells that the
 * equations alone give away; this finds those that the equations and the bounds give away together,
 * such as two withheld States of at least one national each whose sum is printed as 2.
 *
 * <p>It narrows each withheld cell's interval through the equations until nothing changes (interval
 * propagation). That is sound (a cell it finds is given away) but not complete: a reader solving
 * the whole integer programme can in rare tables go further.
 */
final class IntervalAudit {
  /** No upper bound. */
  private static final long NONE = Long.MAX_VALUE;

  /** Enough rounds for any chain of equations in the tables divcalc prints. */
  private static final int MAX_ROUNDS = 1000;

  private IntervalAudit() {}

  /**
   * The withheld cells whose value the reader can work out.
   *
   * @param values the counts, by cell
   * @param constraints the table's equations (total = sum of parts)
   * @param withheld the cells not shown
   * @param floors the least value a reader knows each cell has (0 when nothing is known)
   * @param atMost pairs {a, b}: the reader knows that cell a is at most cell b
   */
  static BitSet determined(
      long[] values,
      List<CellSuppression.Constraint> constraints,
      BitSet withheld,
      long[] floors,
      List<int[]> atMost) {
    int n = values.length;
    long[] lo = new long[n];
    long[] hi = new long[n];
    for (int i = 0; i < n; i++) {
      if (withheld.get(i)) {
        lo[i] = floors[i];
        hi[i] = NONE;
      } else {
        lo[i] = values[i];
        hi[i] = values[i];
      }
    }
    propagate(Equations.of(constraints), atMost, lo, hi);
    BitSet out = new BitSet(n);
    for (int i = withheld.nextSetBit(0); i >= 0; i = withheld.nextSetBit(i + 1)) {
      if (lo[i] == hi[i]) {
        out.set(i);
      }
    }
    return out;
  }

  /**
   * Narrows every interval through the equations and inequalities until nothing changes.
   *
   * @param lo each cell's least value, raised in place
   * @param hi each cell's greatest value ({@link Long#MAX_VALUE}: none), lowered in place
   * @return false when some cell has no value left (its least value above its greatest)
   */
  static boolean propagate(Equations equations, List<int[]> atMost, long[] lo, long[] hi) {
    boolean changed = true;
    for (int round = 0; changed && round < MAX_ROUNDS; round++) {
      changed = false;
      for (int e = 0; e < equations.totals.length; e++) {
        changed |= narrow(equations.totals[e], equations.parts[e], lo, hi);
      }
      for (int[] pair : atMost) {
        changed |= raise(lo, pair[1], lo[pair[0]]);
        changed |= lower(hi, pair[0], hi[pair[1]]);
      }
      for (int i = 0; i < lo.length; i++) {
        if (lo[i] > hi[i]) {
          return false;
        }
      }
    }
    return true;
  }

  /** A table's equations as arrays, read once: total[e] = the sum of the cells parts[e]. */
  static final class Equations {
    final int[] totals;
    final int[][] parts;

    private Equations(int[] totals, int[][] parts) {
      this.totals = totals;
      this.parts = parts;
    }

    static Equations of(List<CellSuppression.Constraint> constraints) {
      int[] totals = new int[constraints.size()];
      int[][] parts = new int[constraints.size()][];
      for (int e = 0; e < totals.length; e++) {
        totals[e] = constraints.get(e).total();
        parts[e] = constraints.get(e).parts();
      }
      return new Equations(totals, parts);
    }
  }

  /** Narrows the cells of total = sum of parts; true when a bound moved. */
  private static boolean narrow(int total, int[] parts, long[] lo, long[] hi) {
    long sumLo = 0;
    long sumHi = 0;
    int unbounded = 0;
    for (int p : parts) {
      sumLo += lo[p];
      if (hi[p] == NONE) {
        unbounded++;
      } else {
        sumHi += hi[p];
      }
    }
    boolean changed = raise(lo, total, sumLo);
    if (unbounded == 0) {
      changed |= lower(hi, total, sumHi);
    }
    for (int p : parts) {
      // p = total - the others: at least lo(total) - hi(others), at most hi(total) - lo(others)
      boolean othersBounded = unbounded == 0 || (unbounded == 1 && hi[p] == NONE);
      if (othersBounded) {
        long othersHi = hi[p] == NONE ? sumHi : sumHi - hi[p];
        changed |= raise(lo, p, lo[total] - othersHi);
      }
      if (hi[total] != NONE) {
        changed |= lower(hi, p, hi[total] - (sumLo - lo[p]));
      }
    }
    return changed;
  }

  private static boolean raise(long[] lo, int cell, long bound) {
    if (bound > lo[cell]) {
      lo[cell] = bound;
      return true;
    }
    return false;
  }

  private static boolean lower(long[] hi, int cell, long bound) {
    if (bound < hi[cell]) {
      hi[cell] = bound;
      return true;
    }
    return false;
  }
}
