package org.divcalc.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.divcalc.domain.GenderAnalysis;
import org.divcalc.domain.GenderRow;
import org.divcalc.domain.GenderSuppression;
import org.divcalc.domain.GenderTarget;
import org.divcalc.domain.GradeScale;

/**
 * What {@code divcalc gender} found: women's share by grade for the staff selected, with the rules,
 * the breakdown and the targets.
 *
 * @param tool always "divcalc"
 * @param schemaVersion version of the JSON format, see {@link ReportSchema}
 * @param toolVersion version that wrote the report
 * @param command always "gender"
 * @param input the roster and what was detected
 * @param reconciliation how every row was accounted for
 * @param population who was counted
 * @param denominator the rule for the women's share, in words
 * @param shareDecimals decimals of every {@code womenShare}
 * @param rows the table: grades, category subtotals, cumulative levels, total
 * @param breakdown the table per value of a column, or null
 * @param targets targets measured, empty when none given
 * @param minCell the smallest count published (--min-cell); 0 when suppression is off
 * @param warnings things the user should know
 */
public record GenderReport(
    String tool,
    String schemaVersion,
    String toolVersion,
    String command,
    InputSection input,
    ReconciliationSection reconciliation,
    PopulationSection population,
    String denominator,
    int shareDecimals,
    List<GenderLine> rows,
    Breakdown breakdown,
    List<TargetLine> targets,
    int minCell,
    List<String> warnings) {

  /** Decimals of a share written as a fraction (4: 0.4523, i.e. 45.23 %). */
  public static final int SHARE_DECIMALS = 4;

  /** The denominator rule of the domain guide, printed under every gender table. */
  public static final String DENOMINATOR =
      "Women's share = women ÷ staff whose sex is recorded (women, men and other, e.g. X). Staff"
          + " with no recorded sex are counted in the total but left out of the share.";

  public GenderReport {
    rows = List.copyOf(rows);
    targets = List.copyOf(targets);
    warnings = List.copyOf(warnings);
  }

  /** True when some target with staff at its level is not met. */
  @JsonIgnore
  public boolean anyTargetMissed() {
    return targets.stream().anyMatch(t -> t.status().equals("not-met"));
  }

  /**
   * The table per value of a column.
   *
   * @param by the column
   * @param grouping with {@code --by region}, the grouping that decides each staff member's region
   *     and the file it came from (found in session 8's audit: its SHA-256 was in no output); null
   *     for any other column
   * @param groups one entry per value, sorted by value
   */
  public record Breakdown(String by, GroupingSource grouping, List<Group> groups) {
    public Breakdown {
      groups = List.copyOf(groups);
    }

    static Breakdown of(
        String by,
        GroupingSource grouping,
        Map<String, List<GenderRow>> groups,
        Map<String, Map<String, Set<GenderSuppression.Cell>>> suppressed) {
      List<Group> out = new ArrayList<>();
      groups.forEach(
          (value, rows) ->
              out.add(new Group(value, lines(rows, suppressed.getOrDefault(value, Map.of())))));
      return new Breakdown(by, grouping, out);
    }
  }

  /**
   * A grouping of States into regions, and where it came from.
   *
   * @param name the grouping's name
   * @param origin "embedded:FILE" or the path the user gave
   * @param sha256 hex SHA-256 of that file
   */
  public record GroupingSource(String name, String origin, String sha256) {}

  /**
   * One value of the breakdown column.
   *
   * @param value the value ("(blank)" for blank)
   * @param rows its table
   */
  public record Group(String value, List<GenderLine> rows) {
    public Group {
      rows = List.copyOf(rows);
    }
  }

  /**
   * A target measured.
   *
   * @param level key of the level
   * @param label name of the level
   * @param targetPercent the target in per cent
   * @param women women at the level, null when suppressed
   * @param recorded staff with recorded sex at the level, null when suppressed
   * @param womenShare current share (fraction), null with no staff or when suppressed
   * @param status "met", "not-met" or "no-staff"
   * @param womenNeeded smallest k with (women + k) ÷ recorded ≥ target, same headcount; null when
   *     suppressed (it would reveal the counts) or when nobody at the level has a recorded sex
   *     ("no-staff": no number of women meets a share of nobody)
   */
  public record TargetLine(
      String level,
      String label,
      BigDecimal targetPercent,
      Long women,
      Long recorded,
      BigDecimal womenShare,
      String status,
      Long womenNeeded) {
    static TargetLine of(GenderAnalysis.TargetResult r, boolean hidden) {
      return new TargetLine(
          r.target().level(),
          r.label(),
          r.target().percent(),
          hidden ? null : r.count().women(),
          hidden ? null : r.count().recorded(),
          hidden ? null : r.count().womenShare(SHARE_DECIMALS).orElse(null),
          r.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
          hidden || r.status() == GenderTarget.Status.NO_STAFF ? null : r.womenNeeded());
    }
  }

  static List<GenderLine> lines(List<GenderRow> rows) {
    return rows.stream().map(GenderLine::of).toList();
  }

  static List<GenderLine> lines(
      List<GenderRow> rows, Map<String, Set<GenderSuppression.Cell>> suppressed) {
    return rows.stream()
        .map(r -> GenderLine.of(r, suppressed.getOrDefault(r.key(), Set.of())))
        .toList();
  }

  /**
   * Builds the report from a finished analysis, suppressing counts below {@code minCell} (0: no
   * suppression) in the table, the breakdown and the targets together. In a report whose regional
   * table also prints the row for everyone selected, {@code totalWithheldElsewhere} are the cells
   * of that row it withholds ({@link GenderSuppression#suppress(List, Map, GradeScale, int, Set)});
   * null when no other table prints it.
   */
  public static GenderReport of(
      String toolVersion,
      InputSection input,
      ReconciliationSection reconciliation,
      PopulationSection population,
      GenderAnalysis analysis,
      String breakdownBy,
      GroupingSource grouping,
      List<GenderAnalysis.TargetResult> targets,
      List<String> warnings,
      int minCell,
      GradeScale scale,
      Set<GenderSuppression.Cell> totalWithheldElsewhere) {
    Map<String, List<GenderRow>> groups = breakdownBy == null ? Map.of() : analysis.groups();
    Map<String, Map<String, Set<GenderSuppression.Cell>>> suppressed =
        minCell > 1
            ? GenderSuppression.suppress(
                analysis.rows(), groups, scale, minCell, totalWithheldElsewhere)
            : Map.of();
    Map<String, Set<GenderSuppression.Cell>> overall =
        suppressed.getOrDefault(GenderSuppression.OVERALL, Map.of());
    int withheld =
        suppressed.values().stream().flatMap(t -> t.values().stream()).mapToInt(Set::size).sum();
    List<String> allWarnings = new ArrayList<>(warnings);
    for (org.divcalc.domain.GenderLevels.Cumulative c :
        org.divcalc.domain.GenderLevels.Cumulative.values()) {
      if (c.members(scale).isEmpty()) {
        allWarnings.add(
            "the "
                + scale.name()
                + " has no professional or higher grade "
                + c.threshold()
                + ": the tables have no '"
                + c.label()
                + "' row");
      }
    }
    if (withheld > org.divcalc.domain.CellSuppression.EXACT_AUDIT_LIMIT) {
      allWarnings.add(
          withheld
              + " cells are withheld: more than the "
              + org.divcalc.domain.CellSuppression.EXACT_AUDIT_LIMIT
              + " up to which divcalc also checks every combination of totals exactly; each"
              + " withheld cell is protected against every total and subtotal shown, but review"
              + " the breakdown before publishing it");
    }
    int cells = analysis.rows().size() * GenderSuppression.Cell.values().length;
    for (List<GenderRow> g : groups.values()) {
      cells += g.size() * GenderSuppression.Cell.values().length;
    }
    if (minCell > 1 && withheld * 10 >= cells * 9) {
      // nothing leaks, but a table of [c] is not worth publishing: say so, and what helps
      allWarnings.add(
          "--min-cell "
              + minCell
              + ": "
              + withheld
              + " of the gender table's "
              + cells
              + " counts are withheld: too few staff per cell for a table worth publishing;"
              + " coarsen the breakdown or lower --min-cell");
    }
    List<String> exposed =
        minCell > 1
            ? GenderSuppression.exposed(analysis.rows(), groups, scale, minCell, suppressed)
            : List.of();
    if (!exposed.isEmpty()) {
      allWarnings.add(
          "--min-cell "
              + minCell
              + ": "
              + exposed.size()
              + " withheld count(s) of the gender table ("
              + CellNames.of(exposed)
              + ") can still be worked out from the staff"
              + " counted (which every report prints) and the counts shown: there are too few"
              + " staff to hide them among; do not publish the table as it is (the number counts"
              + " table cells, not people: one person can be in a grade, its subtotal and a"
              + " level)");
    }
    return new GenderReport(
        "divcalc",
        org.divcalc.report.ReportSchema.VERSION,
        toolVersion,
        "gender",
        input,
        reconciliation,
        population,
        DENOMINATOR,
        SHARE_DECIMALS,
        lines(analysis.rows(), overall),
        breakdownBy == null ? null : Breakdown.of(breakdownBy, grouping, groups, suppressed),
        targets.stream()
            .map(t -> TargetLine.of(t, hidesTarget(overall.get(t.target().level()), t)))
            .toList(),
        Math.max(0, minCell),
        allWarnings);
  }

  /** A target's counts are withheld when its level's women or recorded staff are suppressed. */
  private static boolean hidesTarget(
      Set<GenderSuppression.Cell> cells, GenderAnalysis.TargetResult t) {
    if (cells == null) {
      return false;
    }
    return cells.contains(GenderSuppression.Cell.WOMEN)
        || cells.contains(GenderSuppression.Cell.MEN)
        || cells.contains(GenderSuppression.Cell.OTHER);
  }
}
