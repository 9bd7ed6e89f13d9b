package org.divcalc.render;

import java.util.ArrayList;
import java.util.List;
import org.divcalc.report.ChoiceLine;
import org.divcalc.report.DatasetLine;
import org.divcalc.report.GroupingSection;
import org.divcalc.report.RegionLine;
import org.divcalc.report.RegionsReport;
import org.divcalc.report.Table;

/** Draws a {@link RegionsReport} as text, Markdown or CSV. */
public final class RegionsRender {
  private RegionsRender() {}

  /** The report for a terminal: fits 80 columns unless region names are very long. */
  public static String text(RegionsReport r) {
    StringBuilder sb = new StringBuilder();
    sb.append(header(r)).append('\n');
    for (Table t : RegionsTables.tables(r)) {
      sb.append(TableFormats.text(t)).append('\n');
    }
    for (String line : closing(r)) {
      sb.append(TableFormats.wrap(line, TableFormats.WIDTH));
    }
    if (r.ranges() != null) {
      sb.append("\nChoices:\n");
      for (ChoiceLine c : r.ranges().choices()) {
        sb.append(hanging("  " + c.item() + ": " + c.value() + "; " + c.reason()));
      }
    }
    // without ranges, the lists that still decided who is a Member State national
    sb.append(r.ranges() != null ? "Inputs:\n" : "\nInputs:\n");
    for (DatasetLine d : r.ranges() != null ? r.ranges().inputs() : r.membership().datasets()) {
      sb.append(hanging("  " + d.dataset() + ": " + d.selection() + ", " + d.origin()));
      sb.append("    sha256 ").append(d.sha256()).append('\n');
    }
    if (!r.warnings().isEmpty()) {
      sb.append('\n');
      for (String w : r.warnings()) {
        sb.append(TableFormats.wrap("Warning: " + w, TableFormats.WIDTH));
      }
    }
    return sb.toString().stripTrailing() + "\n";
  }

  /** The report as Markdown, ready to paste into a report draft. */
  public static String markdown(RegionsReport r) {
    StringBuilder sb = new StringBuilder("## Staff by region\n\n");
    for (String line : header(r).split("\n")) {
      sb.append(line).append("  \n");
    }
    sb.append('\n');
    for (Table t : RegionsTables.tables(r)) {
      sb.append(TableFormats.markdown(t)).append('\n');
    }
    for (String line : closing(r)) {
      sb.append("- ").append(line).append('\n');
    }
    if (r.ranges() != null) {
      sb.append('\n').append(TableFormats.markdown(RangesTables.choices(r.ranges().choices())));
    }
    sb.append('\n')
        .append(
            TableFormats.markdown(
                RangesTables.inputs(
                    r.ranges() != null ? r.ranges().inputs() : r.membership().datasets())));
    for (String w : r.warnings()) {
      sb.append("\n> Warning: ").append(w).append('\n');
    }
    return sb.toString().stripTrailing() + "\n";
  }

  /** One row per region and the total, every figure, for a spreadsheet. */
  public static String csv(RegionsReport r) {
    return TableFormats.csv(csvTable(r));
  }

  /** The table {@link #csv} writes: a row per region and the total, every figure. */
  public static Table csvTable(RegionsReport r) {
    List<Table.Column> columns = new ArrayList<>();
    columns.add(Table.Column.text("region"));
    columns.add(Table.Column.text("kind"));
    for (String h :
        List.of(
            "member_states",
            "staff",
            "staff_share",
            "women",
            "men",
            "other",
            "not_recorded",
            "women_share",
            "geographical",
            "geographical_share",
            "unrepresented",
            "under_represented",
            "within_range",
            "over_represented",
            "no_range",
            "lower_sum",
            "midpoint_sum",
            "upper_sum")) {
      columns.add(Table.Column.number(h));
    }
    List<Table.Row> rows = new ArrayList<>();
    for (RegionLine l : RegionsTables.lines(r)) {
      RegionLine.RangeFigures f = l.ranges();
      rows.add(
          Table.Row.of(
              l.region(),
              l.kind(),
              Numbers.count(l.memberStates()),
              Numbers.count(l.staff()),
              share(l, "staffShare", l.staffShare()),
              Numbers.count(l.women()),
              Numbers.count(l.men()),
              Numbers.count(l.other()),
              Numbers.count(l.notRecorded()),
              share(l, "womenShare", l.womenShare()),
              Numbers.count(l.geographical()),
              share(l, "geographicalShare", l.geographicalShare()),
              f == null ? "" : Numbers.count(f.unrepresented()),
              f == null ? "" : Numbers.count(f.underRepresented()),
              f == null ? "" : Numbers.count(f.withinRange()),
              f == null ? "" : Numbers.count(f.overRepresented()),
              f == null ? "" : Numbers.count(f.noRange()),
              f == null ? "" : Decimals.exact(f.lower()),
              f == null ? "" : Decimals.exact(f.midpoint()),
              f == null ? "" : Decimals.exact(f.upper())));
    }
    return new Table("regions", "Staff by region", columns, rows, List.of());
  }

  private static String header(RegionsReport r) {
    StringBuilder sb =
        new StringBuilder(RosterHeader.text(r.input(), r.reconciliation(), r.population()));
    GroupingSection g = r.grouping();
    sb.append(hanging("Grouping: " + g.name() + ": " + g.description()));
    if (!g.origin().equals(g.name())) {
      sb.append("  ").append(g.origin()).append('\n');
    }
    sb.append("  sha256 ").append(g.sha256()).append('\n');
    sb.append(
        hanging("Member States: " + r.membership().memberStates() + ", " + r.membership().basis()));
    sb.append(
        hanging(
            "Geographical: "
                + r.geographical().staff()
                + " staff subject to geographical distribution under "
                + r.geographical().scheme()));
    for (String rule : r.geographical().rules()) {
      sb.append(hanging("  rule: " + rule));
    }
    if (r.ranges() == null) {
      sb.append("Ranges: none given\n");
    } else if (r.ranges().baseFigure() != null) {
      sb.append(
          hanging(
              "Ranges: base figure "
                  + Decimals.exact(r.ranges().baseFigure())
                  + " ("
                  + r.ranges().basis()
                  + ")"));
    } else {
      sb.append(hanging("Ranges: " + r.ranges().basis()));
    }
    return sb.toString();
  }

  /**
   * What follows the tables: how to read them, the grouping's special cases, States in no region.
   */
  private static List<String> closing(RegionsReport r) {
    List<String> lines = new ArrayList<>(r.notes());
    for (String n : r.grouping().notes()) {
      lines.add("Special case: " + n);
    }
    List<String> none = r.grouping().statesInNoGroup();
    if (!none.isEmpty()) {
      lines.add(
          none.size()
              + " Member State"
              + (none.size() == 1 ? " is" : "s are")
              + " in no region of this grouping (row 'no group'): "
              + String.join(", ", none)
              + ".");
    }
    return lines;
  }

  /** The text wrapped to the terminal, continuation lines indented under the first. */
  private static String hanging(String text) {
    int indent = text.length() - text.stripLeading().length() + 2;
    String wrapped = TableFormats.wrap(text.strip(), TableFormats.WIDTH - indent);
    String pad = " ".repeat(indent);
    return " ".repeat(indent - 2) + wrapped.stripTrailing().replace("\n", "\n" + pad) + "\n";
  }

  private static String share(RegionLine l, String field, java.math.BigDecimal value) {
    return l.isSuppressed(field) ? Numbers.SUPPRESSED : Decimals.given(value);
  }
}
