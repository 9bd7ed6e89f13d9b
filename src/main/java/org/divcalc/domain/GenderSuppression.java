package org.divcalc.domain;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Applies {@link CellSuppression} to a gender table: the cells are women, men, other, not recorded
 * and total of every row; the constraints are each row's total, each category subtotal, the grand
 * total and each cumulative level as sums of their grades.
 */
public final class GenderSuppression {
  /** The count columns of a gender row. */
  public enum Cell {
    WOMEN,
    MEN,
    OTHER,
    NOT_RECORDED,
    TOTAL
  }

  private static final int CELLS = Cell.values().length;

  private GenderSuppression() {}

  /** Which cells of each row (by row key) are suppressed; rows with none are absent. */
  public static Map<String, Set<Cell>> suppress(
      List<GenderRow> rows, GradeScale scale, int minCell) {
    long[] values = new long[rows.size() * CELLS];
    Map<String, Integer> rowIndex = new HashMap<>();
    for (int r = 0; r < rows.size(); r++) {
      GenderCount c = rows.get(r).count();
      long[] v = {c.women(), c.men(), c.other(), c.notRecorded(), c.total()};
      System.arraycopy(v, 0, values, r * CELLS, CELLS);
      rowIndex.put(rows.get(r).key(), r);
    }
    BitSet s = CellSuppression.suppress(values, constraints(rows, scale, rowIndex), minCell);
    Map<String, Set<Cell>> out = new HashMap<>();
    for (int r = 0; r < rows.size(); r++) {
      Set<Cell> cells = EnumSet.noneOf(Cell.class);
      for (Cell cell : Cell.values()) {
        if (s.get(r * CELLS + cell.ordinal())) {
          cells.add(cell);
        }
      }
      if (!cells.isEmpty()) {
        out.put(rows.get(r).key(), cells);
      }
    }
    return out;
  }

  /** The additivity constraints of a gender table, over cell indices row × CELLS + column. */
  public static List<CellSuppression.Constraint> constraints(
      List<GenderRow> rows, GradeScale scale, Map<String, Integer> rowIndex) {
    List<CellSuppression.Constraint> out = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      out.add(
          new CellSuppression.Constraint(
              r * CELLS + Cell.TOTAL.ordinal(),
              new int[] {r * CELLS, r * CELLS + 1, r * CELLS + 2, r * CELLS + 3}));
    }
    List<Integer> categories = new ArrayList<>();
    for (GenderRow row : rows) {
      switch (row.kind()) {
        case CATEGORY -> {
          categories.add(rowIndex.get(row.key()));
          addColumns(
              out,
              rowIndex.get(row.key()),
              grades(rows, scale, rowIndex, g -> g.category().key().equals(row.key())));
        }
        case CUMULATIVE -> {
          Predicate<Grade> members = cumulative(row.key(), scale);
          addColumns(out, rowIndex.get(row.key()), grades(rows, scale, rowIndex, members));
        }
        default -> {}
      }
    }
    Integer total = rowIndex.get(GenderLevels.TOTAL_KEY);
    if (total != null) {
      addColumns(out, total, categories);
      addColumns(out, total, grades(rows, scale, rowIndex, g -> true));
    }
    return out;
  }

  private static Predicate<Grade> cumulative(String key, GradeScale scale) {
    for (GenderLevels.Cumulative level : GenderLevels.Cumulative.values()) {
      if (level.key().equals(key)) {
        return level.members(scale).orElse(g -> false);
      }
    }
    return g -> false;
  }

  private static List<Integer> grades(
      List<GenderRow> rows, GradeScale scale, Map<String, Integer> rowIndex, Predicate<Grade> in) {
    List<Integer> out = new ArrayList<>();
    for (GenderRow row : rows) {
      if (row.kind() == GenderRow.Kind.GRADE && scale.byCode(row.key()).filter(in).isPresent()) {
        out.add(rowIndex.get(row.key()));
      }
    }
    return out;
  }

  private static void addColumns(
      List<CellSuppression.Constraint> out, int totalRow, List<Integer> partRows) {
    if (partRows.isEmpty()) {
      return;
    }
    for (int c = 0; c < CELLS; c++) {
      int[] parts = new int[partRows.size()];
      for (int i = 0; i < parts.length; i++) {
        parts[i] = partRows.get(i) * CELLS + c;
      }
      out.add(new CellSuppression.Constraint(totalRow * CELLS + c, parts));
    }
  }
}
