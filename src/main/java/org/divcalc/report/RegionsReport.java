package org.divcalc.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What {@code divcalc regions} found: staff, women's share and geographical staff per region of a
 * grouping, with the Member States of each region by status when ranges were given.
 *
 * @param tool always "divcalc"
 * @param schemaVersion version of the JSON format, see {@link ReportSchema}
 * @param toolVersion version that wrote the report
 * @param command always "regions"
 * @param input the roster and what was detected
 * @param reconciliation how every row was accounted for
 * @param population who was counted as staff
 * @param grouping the grouping of States into regions
 * @param membership which Member States the report covers
 * @param geographical who counts as subject to geographical distribution
 * @param ranges the desirable ranges used, or null when none were given
 * @param shareDecimals decimals of every share (fractions: 0.1823 is 18.23 %)
 * @param rows one row per region, then "no group" (if any) and the staff outside the membership
 * @param total the sum of the rows, equal to the overall counts
 * @param notes how to read the figures
 * @param minCell smallest count published (--min-cell); 0 when suppression is off
 * @param warnings things the user must know
 */
public record RegionsReport(
    String tool,
    String schemaVersion,
    String toolVersion,
    String command,
    InputSection input,
    ReconciliationSection reconciliation,
    PopulationSection population,
    GroupingSection grouping,
    Membership membership,
    Geographical geographical,
    Ranges ranges,
    int shareDecimals,
    List<RegionLine> rows,
    RegionLine total,
    List<String> notes,
    int minCell,
    List<String> warnings) {

  /** Decimals of a share written as a fraction (4: 0.1823, i.e. 18.23 %). */
  public static final int SHARE_DECIMALS = 4;

  public RegionsReport {
    Objects.requireNonNull(grouping, "grouping");
    Objects.requireNonNull(total, "total");
    rows = List.copyOf(rows);
    notes = List.copyOf(notes);
    warnings = List.copyOf(warnings);
  }

  /**
   * The Member States a report covers.
   *
   * @param asOf the snapshot date, or null when none was given
   * @param memberStates N
   * @param basis how the membership was chosen
   * @param datasets the lists that decided who is a Member State and which State each nationality
   *     names, with fingerprints (also without ranges)
   */
  public record Membership(
      String asOf, int memberStates, String basis, List<DatasetLine> datasets) {
    public Membership {
      datasets = List.copyOf(datasets);
    }
  }

  /**
   * Who counts as subject to geographical distribution.
   *
   * @param scheme the scheme whose rules apply
   * @param rules the rules in words
   * @param staff staff subject to geographical distribution
   */
  public record Geographical(String scheme, List<String> rules, long staff) {
    public Geographical {
      rules = List.copyOf(rules);
    }
  }

  /**
   * The desirable ranges the regions' States were compared with.
   *
   * @param method "formula" or "published"
   * @param baseFigure the base figure B (formula only)
   * @param basis where the limits come from
   * @param scheme the scheme and its parameters
   * @param choices the choices made, with reasons
   * @param inputs the datasets used, with fingerprints
   */
  public record Ranges(
      String method,
      BigDecimal baseFigure,
      String basis,
      SchemeSection scheme,
      List<ChoiceLine> choices,
      List<DatasetLine> inputs) {
    public Ranges {
      choices = List.copyOf(choices);
      inputs = List.copyOf(inputs);
    }
  }
}
