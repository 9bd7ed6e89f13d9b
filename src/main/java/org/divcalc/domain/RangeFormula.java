package org.divcalc.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The desirable-range formula of the UN Secretariat (GA resolution 42/220 A and following),
 * computed in exact decimal arithmetic.
 *
 * <p>Only two quantities need a division, and both are rounded to {@link #PRECISION}: the
 * membership factor (÷ N) and the population factor (÷ P). Everything else is exact: the rate in
 * per cent becomes a fraction by moving the decimal point, and sums, products, maxima and the final
 * rounding to whole posts are exact. The midpoints therefore sum to the base figure to within N
 * units in the 34th significant digit (when the rates of the membership sum to 100 %).
 */
public final class RangeFormula {
  /** 34 significant digits, half even: IEEE 754 decimal128, the same on every machine. */
  public static final MathContext PRECISION = MathContext.DECIMAL128;

  private RangeFormula() {}

  /** Computes the range of every State of the membership, in the order given. */
  public static FormulaRanges compute(
      RangeParameters parameters, BigDecimal baseFigure, List<RangeInput> membership) {
    if (baseFigure.signum() <= 0) {
      throw new IllegalArgumentException("the base figure must be positive, found " + baseFigure);
    }
    if (membership.isEmpty()) {
      throw new IllegalArgumentException("the membership is empty");
    }
    long totalPopulation = 0;
    for (RangeInput s : membership) {
      totalPopulation = Math.addExact(totalPopulation, s.population());
    }
    if (totalPopulation == 0 && parameters.populationWeight().signum() > 0) {
      throw new IllegalArgumentException("the total population of the membership is zero");
    }
    BigDecimal n = BigDecimal.valueOf(membership.size());
    BigDecimal membershipFactor =
        parameters.membershipWeight().multiply(baseFigure).divide(n, PRECISION);
    List<StateRange> states = new ArrayList<>();
    for (RangeInput s : membership) {
      states.add(range(parameters, baseFigure, s, membershipFactor, totalPopulation));
    }
    return new FormulaRanges(parameters, baseFigure, totalPopulation, states);
  }

  private static StateRange range(
      RangeParameters p,
      BigDecimal baseFigure,
      RangeInput s,
      BigDecimal membershipFactor,
      long totalPopulation) {
    BigDecimal populationFactor =
        totalPopulation == 0
            ? BigDecimal.ZERO
            : p.populationWeight()
                .multiply(baseFigure)
                .multiply(BigDecimal.valueOf(s.population()))
                .divide(BigDecimal.valueOf(totalPopulation), PRECISION);
    BigDecimal contribution =
        p.contributionWeight().multiply(baseFigure).multiply(s.ratePct()).movePointLeft(2);
    BigDecimal midpoint = membershipFactor.add(populationFactor).add(contribution);
    BigDecimal flexibility = p.flexibility().multiply(midpoint).max(p.minimumFlexibility());
    BigDecimal lower = midpoint.subtract(flexibility).max(p.minimumPosts());
    BigDecimal upper = midpoint.add(flexibility).max(p.upperLimitFloor()).max(lower);
    return new StateRange(
        s,
        membershipFactor,
        populationFactor,
        contribution,
        midpoint,
        flexibility,
        lower,
        upper,
        whole(lower, p.rounding()),
        whole(midpoint, p.rounding()),
        whole(upper, p.rounding()));
  }

  private static BigDecimal whole(BigDecimal value, RoundingMode rounding) {
    return value.setScale(0, rounding);
  }
}
