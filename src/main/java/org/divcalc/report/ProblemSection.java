package org.divcalc.report;

import java.util.List;

/**
 * The problems found in a roster: all counted by kind, the first ones listed in full.
 *
 * @param total problems found
 * @param errors problems that are errors
 * @param warnings problems that are warnings
 * @param byKind count per kind, in a fixed order
 * @param listed the first problems, in file order
 * @param notListed problems counted but not listed
 */
public record ProblemSection(
    long total,
    long errors,
    long warnings,
    List<KindCount> byKind,
    List<Problem> listed,
    long notListed) {
  public ProblemSection {
    byKind = List.copyOf(byKind);
    listed = List.copyOf(listed);
  }

  /**
   * How many problems of one kind.
   *
   * @param kind stable key
   * @param severity "error" or "warning"
   * @param count number found
   */
  public record KindCount(String kind, String severity, long count) {}

  /**
   * One problem; never carries a staff id or a name.
   *
   * @param line physical line
   * @param column 1-based column, 0 for the whole row
   * @param severity "error" or "warning"
   * @param kind stable key
   * @param message what was found and what was expected
   */
  public record Problem(long line, int column, String severity, String kind, String message) {}
}
