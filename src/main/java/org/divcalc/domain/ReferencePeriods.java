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
    int latest = ruleYear(asOf);
    return years.stream().mapToInt(Integer::intValue).filter(y -> y <= latest).max();
  }

  /** The year the rule takes on {@code asOf} when every year is in the data. */
  public static int ruleYear(LocalDate asOf) {
    return asOf.isBefore(LocalDate.of(asOf.getYear(), 7, 1)) ? asOf.getYear() - 1 : asOf.getYear();
  }
}
