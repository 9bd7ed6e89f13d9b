package org.divcalc.render;

import java.util.ArrayList;
import java.util.List;
import org.divcalc.report.GenderLine;
import org.divcalc.report.GenderReport;
import org.divcalc.report.GeoReport;
import org.divcalc.report.RegionsReport;
import org.divcalc.report.ReportDocument;
import org.divcalc.report.SchemeSection;
import org.divcalc.report.Table;

/**
 * Draws the combined {@code divcalc report}: a readable summary as text, every table as Markdown or
 * as one CSV per table.
 */
public final class ReportRender {
  private ReportRender() {}

  /** A summary for a terminal: the headline figures and the main tables. */
  public static String text(
      ReportDocument d, GenderReport gender, GeoReport geo, RegionsReport regions) {
    StringBuilder sb = new StringBuilder();
    sb.append("divcalc ")
        .append(d.toolVersion())
        .append(": report as at ")
        .append(d.parameters().asOf());
    if (d.generatedAt() != null) {
      sb.append(", generated ").append(d.generatedAt());
    }
    sb.append("\n\n");
    intro(sb, d, "");
    sb.append(RosterHeader.population(d.gender().population()));
    sb.append('\n').append(headline(d)).append('\n');
    for (Table t : GenderRender.tables(gender)) {
      sb.append(TableFormats.text(t)).append('\n');
    }
    if (geo != null) {
      sb.append(TableFormats.text(GeoRender.summary(geo.summary()))).append('\n');
      if (!geo.outsideMembership().isEmpty()) {
        sb.append(TableFormats.text(GeoRender.outside(geo))).append('\n');
      }
      sb.append("The per-State table: --format json, markdown or csv, or 'divcalc geo'.\n\n");
    }
    for (Table t : RegionsTables.tables(regions)) {
      sb.append(TableFormats.text(t)).append('\n');
    }
    sb.append(TableFormats.text(RangesTables.choices(d.parameters().choices())));
    if (!d.warnings().isEmpty()) {
      sb.append('\n');
      d.warnings().forEach(w -> sb.append(TableFormats.wrap("Warning: " + w, TableFormats.WIDTH)));
    }
    return sb.toString();
  }

  /** Every table, as Markdown, ready to paste into a report draft. */
  public static String markdown(
      ReportDocument d, GenderReport gender, GeoReport geo, RegionsReport regions) {
    StringBuilder sb = new StringBuilder();
    sb.append("## Workforce diversity as at ").append(d.parameters().asOf()).append("\n\n");
    intro(sb, d, "- ");
    for (String line : RosterHeader.population(d.gender().population()).split("\n")) {
      sb.append("- ").append(line.strip()).append('\n');
    }
    sb.append('\n').append(headline(d)).append('\n');
    for (Table t : tables(d, gender, geo, regions)) {
      sb.append(TableFormats.markdown(t)).append('\n');
    }
    d.warnings().forEach(w -> sb.append("> Warning: ").append(w).append("\n>\n"));
    sb.append("\n_divcalc ").append(d.toolVersion()).append("_\n");
    return sb.toString();
  }

  /**
   * The name of every table {@link #csvTables} can write, whether a run writes it or not (the
   * geographical tables need ranges, the targets --target).
   */
  public static final List<String> CSV_TABLE_NAMES =
      List.of(
          "parameters",
          "reconciliation",
          "gender",
          "gender-targets",
          "geo-summary",
          "geo-states",
          "geo-outside-membership",
          "regions",
          "choices",
          "inputs");

  /**
   * The CSV files of {@code --format csv --output-dir}, each named for its file: the parameters and
   * the reconciliation, then each analysis's table as its own command writes it in CSV (every
   * digit, shares as fractions), not the rounded tables of the text report.
   */
  public static List<Table> csvTables(
      ReportDocument d, GenderReport gender, GeoReport geo, RegionsReport regions) {
    List<Table> tables = new ArrayList<>();
    tables.add(parameters(d));
    tables.add(reconciliation(d));
    tables.add(GenderRender.csvTable(gender));
    Table targets = GenderRender.csvTargets(gender);
    if (targets != null) {
      tables.add(targets);
    }
    if (geo != null) {
      tables.add(GeoRender.csvSummary(geo.summary()));
      tables.add(GeoRender.csvTable(geo));
      if (!geo.outsideMembership().isEmpty()) {
        tables.add(GeoRender.outside(geo));
      }
    }
    tables.add(RegionsRender.csvTable(regions));
    tables.add(RangesTables.choices(d.parameters().choices()));
    if (!d.parameters().datasets().isEmpty()) {
      tables.add(RangesTables.inputs(d.parameters().datasets()));
    }
    return tables;
  }

  /** Every table of the report, each named for its CSV file. */
  public static List<Table> tables(
      ReportDocument d, GenderReport gender, GeoReport geo, RegionsReport regions) {
    List<Table> tables = new ArrayList<>();
    tables.add(parameters(d));
    tables.add(reconciliation(d));
    tables.addAll(GenderRender.tables(gender));
    if (geo != null) {
      tables.addAll(GeoRender.tables(geo));
    }
    tables.addAll(RegionsTables.tables(regions));
    tables.add(RangesTables.choices(d.parameters().choices()));
    if (!d.parameters().datasets().isEmpty()) {
      tables.add(RangesTables.inputs(d.parameters().datasets()));
    }
    return tables;
  }

  private static void intro(StringBuilder sb, ReportDocument d, String bullet) {
    ReportDocument.Parameters p = d.parameters();
    String ranges =
        switch (p.ranges()) {
          case "formula" ->
              "formula, base figure "
                  + Decimals.given(p.baseFigure())
                  + ", "
                  + p.comparison()
                  + " limits";
          case "published" -> "published table, " + p.comparison() + " limits";
          default -> "none given";
        };
    List<String> lines =
        List.of(
            "Roster: " + d.input().file(),
            d.reconciliation().rowsRead()
                + " rows read = "
                + d.reconciliation().rowsCounted()
                + " counted + "
                + d.reconciliation().rowsExcluded()
                + " excluded; "
                + d.input().encoding()
                + ", delimiter "
                + d.input().delimiter(),
            "SHA-256 " + d.input().sha256(),
            "Scheme " + p.scheme().name() + "; ranges: " + ranges);
    for (int i = 0; i < lines.size(); i++) {
      boolean continuation = bullet.isEmpty() && i > 0 && i < 3;
      sb.append(bullet).append(continuation ? "  " : "").append(lines.get(i)).append('\n');
    }
  }

  private static String headline(ReportDocument d) {
    StringBuilder sb = new StringBuilder("Women's share: ");
    List<String> parts = new ArrayList<>();
    for (GenderLine l : d.gender().rows()) {
      if (l.kind().equals("cumulative") || l.kind().equals("total")) {
        String percent = Numbers.percent(l);
        parts.add(
            l.label()
                + (percent.equals(Numbers.NONE)
                    ? ": nobody with a recorded sex"
                    : " " + percent + " %"));
      }
    }
    sb.append(String.join("; ", parts)).append(".\n");
    ReportDocument.GeoSection g = d.geographical();
    if (g.available()) {
      sb.append("Member States: ")
          .append(g.summary().unrepresented())
          .append(" unrepresented, ")
          .append(g.summary().underRepresented())
          .append(" under-represented, ")
          .append(g.summary().withinRange())
          .append(" within range, ")
          .append(g.summary().overRepresented())
          .append(" over-represented")
          // the counts partition the membership: a published table may leave States out
          .append(g.summary().noRange() > 0 ? ", " + g.summary().noRange() + " with no range" : "")
          .append(" (of ")
          .append(g.summary().memberStates())
          .append("); ")
          .append(g.counted().kept())
          .append(" staff subject to geographical distribution.\n");
    } else {
      sb.append("Geographical representation: ").append(g.reason()).append(".\n");
    }
    return TableFormats.wrap(sb.toString().strip(), TableFormats.WIDTH);
  }

  /** Every parameter and fact an auditor needs, as item / value pairs, warnings last. */
  private static Table parameters(ReportDocument d) {
    ReportDocument.Parameters p = d.parameters();
    List<Table.Row> rows = new ArrayList<>();
    java.util.function.BiConsumer<String, Object> add =
        (k, v) -> rows.add(Table.Row.of(k, v == null ? "" : v.toString()));
    add.accept("tool", d.tool() + " " + d.toolVersion());
    add.accept("schema version", d.schemaVersion());
    add.accept("generated at", d.generatedAt());
    add.accept("roster file", d.input().file());
    add.accept("roster size (bytes)", d.input().sizeBytes());
    add.accept("roster sha256", d.input().sha256());
    add.accept("encoding", d.input().encoding() + " (" + d.input().encodingReason() + ")");
    add.accept("delimiter", d.input().delimiter() + " (" + d.input().delimiterReason() + ")");
    for (var c : d.input().columns()) {
      add.accept(
          "column " + c.field(), c.column() == 0 ? "none" : c.header() + " (" + c.reason() + ")");
    }
    add.accept("rows read", d.reconciliation().rowsRead());
    add.accept("rows counted", d.reconciliation().rowsCounted());
    add.accept("rows excluded", d.reconciliation().rowsExcluded());
    add.accept("as-of date", p.asOf());
    add.accept("grade scale", p.gradeScale());
    // the scheme's every parameter and rule, and the files' fingerprints, as JSON has them (found
    // in session 8's audit: the CSV and Markdown named the scheme only)
    SchemeSection sc = p.scheme();
    add.accept("scheme", sc.name() + " (" + sc.origin() + ")");
    add.accept(
        "scheme sha256",
        sc.sha256() == null || sc.sha256().isEmpty() ? "none: built into divcalc" : sc.sha256());
    add.accept(
        "scheme valid", sc.validFrom() + " to " + (sc.validTo() == null ? "-" : sc.validTo()));
    add.accept("scheme membership weight", plain(sc.membershipWeight()));
    add.accept("scheme population weight", plain(sc.populationWeight()));
    add.accept("scheme contribution weight", plain(sc.contributionWeight()));
    add.accept("scheme flexibility", plain(sc.flexibility()));
    add.accept("scheme minimum flexibility (posts)", plain(sc.minimumFlexibility()));
    add.accept("scheme upper limit floor (posts)", plain(sc.upperLimitFloor()));
    add.accept("scheme minimum posts", plain(sc.minimumPosts()));
    add.accept("scheme rounding", sc.rounding());
    add.accept("scheme compares with", sc.compareWith() + " limits");
    SchemeSection.Counting counting = sc.counting();
    add.accept("counted categories", String.join(" ", counting.categories()));
    add.accept(
        "counted grades",
        counting.grades().isEmpty()
            ? "none besides the categories"
            : String.join(" ", counting.grades()));
    add.accept(
        "counted funding",
        counting.funding().isEmpty() ? "any" : String.join(" ", counting.funding()));
    add.accept(
        "excluded appointments",
        counting.excludedAppointments().isEmpty()
            ? "none"
            : String.join(" ", counting.excludedAppointments()));
    add.accept(
        "excluded post types",
        counting.excludedPostTypes().isEmpty()
            ? "none"
            : String.join(" ", counting.excludedPostTypes()));
    add.accept("counting override", counting.override());
    add.accept("ranges", p.ranges());
    add.accept("base figure", p.baseFigure() == null ? null : p.baseFigure().toPlainString());
    add.accept("limits compared", p.comparison());
    add.accept("population", d.gender().population().description());
    for (String rule : d.gender().population().rules()) {
      add.accept("population rule", rule);
    }
    for (String f : d.gender().population().filters()) {
      add.accept("filter", f);
    }
    add.accept("staff kept", d.gender().population().kept());
    add.accept("grouping", d.regions().grouping().name());
    add.accept("grouping origin", d.regions().grouping().origin());
    add.accept("grouping sha256", d.regions().grouping().sha256());
    add.accept("min cell", p.minCell() == 0 ? "off" : p.minCell());
    for (String w : d.warnings()) {
      add.accept("warning", w);
    }
    return new Table(
        "parameters",
        "Parameters",
        List.of(Table.Column.text("item"), Table.Column.text("value")),
        rows,
        List.of());
  }

  private static String plain(java.math.BigDecimal d) {
    return d == null ? "" : d.stripTrailingZeros().toPlainString();
  }

  private static Table reconciliation(ReportDocument d) {
    List<Table.Row> rows = new ArrayList<>();
    rows.add(Table.Row.of("rows read", Long.toString(d.reconciliation().rowsRead())));
    rows.add(Table.Row.of("rows counted", Long.toString(d.reconciliation().rowsCounted())));
    // the note's equation, every term of it in the table
    rows.add(Table.Row.of("rows excluded", Long.toString(d.reconciliation().rowsExcluded())));
    d.reconciliation()
        .excludedByReason()
        .forEach(r -> rows.add(Table.Row.of("excluded: " + r.reason(), Long.toString(r.rows()))));
    return new Table(
        "reconciliation",
        "Reconciliation",
        List.of(Table.Column.text("rows"), Table.Column.number("count")),
        rows,
        List.of("rows read = rows counted + rows excluded"));
  }
}
