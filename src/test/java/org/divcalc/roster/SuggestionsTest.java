package org.divcalc.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  @Test
  void twoNeighboursSwappedAreOneEdit() {
    assertThat(Suggestions.distance("keyna", "kenya")).isEqualTo(1);
    assertThat(Suggestions.distance("kenya", "kenya")).isZero();
    assertThat(Suggestions.distance("p-6", "g-6")).isEqualTo(1);
    assertThat(Suggestions.distance("abc", "")).isEqualTo(3);
    assertThat(Suggestions.distance("ca", "abc")).isEqualTo(3); // each substring edited once
    // found in session 8's defect hunt: Keyna had no suggestion
    assertThat(Suggestions.closest("Keyna", List.of("Kenya", "Kuwait"))).contains("Kenya");
  }

  /** Found in the review of session 8: "Turky" had no suggestion, Turkey being an alias. */
  @Test
  void nationalityHintsOfferTheOtherNamesToo() {
    NationalityResolver resolver = NationalityResolver.embedded();
    assertThat(resolver.hint("Turky")).isEqualTo(" (did you mean 'Turkey'?)");
    assertThat(resolver.hint("Keyna")).isEqualTo(" (did you mean 'Kenya'?)");
  }

  /** Found in session 8's defect hunt: P-6 was said to be perhaps G-6. */
  @Test
  void equallyNearCandidatesPreferTheSameStartThenTheNearestCharacters() {
    List<String> grades = List.of("G-6", "P-1", "P-5", "D-1");
    assertThat(Suggestions.closest("P-6", grades)).contains("P-5");
    assertThat(Suggestions.closest("G-8", List.of("P-7", "G-7", "G-1"))).contains("G-7");
    assertThat(Suggestions.closest("Zzzzzz", grades)).isEmpty();
    // found in the review of session 8: a word cut short is nearer its whole than a same-length
    // word
    assertThat(Suggestions.closest("mal", List.of("man", "male", "female"))).contains("male");
  }
}
