package org.divcalc.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The limits a Member State's count of geographical staff is compared with, from the formula or
 * from a published table.
 *
 * @param iso3 ISO 3166-1 alpha-3 code
 * @param name name printed in reports
 * @param lower lower limit
 * @param midpoint midpoint, or null when a published table does not give it
 * @param upper upper limit
 */
public record DesirableRange(
    String iso3, String name, BigDecimal lower, BigDecimal midpoint, BigDecimal upper) {
  public DesirableRange {
    Objects.requireNonNull(iso3, "iso3");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(lower, "lower");
    Objects.requireNonNull(upper, "upper");
    if (lower.signum() < 0) {
      throw new IllegalArgumentException(iso3 + ": negative lower limit " + lower);
    }
    if (lower.compareTo(upper) > 0) {
      throw new IllegalArgumentException(
          iso3 + ": lower limit " + lower + " is above upper limit " + upper);
    }
  }
}
