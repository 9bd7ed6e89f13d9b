package org.divcalc.render;

import java.util.ArrayList;
import java.util.List;
import org.divcalc.report.DataReport;
import org.divcalc.report.Table;

/** Draws the list of embedded datasets. */
public final class DataText {
  private static final List<String> NOTES =
      List.of(
          "Every dataset can be replaced by a file of your own; see 'divcalc ranges --help'.",
          "Provenance notes: org/divcalc/reference/PROVENANCE.md inside the jar.");

  private DataText() {}

  /** For a terminal: a table of name, rows, coverage and SHA-256, then each dataset's source. */
  public static String text(DataReport report) {
    Table summary =
        new Table(
            "datasets",
            title(report),
            List.of(
                Table.Column.text("dataset"),
                Table.Column.number("rows"),
                Table.Column.text("coverage"),
                Table.Column.text("sha256")),
            report.datasets().stream()
                .map(
                    d ->
                        Table.Row.of(
                            d.name(), Integer.toString(d.rows()), d.coverage(), d.sha256()))
                .toList(),
            List.of());
    StringBuilder sb = new StringBuilder(TableFormats.text(summary));
    sb.append("\nSources\n\n");
    for (DataReport.Dataset d : report.datasets()) {
      sb.append(d.name())
          .append(" (")
          .append(d.file())
          .append("): ")
          .append(d.content())
          .append(".\n  Source: ")
          .append(d.source())
          .append(". Terms: ")
          .append(d.licence())
          .append(".\n");
    }
    sb.append('\n');
    NOTES.forEach(n -> sb.append(n).append('\n'));
    return sb.toString();
  }

  /** Every field, one row per dataset, for Markdown and CSV. */
  public static Table table(DataReport report) {
    List<Table.Row> rows = new ArrayList<>();
    for (DataReport.Dataset d : report.datasets()) {
      rows.add(
          Table.Row.of(
              d.name(),
              Integer.toString(d.rows()),
              d.coverage(),
              d.file(),
              d.content(),
              d.source(),
              d.licence(),
              d.sha256()));
    }
    return new Table(
        "datasets",
        title(report),
        List.of(
            Table.Column.text("dataset"),
            Table.Column.number("rows"),
            Table.Column.text("coverage"),
            Table.Column.text("file"),
            Table.Column.text("content"),
            Table.Column.text("source"),
            Table.Column.text("licence"),
            Table.Column.text("sha256")),
        rows,
        NOTES);
  }

  private static String title(DataReport report) {
    return "Embedded reference data (divcalc " + report.toolVersion() + ")";
  }
}
