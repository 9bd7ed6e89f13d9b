package org.divcalc.domain;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Who a statistic counts: a population, then filters, each counted as rows pass through so the
 * report can say how many staff each step kept.
 */
public final class StaffSelection implements Predicate<StaffMember> {
  private final Population population;
  private final Predicate<StaffMember> geographical;
  private final List<StaffFilter> filters;
  private long seen;
  private long inPopulation;
  private long kept;

  /**
   * A selection.
   *
   * @param population the population
   * @param geographical the rule for "subject to geographical distribution"; used only by the
   *     geographical population
   * @param filters {@code --where} conditions, all of which must hold
   */
  public StaffSelection(
      Population population, Predicate<StaffMember> geographical, List<StaffFilter> filters) {
    this.population = Objects.requireNonNull(population, "population");
    this.geographical = Objects.requireNonNull(geographical, "geographical");
    this.filters = List.copyOf(filters);
  }

  @Override
  public boolean test(StaffMember staff) {
    return test(staff, 1);
  }

  /** Tests {@code count} staff members equal to {@code staff}, counting each step by that many. */
  public boolean test(StaffMember staff, long count) {
    seen += count;
    boolean in =
        switch (population) {
          case ALL -> true;
          case PROFESSIONAL -> staff.grade().category().isProfessionalAndHigher();
          case GEOGRAPHICAL -> geographical.test(staff);
        };
    if (!in) {
      return false;
    }
    inPopulation += count;
    // every filter sees every staff member of the population, so that each can tell which of its
    // values nobody has
    boolean passes = true;
    for (StaffFilter f : filters) {
      passes &= f.test(staff);
    }
    if (!passes) {
      return false;
    }
    kept += count;
    return true;
  }

  public Population population() {
    return population;
  }

  public List<StaffFilter> filters() {
    return filters;
  }

  /** Counted roster rows offered to the selection. */
  public long seen() {
    return seen;
  }

  /** Rows in the population, before filters. */
  public long inPopulation() {
    return inPopulation;
  }

  /** Rows that passed population and filters. */
  public long kept() {
    return kept;
  }
}
