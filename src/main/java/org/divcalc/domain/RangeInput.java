package org.divcalc.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What the formula needs to know about one Member State.
 *
 * @param iso3 ISO 3166-1 alpha-3 code
 * @param name name printed in reports
 * @param ratePct assessment rate in per cent, as published (e.g. 10.833)
 * @param population total population in the chosen year
 */
public record RangeInput(String iso3, String name, BigDecimal ratePct, long population) {
  public RangeInput {
    Objects.requireNonNull(iso3, "iso3");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(ratePct, "ratePct");
    if (ratePct.signum() < 0) {
      throw new IllegalArgumentException(iso3 + ": negative assessment rate " + ratePct);
    }
    if (population < 0) {
      throw new IllegalArgumentException(iso3 + ": negative population " + population);
    }
  }
}
