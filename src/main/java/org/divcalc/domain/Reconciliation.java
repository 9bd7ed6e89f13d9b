package org.divcalc.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How every data row of a roster was accounted for: rows read = rows counted + rows excluded.
 *
 * @param rowsRead data rows read (the header is not a row; a blank line is)
 * @param rowsCounted rows that enter the statistics
 * @param excludedByReason rows left out, by the first problem that excluded them
 */
public record Reconciliation(
    long rowsRead, long rowsCounted, Map<ProblemKind, Long> excludedByReason) {
  public Reconciliation {
    Objects.requireNonNull(excludedByReason, "excludedByReason");
    EnumMap<ProblemKind, Long> copy = new EnumMap<>(ProblemKind.class);
    copy.putAll(excludedByReason);
    excludedByReason = Collections.unmodifiableMap(copy);
    long excluded = copy.values().stream().mapToLong(Long::longValue).sum();
    if (rowsRead != rowsCounted + excluded) {
      throw new IllegalArgumentException(
          "rows do not reconcile: read "
              + rowsRead
              + " != counted "
              + rowsCounted
              + " + excluded "
              + excluded);
    }
  }

  /** Rows left out, whatever the reason. */
  public long rowsExcluded() {
    return rowsRead - rowsCounted;
  }
}
