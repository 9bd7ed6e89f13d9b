package org.divcalc.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.divcalc.domain.FormulaRanges;
import org.divcalc.domain.RangeFormula;
import org.divcalc.domain.RangeParameters;
import org.divcalc.domain.StateRange;
import org.divcalc.roster.NationalityResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The domain guide's test vectors: scale 2013-2015, B = 3,400, as at 2013-06-30, N = 193. */
class UnSecretariatTestVectorsTest {
  private static final LocalDate AS_OF = LocalDate.of(2013, 6, 30);
  private static final States STATES = States.embedded();
  private static final RangeBasisLoader LOADER =
      new RangeBasisLoader(STATES, new NationalityResolver(STATES));
  private static final BigDecimal B = new BigDecimal("3400");

  private static FormulaRanges ranges(Integer populationYear) {
    RangeBasis basis = LOADER.load(AS_OF, new RangeSources(null, null, null, populationYear));
    return RangeFormula.compute(RangeParameters.unSecretariat1988(), B, basis.inputs());
  }

  private static List<Integer> limits(FormulaRanges r, String iso3) {
    StateRange s = r.state(iso3).orElseThrow();
    return List.of(
        s.lower().intValueExact(), s.midpointRounded().intValueExact(), s.upper().intValueExact());
  }

  @Test
  void theDateChoosesMembershipScalePeriodAndPopulationYear() {
    RangeBasis basis = LOADER.load(AS_OF, RangeSources.embedded());
    assertThat(basis.inputs()).hasSize(193);
    assertThat(basis.scalePeriod().label()).isEqualTo("2013-2015");
    assertThat(basis.populationYear()).isEqualTo(2012);
    assertThat(basis.warnings()).isEmpty();
    assertThat(LOADER.membership(LocalDate.of(2011, 7, 13), null).states()).hasSize(192);
    assertThat(LOADER.membership(LocalDate.of(2011, 7, 14), null).states()).hasSize(193);
  }

  @ParameterizedTest(name = "population {0}")
  @ValueSource(ints = {2011, 2012, 2013})
  void publishedRangesAreReproduced(int populationYear) {
    FormulaRanges r = ranges(populationYear);
    assertThat(r.memberCount()).isEqualTo(193);
    assertThat(limits(r, "JPN")).containsExactly(181, 213, 245);
    assertThat(limits(r, "USA")).containsExactly(362, 426, 490);
    assertThat(limits(r, "DEU").get(0)).isEqualTo(121);
    assertThat(limits(r, "DEU").get(2)).isEqualTo(164);
    assertThat(limits(r, "TUV").get(0)).isEqualTo(2);
    assertThat(limits(r, "TUV").get(2)).isEqualTo(14);
    assertThat(limits(r, "NRU").get(0)).isEqualTo(2);
    assertThat(limits(r, "NRU").get(2)).isEqualTo(14);
  }

  @Test
  void everyRangeObeysTheFlexibilityAndFloorRules() {
    FormulaRanges r = ranges(null);
    BigDecimal sum = r.sum(StateRange::midpoint);
    assertThat(sum.subtract(B).abs()).isLessThan(new BigDecimal("1E-28"));
    RangeParameters p = r.parameters();
    for (StateRange s : r.states()) {
      String who = s.input().iso3();
      assertThat(s.flexibility()).as(who).isGreaterThanOrEqualTo(p.minimumFlexibility());
      assertThat(s.flexibility())
          .as(who)
          .isGreaterThanOrEqualTo(p.flexibility().multiply(s.midpoint()));
      assertThat(s.lowerExact())
          .as(who)
          .isEqualByComparingTo(s.midpoint().subtract(s.flexibility()).max(BigDecimal.ZERO));
      assertThat(s.upperExact()).as(who).isGreaterThanOrEqualTo(new BigDecimal("14"));
      assertThat(s.upperExact()).as(who).isGreaterThanOrEqualTo(s.midpoint().add(s.flexibility()));
      assertThat(s.lower())
          .as(who)
          .isEqualByComparingTo(s.lowerExact().setScale(0, java.math.RoundingMode.HALF_UP));
      assertThat(s.upper())
          .as(who)
          .isEqualByComparingTo(s.upperExact().setScale(0, java.math.RoundingMode.HALF_UP));
    }
  }

  @Test
  void aStateAdmittedDuringAScalePeriodGetsAWarningNotASilentZero() {
    RangeBasis basis = LOADER.load(LocalDate.of(2012, 6, 30), RangeSources.embedded());
    assertThat(basis.inputs()).hasSize(193);
    assertThat(basis.warnings()).anyMatch(w -> w.contains("South Sudan (SSD)"));
  }
}
