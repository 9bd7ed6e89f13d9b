package org.divcalc.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RangeParametersTest {
  @Test
  void weightsMustSumToExactlyOne() {
    assertThatThrownBy(
            () ->
                new RangeParameters(
                    new BigDecimal("0.40"),
                    new BigDecimal("0.05"),
                    new BigDecimal("0.56"),
                    new BigDecimal("0.15"),
                    new BigDecimal("4.8"),
                    new BigDecimal("14"),
                    BigDecimal.ZERO,
                    RoundingMode.HALF_UP,
                    LimitComparison.ROUNDED))
        .hasMessageContaining("1.01");
  }

  @Test
  void theBuiltInSchemeIsValidFrom1988To2023() {
    RangeScheme s = RangeScheme.unSecretariat1988();
    assertThat(s.isValidOn(LocalDate.of(2013, 6, 30))).isTrue();
    assertThat(s.isValidOn(LocalDate.of(2023, 12, 31))).isTrue();
    assertThat(s.isValidOn(LocalDate.of(2024, 1, 1))).isFalse();
  }

  @Test
  void populationYearIsTheLatestWhoseFirstOfJulyIsNotAfterTheDate() {
    Set<Integer> years = Set.of(2011, 2012, 2013, 2014);
    assertThat(ReferencePeriods.populationYear(years, LocalDate.of(2013, 6, 30)))
        .isEqualTo(OptionalInt.of(2012));
    assertThat(ReferencePeriods.populationYear(years, LocalDate.of(2013, 7, 1)))
        .isEqualTo(OptionalInt.of(2013));
    assertThat(ReferencePeriods.populationYear(years, LocalDate.of(2030, 1, 1)))
        .isEqualTo(OptionalInt.of(2014));
    assertThat(ReferencePeriods.populationYear(years, LocalDate.of(2011, 6, 30))).isEmpty();
  }
}
