package org.divcalc.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One Member State's desirable range as computed by the formula, with every intermediate value kept
 * exact so that it can be printed and checked.
 *
 * @param input the State's rate and population
 * @param membership membership factor, weight × B ÷ N
 * @param populationFactor population factor, weight × B × p ÷ P
 * @param contribution contribution factor, weight × B × rate
 * @param midpoint sum of the three factors
 * @param flexibility distance between the midpoint and each limit before the floors apply
 * @param lowerExact lower limit before rounding
 * @param upperExact upper limit before rounding
 * @param lower lower limit rounded to whole posts
 * @param midpointRounded midpoint rounded to whole posts
 * @param upper upper limit rounded to whole posts
 */
public record StateRange(
    RangeInput input,
    BigDecimal membership,
    BigDecimal populationFactor,
    BigDecimal contribution,
    BigDecimal midpoint,
    BigDecimal flexibility,
    BigDecimal lowerExact,
    BigDecimal upperExact,
    BigDecimal lower,
    BigDecimal midpointRounded,
    BigDecimal upper) {

  public StateRange {
    Objects.requireNonNull(input, "input");
  }

  /** The limits a count is compared with: the rounded ones or the exact ones. */
  public DesirableRange limits(LimitComparison comparison) {
    return comparison == LimitComparison.ROUNDED
        ? new DesirableRange(input.iso3(), input.name(), lower, midpoint, upper)
        : new DesirableRange(input.iso3(), input.name(), lowerExact, midpoint, upperExact);
  }
}
