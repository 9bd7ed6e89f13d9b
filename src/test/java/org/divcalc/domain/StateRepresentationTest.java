package org.divcalc.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class StateRepresentationTest {
  private static final MemberState KEN = new MemberState("KEN", "Kenya");

  private static DesirableRange range(String lower, String mid, String upper) {
    return new DesirableRange(
        "KEN",
        "Kenya",
        new BigDecimal(lower),
        mid == null ? null : new BigDecimal(mid),
        new BigDecimal(upper));
  }

  private static StateRepresentation at(long count, DesirableRange r) {
    return StateRepresentation.of(KEN, count, r);
  }

  @Test
  void statusesAtEveryBoundary() {
    DesirableRange r = range("10", "15", "20");
    assertThat(at(0, r).status()).isEqualTo(RepresentationStatus.UNREPRESENTED);
    assertThat(at(9, r).status()).isEqualTo(RepresentationStatus.UNDER_REPRESENTED);
    assertThat(at(10, r).status()).isEqualTo(RepresentationStatus.WITHIN_RANGE);
    assertThat(at(10, r).belowMidpoint()).isTrue();
    assertThat(at(14, r).belowMidpoint()).isTrue();
    assertThat(at(15, r).belowMidpoint()).isFalse();
    assertThat(at(20, r).status()).isEqualTo(RepresentationStatus.WITHIN_RANGE);
    assertThat(at(20, r).belowMidpoint()).isFalse();
    assertThat(at(21, r).status()).isEqualTo(RepresentationStatus.OVER_REPRESENTED);
    assertThat(at(21, r).belowMidpoint()).isNull();
  }

  @Test
  void shortfallsAndExcessAreCountedInPeople() {
    DesirableRange r = range("10", "15", "20");
    assertThat(at(0, r).neededForLower()).isEqualTo(10);
    assertThat(at(0, r).neededForMidpoint()).isEqualTo(15);
    assertThat(at(7, r).neededForLower()).isEqualTo(3);
    assertThat(at(12, r).neededForLower()).isZero();
    assertThat(at(12, r).neededForMidpoint()).isEqualTo(3);
    assertThat(at(25, r).aboveUpper()).isEqualTo(5);
    assertThat(at(25, r).neededForMidpoint()).isZero();
  }

  @Test
  void exactLimitsAreComparedExactlyAndShortfallsRoundUp() {
    // Japan 2013, exact limits 180.765 - 212.665 - 244.565.
    DesirableRange r = range("180.765", "212.665", "244.565");
    assertThat(at(180, r).status()).isEqualTo(RepresentationStatus.UNDER_REPRESENTED);
    assertThat(at(181, r).status()).isEqualTo(RepresentationStatus.WITHIN_RANGE);
    assertThat(at(88, r).neededForLower()).isEqualTo(93); // 180.765 - 88 = 92.765 -> 93
    assertThat(at(88, r).neededForMidpoint()).isEqualTo(125); // 124.665 -> 125
    assertThat(at(244, r).status()).isEqualTo(RepresentationStatus.WITHIN_RANGE);
    assertThat(at(245, r).status()).isEqualTo(RepresentationStatus.OVER_REPRESENTED);
    assertThat(at(245, r).aboveUpper()).isEqualTo(1); // 245 - floor(244.565)
  }

  @Test
  void aPublishedRangeWithoutMidpointLeavesTheSplitUnknown() {
    StateRepresentation s = at(12, range("10", null, "20"));
    assertThat(s.status()).isEqualTo(RepresentationStatus.WITHIN_RANGE);
    assertThat(s.belowMidpoint()).isNull();
    assertThat(s.neededForMidpoint()).isNull();
  }

  @Test
  void noRangeMeansNoStatus() {
    assertThat(at(5, null).status()).isEqualTo(RepresentationStatus.NO_RANGE);
  }

  @Test
  void theSummaryPartitionsTheMembershipAndCountsOutsiders() {
    GeographicalRules rules = GeographicalRules.unSecretariat1988();
    List<MemberState> members =
        List.of(KEN, new MemberState("FRA", "France"), new MemberState("JPN", "Japan"));
    DesirableRanges ranges =
        new DesirableRanges(
            "test",
            List.of(
                new DesirableRange(
                    "KEN", "Kenya", BigDecimal.ONE, BigDecimal.valueOf(2), BigDecimal.TEN),
                new DesirableRange("FRA", "France", BigDecimal.valueOf(2), null, BigDecimal.TEN)));
    GeographicalDistribution d = new GeographicalDistribution(rules, members, ranges);
    GradeScale scale = GradeScale.unCommonSystem();
    for (String nat : List.of("KEN", "KEN", "KEN", "FRA", "PSE", "UNKNOWN")) {
      Nationality n =
          switch (nat) {
            case "PSE" -> new Nationality("PSE", Nationality.Kind.OBSERVER_STATE);
            case "UNKNOWN" -> Nationality.UNKNOWN;
            default -> new Nationality(nat, Nationality.Kind.MEMBER_STATE);
          };
      d.accept(
          new StaffMember(
              2, Sex.FEMALE, scale.byCode("P-3").orElseThrow(), n, "RB", "", "", null, h -> ""));
    }
    d.accept(
        new StaffMember(
            2,
            Sex.FEMALE,
            scale.byCode("G-5").orElseThrow(),
            new Nationality("KEN", Nationality.Kind.MEMBER_STATE),
            "RB",
            "",
            "",
            null,
            h -> ""));
    GeographicalDistribution.Summary s = d.summary();
    assertThat(d.offered()).isEqualTo(7);
    assertThat(d.subject()).isEqualTo(6);
    assertThat(s.memberStates()).isEqualTo(3);
    assertThat(s.byStatus().get(RepresentationStatus.WITHIN_RANGE)).isEqualTo(1); // KEN 3
    assertThat(s.withinAtOrAboveMidpoint()).isEqualTo(1);
    assertThat(s.byStatus().get(RepresentationStatus.UNDER_REPRESENTED)).isEqualTo(1); // FRA 1
    assertThat(s.byStatus().get(RepresentationStatus.NO_RANGE)).isEqualTo(1); // JPN
    assertThat(s.nationals()).isEqualTo(4);
    assertThat(s.outsideMembership()).isEqualTo(2);
    assertThat(d.nonMembers()).extracting(NonMemberCount::code).containsExactly("PSE", "UNKNOWN");
  }
}
