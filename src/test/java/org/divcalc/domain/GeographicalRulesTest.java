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
  void eachStaffMemberLeftOutIsLeftOutByTheFirstRuleHeFails() {
    assertThat(UN.leftOut(staff("P-3", "RB", "fixed-term", "", null))).isNull();
    assertThat(UN.leftOut(staff("G-6", "XB", "temporary", "language", null)))
        .isEqualTo(GeographicalRules.LeftOut.GRADE);
    assertThat(UN.leftOut(staff("P-3", "", "temporary", "language", null)))
        .isEqualTo(GeographicalRules.LeftOut.FUNDING);
    assertThat(UN.leftOut(staff("P-3", "RB", "temporary", "language", null)))
        .isEqualTo(GeographicalRules.LeftOut.APPOINTMENT);
    assertThat(UN.leftOut(staff("P-3", "RB", "fixed-term", "language", null)))
        .isEqualTo(GeographicalRules.LeftOut.POST_TYPE);
    assertThat(UN.leftOut(staff("P-3", "RB", "fixed-term", "", false)))
        .isEqualTo(GeographicalRules.LeftOut.COLUMN);
  }

  /** Hand-counted: 7 G staff, 5 P staff with a blank funding, 2 with XB, 1 temporary. */
  @Test
  void aRosterWithNobodySubjectSaysWhichRulesLeftThemOut() {
    GeographicalFunnel funnel = new GeographicalFunnel(UN);
    funnel.accept(staff("G-4", "RB", "fixed-term", "", null), 7);
    funnel.accept(staff("P-3", " ", "fixed-term", "", null), 5);
    funnel.accept(staff("P-4", "XB", "fixed-term", "", null), 2);
    funnel.accept(staff("D-1", "RB", "temporary", "", null), 1);
    assertThat(funnel.subject()).isZero();
    assertThat(funnel.warning())
        .isEqualTo(
            "nobody is subject to geographical distribution: of the 15 staff counted, the"
                + " scheme's rules left out 7 by grade (the scheme counts the Ungraded, Director"
                + " and Professional categories), 7 by funding (the scheme counts RB only; the"
                + " funding is blank for 5 of them), 1 by appointment type (the scheme excludes"
                + " temporary); check the columns these rules read ('divcalc validate' shows how"
                + " they were mapped)");
    funnel.accept(staff("P-2", "RB", "fixed-term", "", null), 1);
    assertThat(funnel.warning()).as("one staff member subject").isNull();
    assertThat(new GeographicalFunnel(UN).warning()).as("no staff read").isNull();
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

  /** A scheme's rules are read in the domain's spelling, as the roster's values are (session 9). */
  @Test
  void aSchemeSpellingOtherThanTheDomainsMeansTheDomainsValue() {
    GeographicalRules spelled =
        new GeographicalRules(
            Set.of(GradeCategory.PROFESSIONAL),
            Set.of(),
            Set.of("Regular budget"),
            Set.of("Temporary appointment"),
            Set.of("Language post"));
    assertThat(spelled.funding()).containsExactly("RB");
    assertThat(spelled.excludedAppointments()).containsExactly("temporary");
    assertThat(spelled.excludedPostTypes()).containsExactly("language");
    assertThat(spelled.counts(staff("P-3", "RB", "fixed-term", "", null))).isTrue();
    assertThat(spelled.counts(staff("P-3", "RB", "temporary", "", null))).isFalse();
    assertThat(spelled.counts(staff("P-3", "RB", "", "language", null))).isFalse();
  }
}
