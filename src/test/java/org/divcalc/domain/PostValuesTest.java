package org.divcalc.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The other spellings exports use for funding, appointment type and post type (session 9). */
class PostValuesTest {
  @ParameterizedTest
  @CsvSource({
    "RB, RB",
    "rb, RB",
    "R.B., RB",
    "Regular budget, RB",
    "Regular Budget, RB",
    "regular-budget, RB",
    "XB, XB",
    "Extra-budgetary, XB",
    "extrabudgetary, XB",
    "PK, PK",
    "Peacekeeping, PK",
    "PKO, PK",
    // kept as written: not a spelling of a domain code
    "RB-funded, RB-funded",
    "Trust fund, Trust fund",
    "Regular, Regular"
  })
  void fundingSpellings(String spelling, String code) {
    assertThat(PostValues.funding(spelling)).isEqualTo(code);
  }

  @ParameterizedTest
  @CsvSource({
    "temporary, temporary",
    "Temporary, temporary",
    "Temporary appointment, temporary",
    "temporary-appointment, temporary",
    "TA, temporary",
    "Temp., temporary",
    "Fixed-term, fixed-term",
    "fixed term, fixed-term",
    "FTA, fixed-term",
    "Fixed-term appointment, fixed-term",
    "Continuing appointment, continuing",
    "CA, continuing",
    "Permanent, permanent",
    "PA, permanent",
    // FT could be full-time: kept as written
    "FT, FT",
    "Consultancy, Consultancy"
  })
  void appointmentSpellings(String spelling, String name) {
    assertThat(PostValues.appointment(spelling)).isEqualTo(name);
  }

  @ParameterizedTest
  @CsvSource({
    "language, language",
    "Language post, language",
    "LANG, language",
    "language-post, language",
    "Editor, Editor"
  })
  void postTypeSpellings(String spelling, String name) {
    assertThat(PostValues.postType(spelling)).isEqualTo(name);
  }
}
