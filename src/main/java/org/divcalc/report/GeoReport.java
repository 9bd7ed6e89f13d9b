package org.divcalc.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * What {@code divcalc geo} found: every Member State's status under the system of desirable ranges,
 * with the rules, parameters and data that produced it.
 *
 * @param tool always "divcalc"
 * @param schemaVersion version of the JSON format, see {@link ReportSchema}
 * @param toolVersion version that wrote the report
 * @param command always "geo"
 * @param asOf snapshot date
 * @param method "formula" or "published"
 * @param baseFigure base figure B, or null with a published table
 * @param comparison "rounded" or "exact": which limits counts are compared with
 * @param input the roster and what was detected
 * @param reconciliation how every row was accounted for
 * @param scheme the scheme, its parameters and counting rules
 * @param choices membership, scale period, population year ... and why
 * @param datasets reference data used, with fingerprints
 * @param counted who was counted as subject to geographical distribution
 * @param summary Member States per status
 * @param shown which States the per-State table lists and in what order
 * @param states the per-State table
 * @param outsideMembership staff whose nationality is not a Member State, by code
 * @param minCell smallest count published (--min-cell); 0 when suppression is off
 * @param warnings what the reader must know
 */
public record GeoReport(
    String tool,
    String schemaVersion,
    String toolVersion,
    String command,
    String asOf,
    String method,
    BigDecimal baseFigure,
    String comparison,
    InputSection input,
    ReconciliationSection reconciliation,
    SchemeSection scheme,
    List<ChoiceLine> choices,
    List<DatasetLine> datasets,
    PopulationSection counted,
    GeoSummary summary,
    Shown shown,
    List<GeoStateLine> states,
    List<OutsideLine> outsideMembership,
    int minCell,
    List<String> warnings) {
  public GeoReport {
    choices = List.copyOf(choices);
    datasets = List.copyOf(datasets);
    states = List.copyOf(states);
    outsideMembership = List.copyOf(outsideMembership);
    warnings = List.copyOf(warnings);
  }

  /**
   * Which States the table shows.
   *
   * @param sort "name", "status" or "shortfall"
   * @param statuses the statuses kept (all when none were asked for)
   * @param listed how many States the table lists
   */
  public record Shown(String sort, List<String> statuses, int listed) {
    public Shown {
      statuses = List.copyOf(statuses);
    }
  }

  /**
   * Staff outside the membership.
   *
   * @param code alpha-3 code, STATELESS or UNKNOWN
   * @param name the State's name, or a description
   * @param kind "observer-state", "not-a-member-on-date", "stateless" or "unknown"
   * @param staff how many; null when withheld (--min-cell)
   */
  public record OutsideLine(String code, String name, String kind, Long staff) {}
}
