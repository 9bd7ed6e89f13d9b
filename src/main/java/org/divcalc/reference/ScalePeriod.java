package org.divcalc.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * The assessment rates of one period of a scale of assessments.
 *
 * @param startYear first calendar year of the period, or 0 for a file without periods
 * @param endYear last calendar year of the period, or 0 for a file without periods
 * @param ratesPct rate in per cent by alpha-3 code, as published
 */
public record ScalePeriod(int startYear, int endYear, Map<String, BigDecimal> ratesPct) {
  public ScalePeriod {
    ratesPct = java.util.Collections.unmodifiableMap(new TreeMap<>(ratesPct));
  }

  /** True for the period of a file that has no period columns. */
  public boolean undated() {
    return startYear == 0;
  }

  /** True when the date falls within the period (an undated period contains every date). */
  public boolean contains(LocalDate date) {
    return undated() || (date.getYear() >= startYear && date.getYear() <= endYear);
  }

  /** "2013-2015", or "undated". */
  public String label() {
    return undated() ? "undated" : startYear + "-" + endYear;
  }
}
