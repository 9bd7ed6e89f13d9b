package org.divcalc.roster;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.divcalc.domain.ProblemKind;
import org.divcalc.domain.Reconciliation;
import org.divcalc.domain.RowProblem;

/**
 * What reading a roster found out: the input's fingerprint, what was detected and assumed, how
 * every row was accounted for, and the problems.
 *
 * @param file the path as given
 * @param sizeBytes file size
 * @param sha256 hex SHA-256 of the file's bytes
 * @param encoding encoding used and why
 * @param delimiter delimiter used
 * @param delimiterReason why that delimiter
 * @param mapping header row and column mapping
 * @param reconciliation rows read, counted and excluded
 * @param problems the first problems in full, in file order
 * @param problemCounts every problem counted by kind
 * @param problemTotal number of problems, kept or not
 * @param notes other assumptions worth reporting
 */
public record RosterReading(
    String file,
    long sizeBytes,
    String sha256,
    DetectedEncoding encoding,
    char delimiter,
    String delimiterReason,
    HeaderMapping mapping,
    Reconciliation reconciliation,
    List<RowProblem> problems,
    Map<ProblemKind, Long> problemCounts,
    long problemTotal,
    List<String> notes) {
  public RosterReading {
    Objects.requireNonNull(file, "file");
    problems = List.copyOf(problems);
    problemCounts = Map.copyOf(problemCounts);
    notes = List.copyOf(notes);
  }

  /** True when some problem is an error (the row was excluded for a reason the user must fix). */
  public boolean hasErrors() {
    return problemCounts.entrySet().stream()
        .anyMatch(e -> e.getKey().severity() == ProblemKind.Severity.ERROR && e.getValue() > 0);
  }
}
