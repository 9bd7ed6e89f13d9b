package org.divcalc.render;

import java.math.BigDecimal;
import java.util.Optional;
import org.divcalc.domain.GenderCount;

/** How numbers are written in text, Markdown and CSV tables. */
final class Numbers {
  /** Written where a share has no denominator. */
  static final String NONE = "-";

  private Numbers() {}

  static String count(long n) {
    return Long.toString(n);
  }

  /** Women's share in per cent with one decimal, straight from the counts: "45.2". */
  static String percent(GenderCount c) {
    return c.womenPercent(1).map(BigDecimal::toPlainString).orElse(NONE);
  }

  static String plain(BigDecimal d) {
    return d == null ? NONE : d.stripTrailingZeros().toPlainString();
  }

  static String orNone(Optional<String> s) {
    return s.orElse(NONE);
  }
}
