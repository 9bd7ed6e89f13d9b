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
    return suppress(rows, Map.of(), scale, minCell).get(OVERALL);
  }

  /**
   * The withheld counts from 1 to minCell − 1 of the tables {@code suppressed} describes that can
   * still be worked out from what is shown (with the grand total, which every report prints as the
   * staff counted, and the fact that counts are never negative); above {@link
   * CellSuppression#EXACT_AUDIT_LIMIT} withheld cells, from the bounds alone. Each is named by its
   * column and row ("women at P-4"), and its group when there is a breakdown.
   */
  public static List<String> exposed(
      List<GenderRow> overall,
      Map<String, List<GenderRow>> groups,
      GradeScale scale,
      int minCell,
      Map<String, Map<String, Set<Cell>>> suppressed) {
    Layout l = new Layout(overall, groups, scale);
    BitSet s = new BitSet();
    for (int t = 0; t < l.tables.size(); t++) {
      Map<String, Set<Cell>> table = suppressed.getOrDefault(l.names.get(t), Map.of());
      List<GenderRow> rows = l.tables.get(t);
      for (int r = 0; r < rows.size(); r++) {
        for (Cell cell : table.getOrDefault(rows.get(r).key(), Set.of())) {
          s.set(l.offset[t] + r * CELLS + cell.ordinal());
        }
      }
    }
    // every withheld cell a reader can work out, zeros too (a recorded count is known from a
    // total and a not-recorded count that are); the small ones are named
    BitSet determined =
        CellSuppression.determined(
            l.values, l.constraints, s, new long[l.values.length], List.of(), minCell);
    BitSet exposed = CellSuppression.small(determined, l.values, minCell);
    List<String> named = new ArrayList<>();
    for (int i = exposed.nextSetBit(0); i >= 0; i = exposed.nextSetBit(i + 1)) {
      int t = l.tables.size() - 1;
      while (l.offset[t] > i) {
        t--;
      }
      int r = (i - l.offset[t]) / CELLS;
      Cell cell = Cell.values()[(i - l.offset[t]) % CELLS];
      String name = cellName(cell) + " at " + l.tables.get(t).get(r).label();
      named.add(t == 0 ? name : name + " in group '" + l.names.get(t) + "'");
    }
    // The JSON and CSV also print each row's recorded staff (women + men + other), withheld with
    // any of its parts. It is still known when the total and the not recorded are (total minus
    // not recorded), or when its three parts are: a small one is named too.
    for (int t = 0; t < l.tables.size(); t++) {
      List<GenderRow> rows = l.tables.get(t);
      for (int r = 0; r < rows.size(); r++) {
        int base = l.offset[t] + r * CELLS;
        boolean hidden = false;
        boolean partsKnown = true;
        for (Cell part : new Cell[] {Cell.WOMEN, Cell.MEN, Cell.OTHER}) {
          hidden |= s.get(base + part.ordinal());
          partsKnown &= known(s, determined, base + part.ordinal());
        }
        long recorded = rows.get(r).count().recorded();
        boolean known =
            partsKnown
                || (known(s, determined, base + Cell.TOTAL.ordinal())
                    && known(s, determined, base + Cell.NOT_RECORDED.ordinal()));
        if (hidden && known && recorded > 0 && recorded < minCell) {
          String name = "recorded (total minus not recorded) at " + rows.get(r).label();
          named.add(t == 0 ? name : name + " in group '" + l.names.get(t) + "'");
        }
      }
    }
    return named;
  }

  /** Whether a reader knows cell {@code i}: it is shown, or it can be worked out. */
  private static boolean known(BitSet withheld, BitSet determined, int i) {
    return !withheld.get(i) || determined.get(i);
  }

  private static String cellName(Cell cell) {
    return switch (cell) {
      case WOMEN -> "women";
      case MEN -> "men";
      case OTHER -> "other";
      case NOT_RECORDED -> "not recorded";
      case TOTAL -> "total";
    };
  }

  /** The key of the overall table in the result of the breakdown variant. */
  public static final String OVERALL = "";

  /**
   * Suppression over a table and its breakdown: each group's table is constrained like the overall
   * one, and each overall cell is the sum of the groups' cells, so that no suppressed count can be
   * recovered across groups either. Keyed by group ({@link #OVERALL} for the overall table), then
   * by row key.
   */
  public static Map<String, Map<String, Set<Cell>>> suppress(
      List<GenderRow> overall, Map<String, List<GenderRow>> groups, GradeScale scale, int minCell) {
    return suppress(overall, groups, scale, minCell, null);
  }

  /**
   * The same, in a report whose other table also prints the row for everyone selected (the regional
   * table's total row, by sex): the cells of that row it withholds are withheld here too, and those
   * it shows are never withheld here, so that the two tables agree.
   *
   * @param totalWithheldElsewhere the cells of the row for everyone that the other table withholds;
   *     null when no other table prints it
   */
  public static Map<String, Map<String, Set<Cell>>> suppress(
      List<GenderRow> overall,
      Map<String, List<GenderRow>> groups,
      GradeScale scale,
      int minCell,
      Set<Cell> totalWithheldElsewhere) {
    Layout l = new Layout(overall, groups, scale);
    // the grand total is printed in every report's header (the staff counted): never withheld
    BitSet pinned = new BitSet();
    BitSet withheld = new BitSet();
    Integer totalRow = l.indexes.get(0).get(GenderLevels.TOTAL_KEY);
    if (totalRow != null) {
      pinned.set(totalRow * CELLS + Cell.TOTAL.ordinal());
      if (totalWithheldElsewhere != null) {
        for (Cell cell : Cell.values()) {
          int i = totalRow * CELLS + cell.ordinal();
          if (cell != Cell.TOTAL && totalWithheldElsewhere.contains(cell)) {
            withheld.set(i);
          } else {
            pinned.set(i);
          }
        }
      }
    }
    // counts are never negative: a published zero subtotal makes its parts zeros too
    BitSet s =
        CellSuppression.suppressBounded(
            l.values,
            l.constraints,
            minCell,
            pinned,
            new long[l.values.length],
            List.of(),
            withheld);
    List<String> tableNames = l.names;
    List<List<GenderRow>> tables = l.tables;
    int[] offset = l.offset;
    Map<String, Map<String, Set<Cell>>> out = new HashMap<>();
    for (int t = 0; t < tables.size(); t++) {
      Map<String, Set<Cell>> table = new HashMap<>();
      List<GenderRow> rows = tables.get(t);
      for (int r = 0; r < rows.size(); r++) {
        Set<Cell> cells = EnumSet.noneOf(Cell.class);
        for (Cell cell : Cell.values()) {
          if (s.get(offset[t] + r * CELLS + cell.ordinal())) {
            cells.add(cell);
          }
        }
        if (!cells.isEmpty()) {
          table.put(rows.get(r).key(), cells);
        }
      }
      out.put(tableNames.get(t), table);
    }
    return out;
  }

  /** The cells and equations of a table and its breakdown. */
  private static final class Layout {
    final List<String> names = new ArrayList<>();
    final List<List<GenderRow>> tables = new ArrayList<>();
    final int[] offset;
    final long[] values;
    final List<CellSuppression.Constraint> constraints = new ArrayList<>();
    final List<Map<String, Integer>> indexes = new ArrayList<>();

    Layout(List<GenderRow> overall, Map<String, List<GenderRow>> groups, GradeScale scale) {
      names.add(OVERALL);
      tables.add(overall);
      groups.forEach(
          (name, rows) -> {
            names.add(name);
            tables.add(rows);
          });
      int size = 0;
      offset = new int[tables.size()];
      for (int t = 0; t < tables.size(); t++) {
        offset[t] = size;
        size += tables.get(t).size() * CELLS;
      }
      values = new long[size];
      for (int t = 0; t < tables.size(); t++) {
        List<GenderRow> rows = tables.get(t);
        Map<String, Integer> rowIndex = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
          GenderCount c = rows.get(r).count();
          long[] v = {c.women(), c.men(), c.other(), c.notRecorded(), c.total()};
          System.arraycopy(v, 0, values, offset[t] + r * CELLS, CELLS);
          rowIndex.put(rows.get(r).key(), r);
        }
        indexes.add(rowIndex);
        for (CellSuppression.Constraint c : constraints(rows, scale, rowIndex)) {
          constraints.add(shift(c, offset[t]));
        }
      }
      if (tables.size() > 1) {
        for (Map.Entry<String, Integer> row : indexes.get(0).entrySet()) {
          for (int cell = 0; cell < CELLS; cell++) {
            List<Integer> parts = new ArrayList<>();
            for (int t = 1; t < tables.size(); t++) {
              Integer r = indexes.get(t).get(row.getKey());
              if (r != null) {
                parts.add(offset[t] + r * CELLS + cell);
              }
            }
            constraints.add(
                new CellSuppression.Constraint(
                    offset[0] + row.getValue() * CELLS + cell,
                    parts.stream().mapToInt(Integer::intValue).toArray()));
          }
        }
      }
    }
  }

  private static CellSuppression.Constraint shift(CellSuppression.Constraint c, int by) {
    int[] parts = c.parts();
    for (int i = 0; i < parts.length; i++) {
      parts[i] += by;
    }
    return new CellSuppression.Constraint(c.total() + by, parts);
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
    for (GenderRow row : rows) {
      if (row.kind() == GenderRow.Kind.CUMULATIVE) {
        Predicate<Grade> members = cumulative(row.key(), scale);
        int level = rowIndex.get(row.key());
        addColumns(out, level, coarsest(rows, scale, rowIndex, members));
        if (total != null) {
          List<Integer> rest = new ArrayList<>(List.of(level));
          rest.addAll(coarsest(rows, scale, rowIndex, members.negate()));
          addColumns(out, total, rest);
        }
      }
    }
    return out;
  }

  /**
   * The rows that add up to the grades {@code in} selects, as a reader of the table would add them:
   * a category subtotal where the whole category is selected, its grades otherwise. These equations
   * follow from the others, but stating them lets the greedy pass protect against them directly (a
   * cumulative level as a sum of subtotals, the total as a level plus the rest).
   */
  private static List<Integer> coarsest(
      List<GenderRow> rows, GradeScale scale, Map<String, Integer> rowIndex, Predicate<Grade> in) {
    List<Integer> out = new ArrayList<>();
    for (GradeCategory category : GradeCategory.values()) {
      List<Grade> grades = scale.grades().stream().filter(g -> g.category() == category).toList();
      boolean all = !grades.isEmpty() && grades.stream().allMatch(in);
      Integer categoryRow = rowIndex.get(category.key());
      if (all && categoryRow != null) {
        out.add(categoryRow);
      } else if (!all) {
        for (Grade g : grades) {
          Integer r = rowIndex.get(g.code());
          if (in.test(g) && r != null) {
            out.add(r);
          }
        }
      }
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
