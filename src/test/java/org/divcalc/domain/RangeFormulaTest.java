package org.divcalc.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class RangeFormulaTest {
  // Three made-up States: rates 50 %, 30 %, 20 %; populations 600, 300, 100 (P = 1000); N = 3.
  private static final List<RangeInput> THREE =
      List.of(
          new RangeInput("AAA", "Aland", new BigDecimal("50.000"), 600),
          new RangeInput("BBB", "Bland", new BigDecimal("30.000"), 300),
          new RangeInput("CCC", "Cland", new BigDecimal("20.000"), 100));

  private static FormulaRanges compute(RangeParameters p, String baseFigure) {
    return RangeFormula.compute(p, new BigDecimal(baseFigure), THREE);
  }

  private static RangeParameters unesco(BigDecimal minimumPosts) {
    return new RangeParameters(
        new BigDecimal("0.65"),
        new BigDecimal("0.05"),
        new BigDecimal("0.30"),
        new BigDecimal("0.15"),
        new BigDecimal("4.8"),
        new BigDecimal("14"),
        minimumPosts,
        RoundingMode.HALF_UP,
        LimitComparison.ROUNDED);
  }

  @Test
  void handComputedCaseWithTheUnSecretariatParameters() {
    FormulaRanges r = compute(RangeParameters.unSecretariat1988(), "100");
    // membership = 0.40 × 100 ÷ 3 = 13.333…, rounded to 34 significant digits
    assertThat(r.states().get(0).membership())
        .isEqualByComparingTo("13.33333333333333333333333333333333");
    // Aland: population 0.05 × 100 × 600 ÷ 1000 = 3; contribution 0.55 × 100 × 0.50 = 27.5
    // midpoint 43.8333…; flexibility 0.15 × 43.8333… = 6.575; limits 37.258… and 50.408…
    StateRange a = r.states().get(0);
    assertThat(a.populationFactor()).isEqualByComparingTo("3");
    assertThat(a.contribution()).isEqualByComparingTo("27.5");
    assertThat(a.midpoint()).isEqualByComparingTo("43.83333333333333333333333333333333");
    assertThat(a.flexibility()).isEqualByComparingTo("6.5749999999999999999999999999999995");
    assertThat(List.of(a.lower(), a.midpointRounded(), a.upper()))
        .containsExactly(new BigDecimal("37"), new BigDecimal("44"), new BigDecimal("50"));
    // Bland: 13.333… + 1.5 + 16.5 = 31.333…; 0.15 × 31.333… = 4.7 < 4.8, so flexibility 4.8:
    // limits 26.533… → 27 and 36.133… → 36
    StateRange b = r.states().get(1);
    assertThat(b.flexibility()).isEqualByComparingTo("4.8");
    assertThat(List.of(b.lower(), b.midpointRounded(), b.upper()))
        .containsExactly(new BigDecimal("27"), new BigDecimal("31"), new BigDecimal("36"));
    // Cland: 13.333… + 0.5 + 11 = 24.833…; flexibility 4.8: limits 20.033… → 20, 29.633… → 30
    StateRange c = r.states().get(2);
    assertThat(List.of(c.lower(), c.midpointRounded(), c.upper()))
        .containsExactly(new BigDecimal("20"), new BigDecimal("25"), new BigDecimal("30"));
  }

  @Test
  void changingTheWeightsChangesTheRangesAsTheFormulaSays() {
    FormulaRanges r = compute(unesco(BigDecimal.ZERO), "100");
    // membership = 0.65 × 100 ÷ 3 = 21.666…
    // Aland: 21.666… + 3 + 0.30 × 100 × 0.50 = 39.666…; flex 5.95: 33.716… → 34, 45.616… → 46
    StateRange a = r.states().get(0);
    assertThat(a.contribution()).isEqualByComparingTo("15");
    assertThat(List.of(a.lower(), a.midpointRounded(), a.upper()))
        .containsExactly(new BigDecimal("34"), new BigDecimal("40"), new BigDecimal("46"));
    // Bland: 21.666… + 1.5 + 9 = 32.166…; flex 4.825: 27.341… → 27, 36.991… → 37
    // (21.666…67 is rounded up in its 34th digit, so 0.15 × midpoint carries a 5 in the 35th)
    StateRange b = r.states().get(1);
    assertThat(b.flexibility()).isEqualByComparingTo("4.8250000000000000000000000000000005");
    assertThat(List.of(b.lower(), b.midpointRounded(), b.upper()))
        .containsExactly(new BigDecimal("27"), new BigDecimal("32"), new BigDecimal("37"));
    // Cland: 21.666… + 0.5 + 6 = 28.166…; flex 4.8: 23.366… → 23, 32.966… → 33
    StateRange c = r.states().get(2);
    assertThat(List.of(c.lower(), c.midpointRounded(), c.upper()))
        .containsExactly(new BigDecimal("23"), new BigDecimal("28"), new BigDecimal("33"));
  }

  @Test
  void lowerLimitNeverFallsBelowTheMinimumPostsNorBelowZero() {
    // B = 10: Cland's midpoint is 1.333… + 0.05 + 1.1 = 2.483…; minus 4.8 would be negative.
    StateRange zero = compute(RangeParameters.unSecretariat1988(), "10").states().get(2);
    assertThat(zero.midpoint()).isEqualByComparingTo("2.483333333333333333333333333333333");
    assertThat(zero.lowerExact()).isEqualByComparingTo("0");
    assertThat(zero.upperExact()).isEqualByComparingTo("14");
    StateRange two = compute(unesco(new BigDecimal("2")), "10").states().get(2);
    assertThat(two.lower()).isEqualByComparingTo("2");
  }

  @Test
  void midpointsSumToTheBaseFigureWithin34SignificantDigits() {
    for (String b : List.of("100", "3400", "850", "7.5")) {
      FormulaRanges r = compute(RangeParameters.unSecretariat1988(), b);
      BigDecimal difference = r.sum(StateRange::midpoint).subtract(new BigDecimal(b));
      assertThat(difference.abs()).as("B = %s", b).isLessThan(new BigDecimal("1E-28"));
    }
  }

  @Test
  void countsAreComparedWithRoundedOrExactLimitsAsTheParametersSay() {
    StateRange a = compute(RangeParameters.unSecretariat1988(), "100").states().get(0);
    assertThat(a.limits(LimitComparison.ROUNDED).lower()).isEqualByComparingTo("37");
    assertThat(a.limits(LimitComparison.EXACT).lower()).isEqualByComparingTo(a.lowerExact());
  }
}
