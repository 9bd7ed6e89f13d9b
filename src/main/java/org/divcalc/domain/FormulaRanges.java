package org.divcalc.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The desirable ranges of a whole membership as computed by {@link RangeFormula}, with the sums an
 * auditor checks.
 *
 * @param parameters the parameters used
 * @param baseFigure the base figure B
 * @param totalPopulation P, the population of the membership
 * @param states one range per Member State, in the order of the input
 */
public record FormulaRanges(
    RangeParameters parameters,
    BigDecimal baseFigure,
    long totalPopulation,
    List<StateRange> states) {

  public FormulaRanges {
    Objects.requireNonNull(parameters, "parameters");
    Objects.requireNonNull(baseFigure, "baseFigure");
    states = List.copyOf(states);
  }

  /** N, the number of Member States. */
  public int memberCount() {
    return states.size();
  }

  /** The range of one State. */
  public Optional<StateRange> state(String iso3) {
    return states.stream().filter(s -> s.input().iso3().equals(iso3)).findFirst();
  }

  /** The sum of one quantity over the membership (exact). */
  public BigDecimal sum(Function<StateRange, BigDecimal> quantity) {
    return states.stream().map(quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The sum of the assessment rates of the membership, in per cent. */
  public BigDecimal rateSumPct() {
    return sum(s -> s.input().ratePct());
  }

  /** The limits counts are compared with, as the parameters say (rounded or exact). */
  public DesirableRanges limits() {
    return new DesirableRanges(
        "formula, " + parameters.comparison().key() + " limits",
        states.stream().map(s -> s.limits(parameters.comparison())).toList());
  }
}
