package org.divcalc.report;

import java.util.List;
import java.util.Objects;

/**
 * A finished table of a report, cells already formatted, ready to be drawn as text, Markdown or
 * CSV.
 *
 * @param name stable identifier, used as a CSV file name ("gender-by-grade")
 * @param title heading printed above the table
 * @param columns the columns, left to right
 * @param rows one list of cells per row, one cell per column
 * @param notes sentences printed under the table (rules applied, denominators, ...)
 */
public record Table(
    String name, String title, List<Column> columns, List<Row> rows, List<String> notes) {
  public Table {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(title, "title");
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    notes = List.copyOf(notes);
    for (Row r : rows) {
      if (r.cells().size() != columns.size()) {
        throw new IllegalArgumentException(
            name + ": a row has " + r.cells().size() + " cells for " + columns.size() + " columns");
      }
    }
  }

  /**
   * A column.
   *
   * @param header heading
   * @param numeric true for numbers (right-aligned)
   */
  public record Column(String header, boolean numeric) {
    public static Column text(String header) {
      return new Column(header, false);
    }

    public static Column number(String header) {
      return new Column(header, true);
    }
  }

  /**
   * A row.
   *
   * @param cells formatted cells
   * @param emphasis true for subtotal and total rows (bold in Markdown)
   * @param ruleAbove true to draw a rule above the row in text
   */
  public record Row(List<String> cells, boolean emphasis, boolean ruleAbove) {
    public Row {
      cells = List.copyOf(cells);
    }

    public static Row of(String... cells) {
      return new Row(List.of(cells), false, false);
    }

    /** A subtotal or total row, with a rule above it. */
    public static Row total(List<String> cells) {
      return new Row(cells, true, true);
    }
  }
}
