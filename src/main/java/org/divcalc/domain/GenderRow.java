package org.divcalc.domain;

import java.util.Objects;

/**
 * One row of a gender table.
 *
 * @param key stable key: a grade code, a category key, "P-5+", "D-1+", "P+" or "all"
 * @param label what the row is called in reports
 * @param kind grade, category subtotal, cumulative level or grand total
 * @param count the staff at that level
 */
public record GenderRow(String key, String label, Kind kind, GenderCount count) {
  /** What sort of row. */
  public enum Kind {
    GRADE,
    CATEGORY,
    CUMULATIVE,
    TOTAL
  }

  public GenderRow {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(count, "count");
  }
}
