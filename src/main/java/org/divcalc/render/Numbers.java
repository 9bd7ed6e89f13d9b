package org.divcalc.render;

import java.math.BigDecimal;
import java.util.Optional;
import org.divcalc.domain.GenderCount;

/** How numbers are written in text, Markdown and CSV tables. */
final class Numbers {
  /** Written where a share has no denominator. */
  static final String NONE = "-";

  private Numbers() {}

  /** Written in place of a count or share withheld by small-cell suppression. */
  static final String SUPPRESSED = "[c]";

  static String count(long n) {
    return Long.toString(n);
  }

  /** A count, or the suppression mark when it is withheld (null). */
  static String count(Long n) {
    return n == null ? SUPPRESSED : Long.toString(n);
  }

  /** Women's share in per cent with one decimal, straight from the counts: "45.2". */
  static String percent(GenderCount c) {
    return c.womenPercent(1).map(BigDecimal::toPlainString).orElse(NONE);
  }

  /** A line's women's share in per cent, "-" with no staff, the mark when withheld. */
  static String percent(org.divcalc.report.GenderLine l) {
    if (l.isSuppressed("womenShare")) {
      return SUPPRESSED;
    }
    return l.womenPercent().map(BigDecimal::toPlainString).orElse(NONE);
  }

  static String plain(BigDecimal d) {
    return d == null ? NONE : d.stripTrailingZeros().toPlainString();
  }

  static String orNone(Optional<String> s) {
    return s.orElse(NONE);
  }
}
