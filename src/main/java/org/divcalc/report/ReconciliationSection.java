package org.divcalc.report;

import java.util.List;

/**
 * How every data row was accounted for: rows read = rows counted + rows excluded.
 *
 * @param rowsRead data rows read (blank lines included, the header not)
 * @param rowsCounted rows that enter the statistics
 * @param rowsExcluded rows left out
 * @param excludedByReason rows left out, by reason, in a fixed order
 */
public record ReconciliationSection(
    long rowsRead, long rowsCounted, long rowsExcluded, List<ReasonCount> excludedByReason) {
  public ReconciliationSection {
    excludedByReason = List.copyOf(excludedByReason);
    long sum = excludedByReason.stream().mapToLong(ReasonCount::rows).sum();
    if (rowsRead != rowsCounted + rowsExcluded || sum != rowsExcluded) {
      throw new IllegalArgumentException("reconciliation does not add up");
    }
  }

  /**
   * Rows excluded for one reason.
   *
   * @param kind stable key, e.g. "duplicate-id"
   * @param reason readable reason
   * @param rows number of rows
   */
  public record ReasonCount(String kind, String reason, long rows) {}
}
