package org.divcalc.roster;

import java.util.Objects;

/**
 * Which roster column was taken for a canonical field, and why.
 *
 * @param field the canonical field
 * @param index 0-based column index
 * @param header the header as written in the file
 * @param reason "header 'Gender' is a synonym of sex", "--column grade=Level", ...
 */
public record ColumnMapping(Field field, int index, String header, String reason) {
  public ColumnMapping {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(reason, "reason");
  }
}
