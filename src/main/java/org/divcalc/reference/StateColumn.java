package org.divcalc.reference;

import java.math.BigDecimal;

/** Reading the cells of user-supplied reference files: States, decimals and whole numbers. */
final class StateColumn {
  /** Headers accepted for the column naming the State, in order of preference. */
  static final String[] HEADERS = {
    "iso3", "state", "member_state", "country", "nationality", "un_name", "name", "iso2", "m49"
  };

  private StateColumn() {}

  /** The header of the column naming the State. */
  static String find(ReferenceTable table) {
    return table
        .firstColumn(HEADERS)
        .orElseThrow(
            () ->
                new ReferenceDataException(
                    table.origin()
                        + ": line 1: no column naming the State; expected one of "
                        + String.join(", ", HEADERS)
                        + " (found "
                        + table.header()
                        + ")"));
  }

  /** The header of a required column, matched without regard to case. */
  static String require(ReferenceTable table, String what, String... candidates) {
    return table
        .firstColumn(candidates)
        .orElseThrow(
            () ->
                new ReferenceDataException(
                    table.origin()
                        + ": line 1: no "
                        + what
                        + " column; expected '"
                        + String.join("' or '", candidates)
                        + "' (found "
                        + table.header()
                        + ")"));
  }

  /** The State named in a cell; unknown names are errors with a "did you mean" hint. */
  static State state(ReferenceTable table, int row, String column, StateLookup lookup) {
    String value = table.rows().get(row).get(column);
    return lookup
        .state(value)
        .orElseThrow(
            () ->
                new ReferenceDataException(
                    table.where(row, column)
                        + ": found '"
                        + value
                        + "', expected a State (ISO code, M49 number or UN name)"
                        + lookup.hint(value)));
  }

  static final BigDecimal LARGEST = org.divcalc.domain.InputLimits.LARGEST;

  /** A non-negative decimal number, at most {@link #LARGEST}. */
  static BigDecimal decimal(ReferenceTable table, int row, String column, String expected) {
    String value = table.rows().get(row).get(column);
    try {
      BigDecimal d = new BigDecimal(value.trim());
      if (d.signum() >= 0 && d.compareTo(LARGEST) <= 0) {
        return d;
      }
      if (d.signum() > 0) {
        throw new ReferenceDataException(
            table.where(row, column)
                + ": found '"
                + value
                + "', expected "
                + expected
                + " no larger than "
                + LARGEST.toPlainString());
      }
    } catch (NumberFormatException e) {
      // Reported below with the location.
    }
    throw new ReferenceDataException(
        table.where(row, column) + ": found '" + value + "', expected " + expected);
  }

  /** A non-negative whole number. */
  static long whole(ReferenceTable table, int row, String column, String expected) {
    BigDecimal d = decimal(table, row, column, expected);
    try {
      return d.longValueExact();
    } catch (ArithmeticException e) {
      throw new ReferenceDataException(
          table.where(row, column)
              + ": found '"
              + table.rows().get(row).get(column)
              + "', expected "
              + expected,
          e);
    }
  }
}
