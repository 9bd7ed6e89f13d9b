package org.divcalc.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.divcalc.domain.GenderLevels;
import org.divcalc.report.GenderLine;
import org.divcalc.report.GenderReport;
import org.divcalc.report.Table;

/** Draws a {@link GenderReport} as text, Markdown or CSV. */
public final class GenderRender {
  private GenderRender() {}

  /** The report for a terminal. */
  public static String text(GenderReport r) {
    StringBuilder sb = new StringBuilder();
    sb.append(header(r)).append('\n');
    for (Table t : tables(r)) {
      sb.append(TableFormats.text(t)).append('\n');
    }
    for (String w : r.warnings()) {
      sb.append("Warning: ").append(w).append('\n');
    }
    return sb.toString().stripTrailing() + "\n";
  }

  /** The report as Markdown, ready to paste into a report draft. */
  public static String markdown(GenderReport r) {
    StringBuilder sb = new StringBuilder("## Women's share by grade\n\n");
    for (String line : header(r).split("\n")) {
      sb.append(line).append("  \n");
    }
    sb.append('\n');
    for (Table t : tables(r)) {
      sb.append(TableFormats.markdown(t)).append('\n');
    }
    for (String w : r.warnings()) {
      sb.append("> Warning: ").append(w).append("\n");
    }
    return sb.toString().stripTrailing() + "\n";
  }

  /**
   * One long CSV table: a row per group (or "all" without a breakdown) and level, for pivoting in a
   * spreadsheet.
   */
  public static String csv(GenderReport r) {
    return TableFormats.csv(csvTable(r));
  }

  /** The table {@link #csv} writes, every figure as JSON has it (shares as fractions). */
  public static Table csvTable(GenderReport r) {
    List<Table.Column> columns =
        List.of(
            Table.Column.text(r.breakdown() == null ? "group" : r.breakdown().by()),
            Table.Column.text("level"),
            Table.Column.text("kind"),
            Table.Column.number("women"),
            Table.Column.number("men"),
            Table.Column.number("other"),
            Table.Column.number("not_recorded"),
            Table.Column.number("recorded"),
            Table.Column.number("total"),
            Table.Column.number("women_share"));
    List<Table.Row> rows = new ArrayList<>();
    addCsvRows(rows, "all", r.rows());
    if (r.breakdown() != null) {
      for (GenderReport.Group g : r.breakdown().groups()) {
        // "all" names everyone selected: a group of that name is quoted, as a "(blank)" value is
        addCsvRows(
            rows,
            g.value().equalsIgnoreCase("all")
                ? org.divcalc.domain.GenderAnalysis.quoted(g.value())
                : g.value(),
            g.rows());
      }
    }
    return new Table("gender", "Women's share", columns, rows, List.of());
  }

  /** The targets, every figure as JSON has it, for a spreadsheet; null without targets. */
  public static Table csvTargets(GenderReport r) {
    if (r.targets().isEmpty()) {
      return null;
    }
    List<Table.Column> columns =
        List.of(
            Table.Column.text("level"),
            Table.Column.number("target_percent"),
            Table.Column.number("women"),
            Table.Column.number("recorded"),
            Table.Column.number("women_share"),
            Table.Column.text("status"),
            Table.Column.number("women_needed"));
    List<Table.Row> rows = new ArrayList<>();
    for (GenderReport.TargetLine t : r.targets()) {
      rows.add(
          Table.Row.of(
              t.level(),
              t.targetPercent().toPlainString(),
              Numbers.count(t.women()),
              Numbers.count(t.recorded()),
              t.womenShare() == null
                  ? (t.women() == null ? Numbers.SUPPRESSED : "")
                  : t.womenShare().toPlainString(),
              t.status(),
              t.status().equals("no-staff") ? "" : Numbers.count(t.womenNeeded())));
    }
    return new Table("gender-targets", "Targets", columns, rows, List.of());
  }

  private static void addCsvRows(List<Table.Row> rows, String group, List<GenderLine> lines) {
    for (GenderLine l : lines) {
      rows.add(
          Table.Row.of(
              group,
              l.label(),
              l.kind(),
              Numbers.count(l.women()),
              Numbers.count(l.men()),
              Numbers.count(l.other()),
              Numbers.count(l.notRecorded()),
              Numbers.count(l.recorded()),
              Numbers.count(l.total()),
              l.isSuppressed("womenShare")
                  ? Numbers.SUPPRESSED
                  : l.womenShare() == null ? "" : l.womenShare().toPlainString()));
    }
  }

  private static String header(GenderReport r) {
    return RosterHeader.text(r.input(), r.reconciliation(), r.population());
  }

  static List<Table> tables(GenderReport r) {
    List<Table> tables = new ArrayList<>();
    tables.add(gradeTable("gender-by-grade", "Women's share by grade", r.rows(), r));
    if (r.breakdown() != null) {
      tables.add(breakdownTable(r));
    }
    if (!r.targets().isEmpty()) {
      tables.add(targetTable(r));
    }
    return tables;
  }

  private static Table gradeTable(
      String name, String title, List<GenderLine> lines, GenderReport r) {
    List<Table.Column> columns =
        List.of(
            Table.Column.text("level"),
            Table.Column.number("women"),
            Table.Column.number("men"),
            Table.Column.number("other"),
            Table.Column.number("not rec."),
            Table.Column.number("total"),
            Table.Column.number("women %"));
    List<Table.Row> rows = new ArrayList<>();
    String previousKind = "";
    for (GenderLine l : lines) {
      List<String> cells =
          List.of(
              l.kind().equals("category") ? l.label() + " subtotal" : l.label(),
              Numbers.count(l.women()),
              Numbers.count(l.men()),
              Numbers.count(l.other()),
              Numbers.count(l.notRecorded()),
              Numbers.count(l.total()),
              Numbers.percent(l));
      boolean rule = l.kind().equals("category") || !l.kind().equals(previousKind);
      rows.add(new Table.Row(cells, !l.kind().equals("grade"), rule && !rows.isEmpty()));
      previousKind = l.kind();
    }
    GenderLine total = lines.get(lines.size() - 1);
    List<String> notes = new ArrayList<>();
    notes.add(r.denominator());
    notes.add(
        Numbers.count(total.notRecorded())
            + " staff with no recorded sex; "
            + Numbers.count(total.other())
            + " recorded as other than female or male.");
    if (r.minCell() > 1) {
      notes.add(
          Numbers.SUPPRESSED
              + " = withheld: counts from 1 to "
              + (r.minCell() - 1)
              + " (--min-cell "
              + r.minCell()
              + "), the shares computed from them, and further cells so that none can be"
              + " worked out from the totals shown.");
    }
    notes.add(
        r.input().gradeScale().equals(org.divcalc.domain.GradeScale.unCommonSystem().provenance())
            ? "P-5 and above = P-5, D-1, D-2 and ungraded; D-1 and above = D-1, D-2 and ungraded;"
                + " Professional and higher = P, D and ungraded."
            // another scale's grades are its own: the rule, not the built-in scale's codes
            : "P-5 and above = P-5 and the grades above it in the Professional, Director and"
                + " ungraded categories; D-1 and above = D-1 and the grades above it; Professional"
                + " and higher = the Professional, Director and ungraded grades.");
    return new Table(name, title, columns, rows, notes);
  }

  private static Table breakdownTable(GenderReport r) {
    List<Table.Column> columns =
        List.of(
            Table.Column.text(r.breakdown().by()),
            Table.Column.number("staff"),
            Table.Column.number("women"),
            Table.Column.number("women %"),
            Table.Column.number("P+ %"),
            Table.Column.number("P-5+ %"),
            Table.Column.number("D-1+ %"));
    List<Table.Row> rows = new ArrayList<>();
    for (GenderReport.Group g : r.breakdown().groups()) {
      rows.add(breakdownRow(g.value(), g.rows(), false));
    }
    rows.add(breakdownRow("All staff", r.rows(), true));
    List<String> notes = new ArrayList<>();
    notes.add(
        "P+ = Professional and higher; P-5+ = P-5 and above; D-1+ = D-1 and above."
            + " '-' where nobody at that level has a recorded sex.");
    GenderReport.GroupingSource grouping = r.breakdown().grouping();
    if (grouping != null) {
      notes.add(
          "Regions of the grouping "
              + grouping.name()
              + (grouping.origin().equals(grouping.name()) ? "" : ", from " + grouping.origin())
              + " (sha256 "
              + grouping.sha256()
              + ").");
    }
    return new Table(
        "gender-by-" + r.breakdown().by(),
        "Women's share by " + r.breakdown().by(),
        columns,
        rows,
        notes);
  }

  private static Table.Row breakdownRow(String name, List<GenderLine> lines, boolean total) {
    Map<String, GenderLine> byKey =
        lines.stream().collect(Collectors.toMap(GenderLine::key, Function.identity()));
    GenderLine all = byKey.get(GenderLevels.TOTAL_KEY);
    List<String> cells =
        List.of(
            name,
            Numbers.count(all.total()),
            Numbers.count(all.women()),
            Numbers.percent(all),
            share(byKey, GenderLevels.Cumulative.PROFESSIONAL_AND_HIGHER.key()),
            share(byKey, GenderLevels.Cumulative.P5_AND_ABOVE.key()),
            share(byKey, GenderLevels.Cumulative.D1_AND_ABOVE.key()));
    return total ? Table.Row.total(cells) : new Table.Row(cells, false, false);
  }

  private static String share(Map<String, GenderLine> byKey, String key) {
    GenderLine l = byKey.get(key);
    return l == null ? Numbers.NONE : Numbers.percent(l);
  }

  private static Table targetTable(GenderReport r) {
    List<Table.Column> columns =
        List.of(
            Table.Column.text("level"),
            Table.Column.number("target %"),
            Table.Column.number("women"),
            Table.Column.number("recorded"),
            Table.Column.number("women %"),
            Table.Column.text("status"),
            Table.Column.number("needed"));
    List<Table.Row> rows = new ArrayList<>();
    for (GenderReport.TargetLine t : r.targets()) {
      rows.add(
          Table.Row.of(
              t.label(),
              Numbers.plain(t.targetPercent()),
              Numbers.count(t.women()),
              Numbers.count(t.recorded()),
              t.recorded() == null
                  ? Numbers.SUPPRESSED
                  : t.recorded() == 0
                      ? Numbers.NONE
                      : Numbers.percent(
                          new org.divcalc.domain.GenderCount(
                              t.women(), t.recorded() - t.women(), 0, 0)),
              t.status(),
              t.status().equals("no-staff") ? Numbers.NONE : Numbers.count(t.womenNeeded())));
    }
    return new Table(
        "gender-targets",
        "Targets",
        columns,
        rows,
        List.of(
            "Needed = the women needed: the smallest whole k with (women + k) ÷ recorded ≥ target, with the"
                + " same headcount (k posts change hands). 'no-staff': nobody at that level has"
                + " a recorded sex, so the target is neither met nor missed."));
  }
}
