package org.divcalc.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What {@code divcalc ranges} computed or loaded: every Member State's desirable range, the
 * parameters, the choices made and the inputs used.
 *
 * @param tool always "divcalc"
 * @param schemaVersion version of the JSON format, see {@link ReportSchema}
 * @param toolVersion version of divcalc
 * @param command always "ranges"
 * @param asOf snapshot date
 * @param method "formula" or "published"
 * @param baseFigure the base figure B (formula only)
 * @param scheme the scheme and its parameters
 * @param choices the choices made, with reasons
 * @param inputs the datasets used, with fingerprints
 * @param ranges one row per Member State, sorted by name
 * @param totals sums over the membership
 * @param notes how to read the figures (precision, comparison)
 * @param warnings things the user must know
 */
public record RangesReport(
    String tool,
    String schemaVersion,
    String toolVersion,
    String command,
    String asOf,
    String method,
    BigDecimal baseFigure,
    SchemeSection scheme,
    List<ChoiceLine> choices,
    List<DatasetLine> inputs,
    List<RangeRow> ranges,
    RangeRow totals,
    List<String> notes,
    List<String> warnings) {
  public RangesReport {
    Objects.requireNonNull(scheme, "scheme");
    choices = List.copyOf(choices);
    inputs = List.copyOf(inputs);
    ranges = List.copyOf(ranges);
    notes = List.copyOf(notes);
    warnings = List.copyOf(warnings);
  }
}
