package org.divcalc.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The parameters of the desirable-range formula of the UN Secretariat (1988–2023, General Assembly
 * resolutions 42/220 A and following) and of the organizations that adopted a variant of it.
 *
 * @param membershipWeight share of the base figure divided equally among Member States (0.40)
 * @param populationWeight share divided in proportion to population (0.05)
 * @param contributionWeight share divided in proportion to the assessment rate (0.55)
 * @param flexibility fraction of the midpoint either side of it (0.15)
 * @param minimumFlexibility smallest distance in posts between midpoint and each limit (4.8)
 * @param upperLimitFloor smallest upper limit in posts (14)
 * @param minimumPosts smallest lower limit in posts (0)
 * @param rounding how limits are rounded to whole posts (half up)
 * @param comparison whether counts are compared with the rounded or the exact limits
 */
public record RangeParameters(
    BigDecimal membershipWeight,
    BigDecimal populationWeight,
    BigDecimal contributionWeight,
    BigDecimal flexibility,
    BigDecimal minimumFlexibility,
    BigDecimal upperLimitFloor,
    BigDecimal minimumPosts,
    RoundingMode rounding,
    LimitComparison comparison) {

  public RangeParameters {
    nonNegative("weights.membership", membershipWeight);
    nonNegative("weights.population", populationWeight);
    nonNegative("weights.contribution", contributionWeight);
    nonNegative("flexibility", flexibility);
    nonNegative("minimumFlexibility", minimumFlexibility);
    nonNegative("upperLimitFloor", upperLimitFloor);
    nonNegative("minimumPosts", minimumPosts);
    Objects.requireNonNull(rounding, "rounding");
    Objects.requireNonNull(comparison, "comparison");
    BigDecimal sum = membershipWeight.add(populationWeight).add(contributionWeight);
    if (sum.compareTo(BigDecimal.ONE) != 0) {
      throw new IllegalArgumentException(
          "weights: membership + population + contribution must be 1, found "
              + sum.toPlainString());
    }
  }

  /** The UN Secretariat's values, 1988–2023: 40/5/55, 15 %, 4.8 posts, 14 posts, half up. */
  public static RangeParameters unSecretariat1988() {
    return new RangeParameters(
        new BigDecimal("0.40"),
        new BigDecimal("0.05"),
        new BigDecimal("0.55"),
        new BigDecimal("0.15"),
        new BigDecimal("4.8"),
        new BigDecimal("14"),
        BigDecimal.ZERO,
        RoundingMode.HALF_UP,
        LimitComparison.ROUNDED);
  }

  private static void nonNegative(String key, BigDecimal value) {
    Objects.requireNonNull(value, key);
    if (value.signum() < 0) {
      throw new IllegalArgumentException(key + ": must not be negative, found " + value);
    }
  }
}
