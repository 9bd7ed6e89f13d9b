package org.divcalc.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.divcalc.report.ChoiceLine;
import org.divcalc.report.DatasetLine;
import org.divcalc.report.RangeRow;
import org.divcalc.report.RangesReport;
import org.divcalc.report.Table;

/** The tables of a ranges report: the ranges themselves, the choices made and the inputs used. */
public final class RangesTables {
  private static final int PLACES = 3;

  private RangesTables() {}

  /**
   * The ranges, one row per Member State and a totals row; {@code exact} prints every digit (for
   * CSV), otherwise three decimals (for reading).
   */
  public static Table ranges(RangesReport report, boolean exact) {
    boolean formula = report.method().equals("formula");
    Function<BigDecimal, String> num = exact ? Decimals::exact : v -> Decimals.fixed(v, PLACES);
    List<Table.Column> columns = new ArrayList<>();
    columns.add(Table.Column.text("iso3"));
    if (formula) {
      for (String h :
          List.of(
              "rate %",
              "population",
              "membership",
              "pop. factor",
              "contribution",
              "midpoint",
              "lower exact",
              "upper exact",
              "lower",
              "mid",
              "upper")) {
        columns.add(Table.Column.number(h));
      }
    } else {
      for (String h : List.of("lower", "midpoint", "upper")) {
        columns.add(Table.Column.number(h));
      }
    }
    columns.add(Table.Column.text("Member State"));
    List<Table.Row> rows = new ArrayList<>();
    for (RangeRow r : report.ranges()) {
      rows.add(new Table.Row(cells(r, formula, num), false, false));
    }
    rows.add(Table.Row.total(cells(report.totals(), formula, num)));

    String title =
        (formula
                ? "Desirable ranges, base figure " + Decimals.exact(report.baseFigure())
                : "Desirable ranges as published")
            + ", as at "
            + report.asOf();
    return new Table("ranges", title, columns, rows, report.notes());
  }

  private static List<String> cells(RangeRow r, boolean formula, Function<BigDecimal, String> num) {
    List<String> cells = new ArrayList<>();
    cells.add(r.iso3());
    if (formula) {
      cells.add(Decimals.given(r.ratePct()));
      cells.add(r.population() == null ? "" : Long.toString(r.population()));
      cells.add(num.apply(r.membership()));
      cells.add(num.apply(r.populationFactor()));
      cells.add(num.apply(r.contribution()));
      cells.add(num.apply(r.midpoint()));
      cells.add(num.apply(r.lowerExact()));
      cells.add(num.apply(r.upperExact()));
      cells.add(Decimals.exact(r.lower()));
      cells.add(Decimals.exact(r.midpointRounded()));
      cells.add(Decimals.exact(r.upper()));
    } else {
      cells.add(Decimals.exact(r.lower()));
      cells.add(Decimals.exact(r.midpoint()));
      cells.add(Decimals.exact(r.upper()));
    }
    cells.add(r.name());
    return cells;
  }

  /** The choices made, with reasons. */
  public static Table choices(List<ChoiceLine> choices) {
    List<Table.Row> rows = new ArrayList<>();
    for (ChoiceLine c : choices) {
      rows.add(Table.Row.of(c.item(), c.value(), c.reason()));
    }
    return new Table(
        "choices",
        "Choices",
        List.of(Table.Column.text("item"), Table.Column.text("value"), Table.Column.text("why")),
        rows,
        List.of());
  }

  /** The datasets used, with fingerprints. */
  public static Table inputs(List<DatasetLine> inputs) {
    List<Table.Row> rows = new ArrayList<>();
    for (DatasetLine d : inputs) {
      rows.add(Table.Row.of(d.dataset(), d.selection(), d.origin(), d.sha256()));
    }
    return new Table(
        "inputs",
        "Inputs",
        List.of(
            Table.Column.text("dataset"),
            Table.Column.text("used"),
            Table.Column.text("origin"),
            Table.Column.text("sha256")),
        rows,
        List.of());
  }
}
