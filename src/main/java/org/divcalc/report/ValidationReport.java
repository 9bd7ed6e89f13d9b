package org.divcalc.report;

import java.util.Objects;

/**
 * What {@code divcalc validate} found in a roster.
 *
 * @param tool always "divcalc"
 * @param schemaVersion version of the JSON format, see {@link ReportSchema}
 * @param toolVersion version of divcalc that wrote the report
 * @param command always "validate"
 * @param input the roster and what was detected
 * @param reconciliation how every row was accounted for
 * @param problems problems found
 * @param clean true when no row has an error
 */
public record ValidationReport(
    String tool,
    String schemaVersion,
    String toolVersion,
    String command,
    InputSection input,
    ReconciliationSection reconciliation,
    ProblemSection problems,
    boolean clean) {
  public ValidationReport {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(reconciliation, "reconciliation");
    Objects.requireNonNull(problems, "problems");
  }
}
