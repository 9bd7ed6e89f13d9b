package org.divcalc.cli;

import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Whole-number options (--min-cell, --population-year). Picocli's own converter said only "is not
 * an int", also for 2147483648, which is a whole number, too large for the option.
 */
final class WholeNumberConverter implements CommandLine.ITypeConverter<Integer> {
  private static final Pattern WHOLE = Pattern.compile("[+-]?\\d+");

  @Override
  public Integer convert(String value) {
    String v = value.strip();
    if (WHOLE.matcher(v).matches()) {
      try {
        return Integer.valueOf(v);
      } catch (NumberFormatException e) {
        throw new CommandLine.TypeConversionException(
            v.startsWith("-")
                ? "'" + value + "' is far below any value the option takes"
                : "'" + value + "' is too large; expected at most " + Integer.MAX_VALUE);
      }
    }
    throw new CommandLine.TypeConversionException(
        "'"
            + value
            + "' is not a whole number"
            + DecimalConverter.thousandsHint(v)
            + "; expected digits, e.g. 5");
  }
}
