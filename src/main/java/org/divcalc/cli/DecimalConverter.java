package org.divcalc.cli;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Decimal options (--base-figure): digits with an optional decimal point. Picocli's own converter
 * let a Java exception's text through ("Character a is neither a decimal digit number…") and took
 * exponents such as 1e999999999, which overflowed later as an internal error.
 */
final class DecimalConverter implements CommandLine.ITypeConverter<BigDecimal> {
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
  private static final BigDecimal LARGEST = org.divcalc.domain.InputLimits.LARGEST;
  private static final Pattern THOUSANDS = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

  /** " (write it without thousands separators: 3000)" when {@code v} has them, else "". */
  static String thousandsHint(String v) {
    return THOUSANDS.matcher(v).matches()
        ? " (write it without thousands separators: " + v.replace(",", "") + ")"
        : "";
  }

  @Override
  public BigDecimal convert(String value) {
    String v = value.strip();
    if (DECIMAL.matcher(v).matches()) {
      BigDecimal d = new BigDecimal(v);
      if (d.abs().compareTo(LARGEST) > 0) {
        // found in session 8's defect hunt: 99999999999999999999 overflowed a count later
        throw new CommandLine.TypeConversionException(
            "'" + value + "' is too large; expected at most " + LARGEST.toPlainString());
      }
      return d;
    }
    throw new CommandLine.TypeConversionException(
        "'"
            + value
            + "' is not a number"
            + thousandsHint(v)
            + "; expected digits, e.g. 3000 or 850.5");
  }
}
