package org.divcalc.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.OptionalInt;

/** The rules that pick which year of a yearly series applies on a date. */
public final class ReferencePeriods {
  private ReferencePeriods() {}

  /**
   * The latest year whose mid-year reference date (1 July) is not after {@code asOf}: population
   * figures are mid-year estimates, so a year's figure is not "as at" a date before 1 July.
   */
  public static OptionalInt populationYear(Collection<Integer> years, LocalDate asOf) {
    return years.stream()
        .mapToInt(Integer::intValue)
        .filter(y -> !LocalDate.of(y, 7, 1).isAfter(asOf))
        .max();
  }
}
