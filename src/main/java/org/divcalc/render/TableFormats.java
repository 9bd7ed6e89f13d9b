package org.divcalc.render;

import java.util.ArrayList;
import java.util.List;
import org.divcalc.report.Table;

/** Draws a {@link Table} as aligned text, a Markdown (GFM) table, or RFC 4180 CSV. */
public final class TableFormats {
  private TableFormats() {}

  /** Title, aligned table and notes, for a terminal. */
  public static String text(Table table) {
    List<String> headers = new ArrayList<>();
    List<TextTable.Align> aligns = new ArrayList<>();
    for (Table.Column c : table.columns()) {
      headers.add(c.header());
      aligns.add(c.numeric() ? TextTable.Align.RIGHT : TextTable.Align.LEFT);
    }
    TextTable t = TextTable.of(headers, aligns);
    for (Table.Row r : table.rows()) {
      if (r.ruleAbove()) {
        t.rule();
      }
      // a value holding a line break or tab (a --by column's) would break the table's lines
      // (found in session 8's defect hunt): a space, as in Markdown
      List<String> cells = new ArrayList<>(r.cells().size());
      for (String cell : r.cells()) {
        cells.add(
            cell.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace('\t', ' '));
      }
      t.row(cells);
    }
    StringBuilder sb = new StringBuilder();
    sb.append(table.title()).append("\n\n").append(t.render());
    for (String note : table.notes()) {
      sb.append(wrap(note, WIDTH));
    }
    return sb.toString();
  }

  /** Terminal width that notes are wrapped to. */
  static final int WIDTH = 80;

  /** The text broken at spaces into lines of at most {@code width} characters. */
  static String wrap(String text, int width) {
    if (text.indexOf('\n') >= 0) {
      StringBuilder all = new StringBuilder();
      for (String paragraph : text.split("\n")) {
        all.append(wrap(paragraph, width));
      }
      return all.toString();
    }
    StringBuilder sb = new StringBuilder();
    int lineLength = 0;
    for (String word : text.split(" ")) {
      if (lineLength > 0 && lineLength + 1 + word.length() > width) {
        sb.append('\n');
        lineLength = 0;
      } else if (lineLength > 0) {
        sb.append(' ');
        lineLength++;
      }
      sb.append(word);
      lineLength += word.length();
    }
    return sb.append('\n').toString();
  }

  /** A "### title" heading, a GFM table and the notes as a list. */
  public static String markdown(Table table) {
    StringBuilder sb = new StringBuilder();
    sb.append("### ").append(table.title()).append("\n\n|");
    for (Table.Column c : table.columns()) {
      sb.append(' ').append(escapeMarkdown(c.header())).append(" |");
    }
    sb.append("\n|");
    for (Table.Column c : table.columns()) {
      sb.append(c.numeric() ? " ---: |" : " :--- |");
    }
    sb.append('\n');
    for (Table.Row r : table.rows()) {
      sb.append('|');
      for (String cell : r.cells()) {
        String e = escapeMarkdown(cell);
        sb.append(' ').append(r.emphasis() && !e.isEmpty() ? "**" + e + "**" : e).append(" |");
      }
      sb.append('\n');
    }
    if (!table.notes().isEmpty()) {
      sb.append('\n');
      for (String note : table.notes()) {
        sb.append("- ").append(escapeMarkdown(note)).append('\n');
      }
    }
    return sb.toString();
  }

  /** Header row and data rows, CRLF line ends, cells safe to open in a spreadsheet. */
  public static String csv(Table table) {
    StringBuilder sb = new StringBuilder();
    List<String> headers = table.columns().stream().map(Table.Column::header).toList();
    csvLine(sb, headers, null);
    for (Table.Row r : table.rows()) {
      csvLine(sb, r.cells(), table.columns());
    }
    return sb.toString();
  }

  private static void csvLine(StringBuilder sb, List<String> cells, List<Table.Column> columns) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      boolean numeric = columns != null && columns.get(i).numeric();
      sb.append(csvCell(cells.get(i), numeric));
    }
    sb.append("\r\n");
  }

  /**
   * One CSV cell: quoted when needed, and a text cell that a spreadsheet would take for a formula
   * (starting with = + - @, tab or carriage return) prefixed with an apostrophe.
   */
  static String csvCell(String cell, boolean numeric) {
    String c = cell;
    if (!numeric && !c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0) {
      c = "'" + c;
    }
    if (c.indexOf(',') >= 0
        || c.indexOf('"') >= 0
        || c.indexOf('\n') >= 0
        || c.indexOf('\r') >= 0
        || c.indexOf('\'') == 0) {
      return '"' + c.replace("\"", "\"\"") + '"';
    }
    return c;
  }

  /**
   * A value as Markdown text: HTML's special characters as entities, and the characters that would
   * make emphasis or code of a value ("*bold*", "org_unit_a_b") with a backslash.
   */
  private static String escapeMarkdown(String s) {
    return s.replace("\\", "\\\\")
        .replace("*", "\\*")
        .replace("_", "\\_")
        .replace("`", "\\`")
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("|", "\\|")
        .replace("\n", " ");
  }
}
