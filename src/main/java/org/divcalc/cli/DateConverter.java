package org.divcalc.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/**
 * Reads a date option such as {@code --as-of}: ISO YYYY-MM-DD, and a day that exists. The message
 * names what was found and what is expected, without the Java exception picocli would quote.
 */
public final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
  @Override
  public LocalDate convert(String value) {
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      boolean shaped = value.strip().matches("\\d{4}-\\d{2}-\\d{2}");
      throw new CommandLine.TypeConversionException(
          "'"
              + value
              + "' is "
              + (shaped ? "not a day of the calendar" : "not a date of the form YYYY-MM-DD")
              + "; expected e.g. 2022-12-31");
    }
  }
}
