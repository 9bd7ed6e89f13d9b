package org.divcalc.report;

import java.util.List;

/**
 * Which staff a statistic counted and how many each step kept.
 *
 * @param name population key: "all", "professional" or "geographical"
 * @param description what the population is
 * @param rules the rules that define it, one sentence each
 * @param filters {@code --where} conditions, normalised
 * @param rowsCounted usable roster rows offered
 * @param inPopulation rows in the population, before filters
 * @param kept rows that passed population and filters
 */
public record PopulationSection(
    String name,
    String description,
    List<String> rules,
    List<String> filters,
    long rowsCounted,
    long inPopulation,
    long kept) {
  public PopulationSection {
    rules = List.copyOf(rules);
    filters = List.copyOf(filters);
    if (kept > inPopulation || inPopulation > rowsCounted) {
      throw new IllegalArgumentException("population counts must shrink step by step");
    }
  }
}
