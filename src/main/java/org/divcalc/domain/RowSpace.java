package org.divcalc.domain;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Exact linear algebra over the integers for {@link CellSuppression}: which unit vectors lie in the
 * row space of an integer matrix, found by fraction-free Gaussian elimination to reduced row
 * echelon form.
 */
final class RowSpace {
  private RowSpace() {}

  /** The columns j for which the unit vector e_j is a combination of the rows. */
  static List<Integer> unitVectors(List<long[]> rows, int columns) {
    List<BigInteger[]> m = new ArrayList<>();
    for (long[] r : rows) {
      BigInteger[] b = new BigInteger[columns];
      for (int j = 0; j < columns; j++) {
        b[j] = BigInteger.valueOf(r[j]);
      }
      m.add(b);
    }
    int[] pivotOfRow = new int[m.size()];
    int rank = 0;
    for (int col = 0; col < columns && rank < m.size(); col++) {
      int pivot = -1;
      for (int r = rank; r < m.size(); r++) {
        if (m.get(r)[col].signum() != 0) {
          pivot = r;
          break;
        }
      }
      if (pivot < 0) {
        continue;
      }
      BigInteger[] tmp = m.get(rank);
      m.set(rank, m.get(pivot));
      m.set(pivot, tmp);
      BigInteger[] p = m.get(rank);
      for (int r = 0; r < m.size(); r++) {
        if (r == rank || m.get(r)[col].signum() == 0) {
          continue;
        }
        BigInteger[] row = m.get(r);
        BigInteger a = p[col];
        BigInteger b = row[col];
        for (int j = 0; j < columns; j++) {
          row[j] = row[j].multiply(a).subtract(p[j].multiply(b));
        }
        normalise(row);
      }
      pivotOfRow[rank] = col;
      rank++;
    }
    List<Integer> units = new ArrayList<>();
    for (int r = 0; r < rank; r++) {
      BigInteger[] row = m.get(r);
      boolean unit = true;
      for (int j = 0; j < columns && unit; j++) {
        unit = j == pivotOfRow[r] || row[j].signum() == 0;
      }
      if (unit) {
        units.add(pivotOfRow[r]);
      }
    }
    return units;
  }

  private static void normalise(BigInteger[] row) {
    BigInteger g = BigInteger.ZERO;
    for (BigInteger v : row) {
      g = g.gcd(v);
    }
    if (g.signum() != 0 && !g.equals(BigInteger.ONE)) {
      for (int j = 0; j < row.length; j++) {
        row[j] = row[j].divide(g);
      }
    }
  }
}
