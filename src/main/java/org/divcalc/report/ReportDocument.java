package org.divcalc.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * What {@code divcalc report} writes: every analysis of one roster in one document, with the
 * input's fingerprint, the reconciliation, every parameter and every warning.
 *
 * @param tool always "divcalc"
 * @param schemaVersion version of the JSON format, see {@link ReportSchema}
 * @param toolVersion version that wrote the report
 * @param command always "report"
 * @param generatedAt when the report was made (ISO 8601), only with --timestamp; null otherwise so
 *     that the same inputs give the same bytes
 * @param input the roster and what was detected
 * @param reconciliation how every row was accounted for
 * @param parameters every parameter that shaped the figures
 * @param gender women's share by grade
 * @param geographical geographical representation, or why there is none
 * @param regions staff and representation per region of the grouping
 * @param warnings what the reader must know
 */
public record ReportDocument(
    String tool,
    String schemaVersion,
    String toolVersion,
    String command,
    String generatedAt,
    InputSection input,
    ReconciliationSection reconciliation,
    Parameters parameters,
    GenderSection gender,
    GeoSection geographical,
    RegionsSection regions,
    List<String> warnings) {
  public ReportDocument {
    warnings = List.copyOf(warnings);
  }

  /**
   * The parameters of the whole report.
   *
   * @param asOf snapshot date
   * @param gradeScale the grade scale used
   * @param scheme the scheme: range parameters and counting rules
   * @param ranges "formula", "published" or "none"
   * @param baseFigure base figure B, null unless the formula was used
   * @param comparison "rounded" or "exact" limits, null without ranges
   * @param choices membership, scale period, population year ... and why
   * @param datasets reference data used, with fingerprints
   * @param minCell smallest count published (--min-cell); 0 when suppression is off
   */
  public record Parameters(
      String asOf,
      String gradeScale,
      SchemeSection scheme,
      String ranges,
      BigDecimal baseFigure,
      String comparison,
      List<ChoiceLine> choices,
      List<DatasetLine> datasets,
      int minCell) {
    public Parameters {
      choices = List.copyOf(choices);
      datasets = List.copyOf(datasets);
    }
  }

  /**
   * Women's share by grade.
   *
   * @param population who was counted
   * @param denominator the rule for the share
   * @param shareDecimals decimals of every share
   * @param rows grades, subtotals, cumulative levels, total
   * @param targets targets measured
   */
  public record GenderSection(
      PopulationSection population,
      String denominator,
      int shareDecimals,
      List<GenderLine> rows,
      List<GenderReport.TargetLine> targets) {
    public GenderSection {
      rows = List.copyOf(rows);
      targets = List.copyOf(targets);
    }

    /** The section of a gender report. */
    public static GenderSection of(GenderReport r) {
      return new GenderSection(
          r.population(), r.denominator(), r.shareDecimals(), r.rows(), r.targets());
    }
  }

  /**
   * Staff and representation per region.
   *
   * @param grouping the grouping, its source and special cases
   * @param membership how the membership was chosen
   * @param shareDecimals decimals of every share
   * @param rows one row per region, then "no group" and the staff outside the membership
   * @param total the totals
   * @param notes how to read the table
   */
  public record RegionsSection(
      GroupingSection grouping,
      RegionsReport.Membership membership,
      int shareDecimals,
      List<RegionLine> rows,
      RegionLine total,
      List<String> notes) {
    public RegionsSection {
      rows = List.copyOf(rows);
      notes = List.copyOf(notes);
    }

    /** The section of a regions report. */
    public static RegionsSection of(RegionsReport r) {
      return new RegionsSection(
          r.grouping(), r.membership(), r.shareDecimals(), r.rows(), r.total(), r.notes());
    }
  }

  /**
   * Geographical representation.
   *
   * @param available false when no ranges were given (then only {@code reason} and {@code counted}
   *     are filled)
   * @param reason why the section is empty, or null
   * @param counted staff subject to geographical distribution
   * @param summary Member States per status, or null
   * @param states every Member State, sorted by name; empty when not available
   * @param outsideMembership staff whose nationality is not a Member State
   */
  public record GeoSection(
      boolean available,
      String reason,
      PopulationSection counted,
      GeoSummary summary,
      List<GeoStateLine> states,
      List<GeoReport.OutsideLine> outsideMembership) {
    public GeoSection {
      states = List.copyOf(states);
      outsideMembership = List.copyOf(outsideMembership);
    }

    /** The section of a geo report. */
    public static GeoSection of(GeoReport r) {
      return new GeoSection(
          true, null, r.counted(), r.summary(), r.states(), r.outsideMembership());
    }
  }
}
