package org.divcalc.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class GeographicalRulesTest {
  private static final GeographicalRules UN = GeographicalRules.unSecretariat1988();

  private static StaffMember staff(
      String grade, String funding, String appointment, String postType, Boolean geographical) {
    return new StaffMember(
        2,
        Sex.FEMALE,
        GradeScale.unCommonSystem().lookup(grade).orElseThrow(),
        new Nationality("JPN", Nationality.Kind.MEMBER_STATE),
        funding,
        appointment,
        postType,
        geographical,
        h -> "");
  }

  @Test
  void professionalAndHigherOnRegularBudgetCount() {
    assertThat(UN.counts(staff("P-3", "RB", "fixed-term", "", null))).isTrue();
    assertThat(UN.counts(staff("D-1", "rb", "permanent", "", null))).isTrue();
    assertThat(UN.counts(staff("USG", " Rb ", "", "", null))).isTrue();
  }

  @Test
  void otherCategoriesFundingLanguagePostsAndTemporaryAppointmentsDoNotCount() {
    assertThat(UN.counts(staff("G-6", "RB", "fixed-term", "", null))).isFalse();
    assertThat(UN.counts(staff("P-3", "XB", "fixed-term", "", null))).isFalse();
    assertThat(UN.counts(staff("P-3", "", "fixed-term", "", null))).isFalse();
    assertThat(UN.counts(staff("P-3", "RB", "Temporary", "", null))).isFalse();
    assertThat(UN.counts(staff("P-3", "RB", "fixed-term", "LANGUAGE", null))).isFalse();
  }

  @Test
  void theRostersExplicitFlagOverridesTheRules() {
    assertThat(UN.counts(staff("G-6", "XB", "temporary", "language", true))).isTrue();
    assertThat(UN.counts(staff("P-3", "RB", "fixed-term", "", false))).isFalse();
  }

  @Test
  void anEmptyFundingListCountsAnyFundingAndListedGradesCountBesideCategories() {
    GeographicalRules any =
        new GeographicalRules(
            Set.of(GradeCategory.PROFESSIONAL), Set.of("NO-C"), Set.of(), Set.of(), Set.of());
    assertThat(any.counts(staff("P-3", "PK", "temporary", "", null))).isTrue();
    assertThat(any.counts(staff("NO-C", "", "", "", null))).isTrue();
    assertThat(any.counts(staff("NO-B", "", "", "", null))).isFalse();
  }
}
