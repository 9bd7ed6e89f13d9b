package org.divcalc.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.divcalc.domain.GenderAnalysis;
import org.divcalc.domain.GenderRow;

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
   * @param groups one entry per value, sorted by value
   */
  public record Breakdown(String by, List<Group> groups) {
    public Breakdown {
      groups = List.copyOf(groups);
    }

    static Breakdown of(String by, Map<String, List<GenderRow>> groups) {
      List<Group> out = new ArrayList<>();
      groups.forEach((value, rows) -> out.add(new Group(value, lines(rows))));
      return new Breakdown(by, out);
    }
  }

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
   * @param women women at the level
   * @param recorded staff with recorded sex at the level
   * @param womenShare current share (fraction), null with no staff
   * @param status "met", "not-met" or "no-staff"
   * @param womenNeeded smallest k with (women + k) ÷ recorded ≥ target, same headcount
   */
  public record TargetLine(
      String level,
      String label,
      BigDecimal targetPercent,
      long women,
      long recorded,
      BigDecimal womenShare,
      String status,
      long womenNeeded) {
    static TargetLine of(GenderAnalysis.TargetResult r) {
      return new TargetLine(
          r.target().level(),
          r.label(),
          r.target().percent(),
          r.count().women(),
          r.count().recorded(),
          r.count().womenShare(SHARE_DECIMALS).orElse(null),
          r.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
          r.womenNeeded());
    }
  }

  static List<GenderLine> lines(List<GenderRow> rows) {
    return rows.stream().map(GenderLine::of).toList();
  }

  /** Builds the report from a finished analysis. */
  public static GenderReport of(
      String toolVersion,
      InputSection input,
      ReconciliationSection reconciliation,
      PopulationSection population,
      GenderAnalysis analysis,
      String breakdownBy,
      List<GenderAnalysis.TargetResult> targets,
      List<String> warnings) {
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
        lines(analysis.rows()),
        breakdownBy == null ? null : Breakdown.of(breakdownBy, analysis.groups()),
        targets.stream().map(TargetLine::of).toList(),
        warnings);
  }
}
