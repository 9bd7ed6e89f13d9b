package org.divcalc.reference;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * {@link LocalDate#parse} for the plain YYYY-MM-DD dates of the reference data, without the
 * general-purpose parser's cost at start-up (the Member States alone hold 193 dates).
 */
final class IsoDates {
  private IsoDates() {}

  /**
   * The date; exactly what {@link LocalDate#parse} returns or throws, which is called for anything
   * other than a valid date of four-digit year.
   */
  static LocalDate parse(CharSequence text) {
    if (text != null
        && text.length() == 10
        && text.charAt(4) == '-'
        && text.charAt(7) == '-'
        && digits(text, 0, 4)
        && digits(text, 5, 7)
        && digits(text, 8, 10)) {
      try {
        return LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10));
      } catch (DateTimeException e) {
        // an impossible date such as 2023-02-30: the parser's own error follows
      }
    }
    return LocalDate.parse(text);
  }

  private static boolean digits(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int number(CharSequence text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (text.charAt(i) - '0');
    }
    return n;
  }
}
