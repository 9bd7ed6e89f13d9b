package org.divcalc.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.divcalc.report.GeoReport;
import org.divcalc.report.GeoStateLine;
import org.divcalc.report.GeoSummary;
import org.divcalc.report.PopulationSection;
import org.divcalc.report.Table;

/** Draws a {@link GeoReport} as text, Markdown or CSV. */
public final class GeoRender {
  private GeoRender() {}

  /** The report for a terminal. */
  public static String text(GeoReport r) {
    StringBuilder sb = new StringBuilder();
    sb.append("divcalc ")
        .append(r.toolVersion())
        .append(": geographical representation as at ")
        .append(r.asOf())
        .append("\n\n");
    sb.append(header(r, "")).append('\n');
    for (String line : SchemeText.lines(r.scheme(), r.method().equals("formula"))) {
      sb.append(TableFormats.wrap(line, TableFormats.WIDTH));
    }
    sb.append('\n').append(TableFormats.text(RangesTables.choices(r.choices())));
    sb.append('\n').append(TableFormats.text(RangesTables.inputs(r.datasets())));
    for (Table t : tables(r)) {
      sb.append('\n').append(TableFormats.text(t));
    }
    if (!r.warnings().isEmpty()) {
      sb.append('\n');
      r.warnings().forEach(w -> sb.append(TableFormats.wrap("Warning: " + w, TableFormats.WIDTH)));
    }
    return sb.toString();
  }

  /** The report as Markdown. */
  public static String markdown(GeoReport r) {
    StringBuilder sb = new StringBuilder();
    sb.append("## Geographical representation as at ").append(r.asOf()).append("\n\n");
    sb.append(header(r, "- "));
    for (String line : SchemeText.lines(r.scheme(), r.method().equals("formula"))) {
      sb.append("- ").append(line).append('\n');
    }
    sb.append('\n').append(TableFormats.markdown(RangesTables.choices(r.choices())));
    sb.append('\n').append(TableFormats.markdown(RangesTables.inputs(r.datasets())));
    for (Table t : tables(r)) {
      sb.append('\n').append(TableFormats.markdown(t));
    }
    r.warnings().forEach(w -> sb.append("\n> Warning: ").append(w).append('\n'));
    return sb.toString();
  }

  /** The per-State table as CSV, one row per Member State listed. */
  public static String csv(GeoReport r) {
    return TableFormats.csv(csvTable(r));
  }

  /**
   * The table {@link #csv} writes: every Member State listed, every digit, for a program to read as
   * the gender and regions CSVs are: the JSON's names in snake case and its status words, a blank
   * where JSON has null and the suppression mark where a count is withheld. (Found in session 8's
   * defect hunt: it was the text table, with headers such as "to low", statuses such as "within-"
   * and "-" for no value.)
   */
  public static Table csvTable(GeoReport r) {
    List<Table.Row> rows = new ArrayList<>();
    for (GeoStateLine l : r.states()) {
      boolean noRange = l.status().equals("no-range");
      rows.add(
          Table.Row.of(
              l.iso3(),
              l.name(),
              csvCount(l, "nationals", l.nationals()),
              l.lower() == null ? "" : Decimals.given(l.lower()),
              l.midpoint() == null ? "" : Decimals.given(l.midpoint()),
              l.upper() == null ? "" : Decimals.given(l.upper()),
              l.status(),
              l.belowMidpoint() == null ? "" : l.belowMidpoint().toString(),
              // with no range nothing is needed or above (JSON writes 0 there; a blank says so)
              noRange ? "" : csvCount(l, "neededForLower", l.neededForLower()),
              csvCount(l, "neededForMidpoint", l.neededForMidpoint()),
              noRange ? "" : csvCount(l, "aboveUpper", l.aboveUpper())));
    }
    return new Table(
        "geo-states",
        "Member States",
        List.of(
            Table.Column.text("iso3"),
            Table.Column.text("name"),
            Table.Column.number("nationals"),
            Table.Column.number("lower"),
            Table.Column.number("midpoint"),
            Table.Column.number("upper"),
            Table.Column.text("status"),
            Table.Column.text("below_midpoint"),
            Table.Column.number("needed_for_lower"),
            Table.Column.number("needed_for_midpoint"),
            Table.Column.number("above_upper")),
        rows,
        List.of());
  }

  private static String csvCount(GeoStateLine l, String field, Long value) {
    if (l.suppressed().contains(field)) {
      return Numbers.SUPPRESSED;
    }
    return value == null ? "" : Long.toString(value);
  }

  /**
   * The summary for CSV: the JSON summary's keys and counts, one per line, so that a program reads
   * the same names in both (found in the review of session 8).
   */
  public static Table csvSummary(GeoSummary s) {
    List<Table.Row> rows = new ArrayList<>();
    rows.add(Table.Row.of("memberStates", Integer.toString(s.memberStates())));
    rows.add(Table.Row.of("unrepresented", Integer.toString(s.unrepresented())));
    rows.add(Table.Row.of("underRepresented", Integer.toString(s.underRepresented())));
    rows.add(Table.Row.of("withinRange", Integer.toString(s.withinRange())));
    rows.add(Table.Row.of("withinBelowMidpoint", Integer.toString(s.withinBelowMidpoint())));
    rows.add(
        Table.Row.of("withinAtOrAboveMidpoint", Integer.toString(s.withinAtOrAboveMidpoint())));
    rows.add(Table.Row.of("withinMidpointUnknown", Integer.toString(s.withinMidpointUnknown())));
    rows.add(Table.Row.of("overRepresented", Integer.toString(s.overRepresented())));
    rows.add(Table.Row.of("noRange", Integer.toString(s.noRange())));
    // withheld (null) under --min-cell when a printed total would give a small cell away
    rows.add(Table.Row.of("nationals", Numbers.count(s.nationals())));
    rows.add(Table.Row.of("outsideMembership", Numbers.count(s.outsideMembership())));
    return new Table(
        "geo-summary",
        "Member States by status",
        List.of(Table.Column.text("item"), Table.Column.number("count")),
        rows,
        List.of());
  }

  private static String header(GeoReport r, String bullet) {
    PopulationSection p = r.counted();
    StringBuilder sb = new StringBuilder();
    sb.append(bullet)
        .append("Roster: ")
        .append(r.input().file())
        .append(" (")
        .append(r.input().encoding())
        .append(", ")
        .append(r.input().delimiter())
        .append("): ")
        .append(r.reconciliation().rowsRead())
        .append(" rows read, ")
        .append(r.reconciliation().rowsCounted())
        .append(" counted, ")
        .append(r.reconciliation().rowsExcluded())
        .append(" excluded\n");
    sb.append(bullet)
        .append("Subject to geographical distribution: ")
        .append(p.kept())
        .append(" of ")
        .append(p.rowsCounted())
        .append(" counted staff\n");
    sb.append(bullet)
        .append(
            r.method().equals("formula")
                ? "Ranges: formula, base figure " + Decimals.given(r.baseFigure())
                : "Ranges: published table, no formula")
        .append(
            r.method().equals("formula")
                ? "; counts compared with the " + r.comparison() + " limits\n"
                : "; counts compared with the limits as published\n");
    return sb.toString();
  }

  static List<Table> tables(GeoReport r) {
    List<Table> tables = new ArrayList<>();
    tables.add(summary(r.summary()));
    tables.add(states(r));
    if (!r.outsideMembership().isEmpty()) {
      tables.add(outside(r));
    }
    return tables;
  }

  static Table summary(GeoSummary s) {
    List<Table.Row> rows = new ArrayList<>();
    rows.add(Table.Row.of("unrepresented", Integer.toString(s.unrepresented())));
    rows.add(Table.Row.of("under-represented", Integer.toString(s.underRepresented())));
    rows.add(Table.Row.of("within range", Integer.toString(s.withinRange())));
    rows.add(Table.Row.of("  below midpoint", Integer.toString(s.withinBelowMidpoint())));
    rows.add(Table.Row.of("  at or above midpoint", Integer.toString(s.withinAtOrAboveMidpoint())));
    if (s.withinMidpointUnknown() > 0) {
      rows.add(Table.Row.of("  midpoint not given", Integer.toString(s.withinMidpointUnknown())));
    }
    rows.add(Table.Row.of("over-represented", Integer.toString(s.overRepresented())));
    if (s.noRange() > 0) {
      rows.add(Table.Row.of("no range given", Integer.toString(s.noRange())));
    }
    rows.add(Table.Row.total(List.of("Member States", Integer.toString(s.memberStates()))));
    return new Table(
        "geo-summary",
        "Member States by status",
        List.of(Table.Column.text("status"), Table.Column.number("States")),
        rows,
        List.of(
            "The statuses partition the membership: their counts add up to "
                + s.memberStates()
                + ". Nationals counted: "
                + Numbers.count(s.nationals())
                + "; staff whose nationality is not a Member State: "
                + Numbers.count(s.outsideMembership())
                + " (listed below)."));
  }

  private static Table states(GeoReport r) {
    List<Table.Row> rows = new ArrayList<>();
    for (GeoStateLine l : r.states()) {
      boolean noRange = l.status().equals("no-range");
      rows.add(
          Table.Row.of(
              l.iso3(),
              Numbers.count(l.nationals()),
              shown(l.lower()),
              shown(l.midpoint()),
              shown(l.upper()),
              status(l),
              noRange ? Numbers.NONE : Numbers.count(l.neededForLower()),
              noRange || (l.suppressed().isEmpty() && l.neededForMidpoint() == null)
                  ? Numbers.NONE
                  : Numbers.count(l.neededForMidpoint()),
              noRange ? Numbers.NONE : Numbers.count(l.aboveUpper()),
              l.name()));
    }
    String which =
        r.shown().statuses().isEmpty() ? "" : " (" + String.join(", ", r.shown().statuses()) + ")";
    return new Table(
        "geo-states",
        "Member States" + which + ", sorted by " + r.shown().sort(),
        List.of(
            Table.Column.text("iso3"),
            Table.Column.number("staff"),
            Table.Column.number("lower"),
            Table.Column.number("mid"),
            Table.Column.number("upper"),
            Table.Column.text("status"),
            Table.Column.number("to low"),
            Table.Column.number("to mid"),
            Table.Column.number("over"),
            Table.Column.text("Member State")),
        rows,
        List.of(
            "staff = nationals subject to geographical distribution; mid = the unrounded midpoint,"
                + " to one decimal, or more where one would look whole (JSON and CSV: every"
                + " digit); to low / to mid = nationals"
                + " lacking to reach the lower limit / the midpoint; over = nationals above the"
                + " upper limit. Status: unrep. = unrepresented, under = under-represented,"
                + " within- / within+ = within range below / at or above the midpoint, over ="
                + " over-represented."));
  }

  private static String status(GeoStateLine l) {
    return switch (l.status()) {
      case "unrepresented" -> "unrep.";
      case "under-represented" -> "under";
      case "within-range" ->
          l.belowMidpoint() == null ? "within" : l.belowMidpoint() ? "within-" : "within+";
      case "over-represented" -> "over";
      default -> "no range";
    };
  }

  /**
   * Whole posts as they are; a fractional limit or midpoint with one decimal, for reading, or with
   * as many more as it takes not to look whole: an exact lower limit of 362.046 beside 362 staff
   * "under" must not read 362.0.
   */
  private static String shown(BigDecimal value) {
    if (value == null) {
      return Numbers.NONE;
    }
    BigDecimal v = value.stripTrailingZeros();
    if (v.scale() <= 0) {
      return v.toPlainString();
    }
    for (int places = 1; places <= 6; places++) {
      String text = Decimals.fixed(value, places);
      if (!WHOLE_LOOKING.matcher(text).matches()) {
        return text;
      }
    }
    return Decimals.given(value);
  }

  private static final java.util.regex.Pattern WHOLE_LOOKING =
      java.util.regex.Pattern.compile("-?\\d+\\.0+");

  static Table outside(GeoReport r) {
    List<Table.Row> rows = new ArrayList<>();
    for (GeoReport.OutsideLine o : r.outsideMembership()) {
      rows.add(Table.Row.of(o.code(), Numbers.count(o.staff()), o.kind(), o.name()));
    }
    rows.add(
        Table.Row.total(List.of("total", Numbers.count(r.summary().outsideMembership()), "", "")));
    return new Table(
        "geo-outside-membership",
        "Staff whose nationality is not a Member State",
        List.of(
            Table.Column.text("code"),
            Table.Column.number("staff"),
            Table.Column.text("kind"),
            Table.Column.text("name")),
        rows,
        List.of("Counted as subject to geographical distribution, but against no range."));
  }
}
