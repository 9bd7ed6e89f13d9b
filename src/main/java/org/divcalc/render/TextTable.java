package org.divcalc.render;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table with aligned columns, two spaces apart, for terminals. */
public final class TextTable {
  /** How a column's cells line up. */
  public enum Align {
    LEFT,
    RIGHT
  }

  private final List<String> headers;
  private final List<Align> aligns;
  private final List<List<String>> rows = new ArrayList<>();
  private final List<Integer> rules = new ArrayList<>();

  private TextTable(List<String> headers, List<Align> aligns) {
    this.headers = List.copyOf(headers);
    this.aligns = List.copyOf(aligns);
  }

  /** A table whose first column is left-aligned and the rest right-aligned (labels, numbers). */
  public static TextTable labelled(String... headers) {
    List<Align> aligns = new ArrayList<>();
    for (int i = 0; i < headers.length; i++) {
      aligns.add(i == 0 ? Align.LEFT : Align.RIGHT);
    }
    return new TextTable(List.of(headers), aligns);
  }

  /** A table with the given alignment per column. */
  public static TextTable of(List<String> headers, List<Align> aligns) {
    if (headers.size() != aligns.size()) {
      throw new IllegalArgumentException("one alignment per column");
    }
    return new TextTable(headers, aligns);
  }

  /** Adds a row; it must have one cell per column. */
  public TextTable row(String... cells) {
    return row(List.of(cells));
  }

  /** Adds a row; it must have one cell per column. */
  public TextTable row(List<String> cells) {
    if (cells.size() != headers.size()) {
      throw new IllegalArgumentException(
          "row has " + cells.size() + " cells, table has " + headers.size() + " columns");
    }
    rows.add(List.copyOf(cells));
    return this;
  }

  /** Draws a horizontal rule before the next row added. */
  public TextTable rule() {
    rules.add(rows.size());
    return this;
  }

  /** The table as lines of text, each ending in a newline. */
  public String render() {
    int[] widths = new int[headers.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = headers.get(i).length();
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    StringBuilder sb = new StringBuilder();
    line(sb, headers, widths);
    ruleLine(sb, widths);
    for (int r = 0; r < rows.size(); r++) {
      if (rules.contains(r) && r > 0) {
        ruleLine(sb, widths);
      }
      line(sb, rows.get(r), widths);
    }
    return sb.toString();
  }

  private void line(StringBuilder sb, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append("  ");
      }
      String cell = cells.get(i);
      String pad = " ".repeat(widths[i] - cell.length());
      line.append(aligns.get(i) == Align.LEFT ? cell + pad : pad + cell);
    }
    sb.append(line.toString().stripTrailing()).append('\n');
  }

  private static void ruleLine(StringBuilder sb, int[] widths) {
    int total = 0;
    for (int w : widths) {
      total += w;
    }
    total += 2 * (widths.length - 1);
    sb.append("-".repeat(total)).append('\n');
  }
}
