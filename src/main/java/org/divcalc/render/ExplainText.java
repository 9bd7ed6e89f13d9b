package org.divcalc.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.divcalc.report.ExplainReport;
import org.divcalc.report.RangeRow;
import org.divcalc.report.Table;

/** Draws the step-by-step arithmetic of one State's range as text, Markdown or CSV. */
public final class ExplainText {
  private ExplainText() {}

  /** Inputs with sources, numbered steps, the result, notes and warnings. */
  public static String text(ExplainReport r) {
    StringBuilder sb = new StringBuilder();
    sb.append(heading(r)).append("\n\n");
    for (String line : SchemeText.lines(r.scheme())) {
      sb.append(line).append('\n');
    }
    sb.append('\n').append(TableFormats.text(inputs(r)));
    sb.append("\nSteps\n\n");
    int n = 1;
    for (ExplainReport.Step s : r.steps()) {
      sb.append(String.format(Locale.ROOT, "%2d. %s%n", n++, s.quantity()));
      sb.append("    = ").append(s.formula()).append('\n');
      sb.append("    = ").append(s.substituted()).append('\n');
      sb.append("    = ").append(Decimals.exact(s.value())).append('\n');
    }
    sb.append('\n').append(result(r.range())).append('\n');
    for (String note : r.notes()) {
      sb.append(note).append('\n');
    }
    for (String w : r.warnings()) {
      sb.append("warning: ").append(w).append('\n');
    }
    return sb.toString();
  }

  /** The same as Markdown. */
  public static String markdown(ExplainReport r) {
    StringBuilder sb = new StringBuilder();
    sb.append("## ").append(heading(r)).append("\n\n");
    for (String line : SchemeText.lines(r.scheme())) {
      sb.append("- ").append(line).append('\n');
    }
    sb.append('\n').append(TableFormats.markdown(inputs(r)));
    sb.append('\n').append(TableFormats.markdown(steps(r)));
    sb.append("\n**").append(result(r.range())).append("**\n\n");
    for (String note : r.notes()) {
      sb.append("- ").append(note).append('\n');
    }
    for (String w : r.warnings()) {
      sb.append("- **Warning:** ").append(w).append('\n');
    }
    return sb.toString();
  }

  /** The steps as CSV, one row per step. */
  public static String csv(ExplainReport r) {
    return TableFormats.csv(steps(r));
  }

  private static String heading(ExplainReport r) {
    return "Desirable range of " + r.name() + " (" + r.iso3() + ") as at " + r.asOf();
  }

  private static String result(RangeRow range) {
    return "Desirable range: "
        + Decimals.exact(range.lower())
        + " to "
        + Decimals.exact(range.upper())
        + " posts (midpoint "
        + Decimals.exact(range.midpointRounded())
        + "); exact "
        + Decimals.exact(range.lowerExact())
        + " to "
        + Decimals.exact(range.upperExact())
        + " (midpoint "
        + Decimals.exact(range.midpoint())
        + ").";
  }

  private static Table inputs(ExplainReport r) {
    List<Table.Row> rows = new ArrayList<>();
    for (ExplainReport.Input i : r.inputs()) {
      rows.add(Table.Row.of(i.symbol(), i.quantity(), Decimals.given(i.value()), i.source()));
    }
    return new Table(
        "inputs",
        "Inputs",
        List.of(
            Table.Column.text("symbol"),
            Table.Column.text("quantity"),
            Table.Column.number("value"),
            Table.Column.text("source")),
        rows,
        List.of());
  }

  private static Table steps(ExplainReport r) {
    List<Table.Row> rows = new ArrayList<>();
    int n = 1;
    for (ExplainReport.Step s : r.steps()) {
      rows.add(
          Table.Row.of(
              Integer.toString(n++),
              s.quantity(),
              s.formula(),
              s.substituted(),
              Decimals.exact(s.value())));
    }
    return new Table(
        "steps",
        "Steps",
        List.of(
            Table.Column.number("step"),
            Table.Column.text("quantity"),
            Table.Column.text("formula"),
            Table.Column.text("with values"),
            Table.Column.number("value")),
        rows,
        List.of());
  }
}
