package org.divcalc.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.divcalc.domain.GenderCount;
import org.divcalc.domain.Share;
import org.divcalc.report.RegionLine;
import org.divcalc.report.RegionsReport;
import org.divcalc.report.Table;

/** The tables of a regions report: staff by region, and representation against the ranges. */
final class RegionsTables {
  private RegionsTables() {}

  /** The staff table, and the ranges table when ranges were given. */
  static List<Table> tables(RegionsReport r) {
    List<Table> tables = new ArrayList<>();
    tables.add(staffTable(r));
    if (r.ranges() != null) {
      Table table = rangesTable(r, l -> shortName(l, false));
      if (!fits(table)) {
        table = rangesTable(r, l -> shortName(l, true));
      }
      if (!fits(table)) {
        int room = TableFormats.WIDTH - (width(table) - labelWidth(table));
        table = rangesTable(r, l -> cut(shortName(l, true), Math.max(room, 16)));
      }
      tables.add(table);
    }
    return tables;
  }

  private static Table staffTable(RegionsReport r) {
    List<Table.Column> columns =
        List.of(
            Table.Column.text("region"),
            Table.Column.number("States"),
            Table.Column.number("staff"),
            Table.Column.number("%"),
            Table.Column.number("women %"),
            Table.Column.number("geo"),
            Table.Column.number("geo %"));
    List<Table.Row> rows = new ArrayList<>();
    RegionLine total = r.total();
    for (RegionLine l : lines(r)) {
      List<String> cells =
          List.of(
              l.region(),
              Numbers.count(l.memberStates()),
              Numbers.count(l.staff()),
              percent(l.staff(), total.staff()),
              womenPercent(l),
              Numbers.count(l.geographical()),
              percent(l.geographical(), total.geographical()));
      rows.add(l == total ? Table.Row.total(cells) : new Table.Row(cells, false, false));
    }
    return new Table(
        "regions-staff",
        "Staff by region",
        columns,
        rows,
        List.of(
            "States = Member States in the region; staff = staff of the population above;"
                + " % = share of those staff; geo = staff subject to geographical distribution;"
                + " geo % = share of them."));
  }

  private static Table rangesTable(RegionsReport r, Function<RegionLine, String> label) {
    boolean noRange = lines(r).stream().anyMatch(l -> l.ranges().noRange() > 0);
    List<Table.Column> columns = new ArrayList<>();
    columns.add(Table.Column.text("region"));
    for (String h : List.of("geo", "lower", "mid", "upper", "unrep", "under", "in", "over")) {
      columns.add(Table.Column.number(h));
    }
    if (noRange) {
      columns.add(Table.Column.number("n/r"));
    }
    List<Table.Row> rows = new ArrayList<>();
    for (RegionLine l : lines(r)) {
      RegionLine.RangeFigures f = l.ranges();
      List<String> cells = new ArrayList<>();
      cells.add(label.apply(l));
      cells.add(Numbers.count(l.geographical()));
      cells.add(whole(f.lower()));
      cells.add(f.midpoint() == null ? Numbers.NONE : Decimals.fixed(f.midpoint(), 0));
      cells.add(whole(f.upper()));
      cells.add(Numbers.count(f.unrepresented()));
      cells.add(Numbers.count(f.underRepresented()));
      cells.add(Numbers.count(f.withinRange()));
      cells.add(Numbers.count(f.overRepresented()));
      if (noRange) {
        cells.add(Numbers.count(f.noRange()));
      }
      rows.add(l == r.total() ? Table.Row.total(cells) : new Table.Row(cells, false, false));
    }
    List<String> notes = new ArrayList<>();
    notes.add(
        "geo = staff subject to geographical distribution; lower, mid, upper = sums of the"
            + " region's States' lower limits, midpoints (rounded here to whole posts) and upper"
            + " limits; Member States by status: unrep = unrepresented, under = under-represented,"
            + " in = within range, over = over-represented"
            + (noRange ? ", n/r = no range in the published table." : "."));
    return new Table(
        "regions-ranges",
        "Geographical staff against desirable ranges by region",
        columns,
        rows,
        notes);
  }

  private static boolean fits(Table t) {
    return width(t) <= TableFormats.WIDTH;
  }

  private static int width(Table t) {
    return TableFormats.text(t).lines().mapToInt(String::length).max().orElse(0);
  }

  private static int labelWidth(Table t) {
    return t.rows().stream().mapToInt(row -> row.cells().get(0).length()).max().orElse(0);
  }

  /**
   * The label cut to {@code width} characters, an ellipsis marking the cut; table 1 has it whole.
   */
  private static String cut(String label, int width) {
    return label.length() <= width ? label : label.substring(0, width - 1) + "…";
  }

  /**
   * A label for the narrow ranges table: "non-member/unknown" for the staff outside the membership,
   * and, when {@code shorter}, "African" for "African States".
   */
  private static String shortName(RegionLine l, boolean shorter) {
    if (l.kind().equals("outside-membership")) {
      return "non-member/unknown";
    }
    boolean strip = shorter && l.kind().equals("region") && l.region().endsWith(" States");
    return strip ? l.region().substring(0, l.region().length() - " States".length()) : l.region();
  }

  private static String percent(Long part, Long whole) {
    if (part == null || whole == null) {
      return Numbers.SUPPRESSED;
    }
    return new Share(part, whole).percent(1).map(BigDecimal::toPlainString).orElse(Numbers.NONE);
  }

  private static String womenPercent(RegionLine l) {
    if (l.isSuppressed("womenShare")) {
      return Numbers.SUPPRESSED;
    }
    return Numbers.percent(new GenderCount(l.women(), l.men(), l.other(), 0));
  }

  private static String whole(BigDecimal v) {
    return v.stripTrailingZeros().scale() <= 0 ? Decimals.exact(v) : Decimals.fixed(v, 1);
  }

  /** The rows, then the total. */
  static List<RegionLine> lines(RegionsReport r) {
    List<RegionLine> all = new ArrayList<>(r.rows());
    all.add(r.total());
    return all;
  }
}
