package org.divcalc.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegionalDistributionTest {
  private static final GradeScale SCALE = GradeScale.unCommonSystem();

  /** North = AAA, BBB; South = CCC; DDD is a Member State in no region. */
  private static final Grouping GROUPING =
      new Grouping(
          "test",
          "a test grouping",
          "memory",
          "0".repeat(64),
          Map.of("AAA", "North", "BBB", "North", "CCC", "South"),
          List.of());

  private static final List<MemberState> MEMBERS =
      List.of(
          new MemberState("AAA", "Aland"),
          new MemberState("BBB", "Bland"),
          new MemberState("CCC", "Cland"),
          new MemberState("DDD", "Dland"));

  private static StaffMember staff(Sex sex, String grade, Nationality n, boolean geographical) {
    return new StaffMember(
        1, sex, SCALE.lookup(grade).orElseThrow(), n, "RB", "", "", geographical, h -> "");
  }

  private static Nationality member(String iso3) {
    return new Nationality(iso3, Nationality.Kind.MEMBER_STATE);
  }

  /**
   * Seven staff. North: AAA F (geo), AAA M, BBB X (geo) = 3 staff, 1 woman of 3 recorded, 2 geo.
   * South: CCC not recorded (geo) = 1 staff, 1 geo. No group: DDD F (geo). Outside: PSE (observer)
   * M (geo), unknown F = 2 staff, 1 geo. Total 7 staff, 5 geo.
   */
  private static RegionalDistribution counted() {
    RegionalDistribution d =
        new RegionalDistribution(
            GROUPING,
            MEMBERS,
            new StaffSelection(Population.ALL, s -> true, List.of()),
            StaffMember::geographical);
    d.accept(staff(Sex.FEMALE, "P-4", member("AAA"), true));
    d.accept(staff(Sex.MALE, "G-5", member("AAA"), false));
    d.accept(staff(Sex.OTHER, "P-3", member("BBB"), true));
    d.accept(staff(Sex.NOT_RECORDED, "P-2", member("CCC"), true));
    d.accept(staff(Sex.FEMALE, "D-1", member("DDD"), true));
    d.accept(staff(Sex.MALE, "P-5", new Nationality("PSE", Nationality.Kind.OBSERVER_STATE), true));
    d.accept(staff(Sex.FEMALE, "G-4", Nationality.UNKNOWN, false));
    return d;
  }

  private static DesirableRange range(String iso3, String lower, String mid, String upper) {
    return new DesirableRange(
        iso3,
        iso3,
        new BigDecimal(lower),
        mid == null ? null : new BigDecimal(mid),
        new BigDecimal(upper));
  }

  /** One national each: AAA under (lower 2), BBB within, CCC within, DDD over (upper 0.5). */
  private static List<StateRepresentation> representations() {
    List<DesirableRange> ranges =
        List.of(
            range("AAA", "2", "3", "14"),
            range("BBB", "0.5", "1", "2"),
            range("CCC", "1", "2", "3"),
            range("DDD", "0", null, "0.5"));
    List<StateRepresentation> out = new ArrayList<>();
    for (int i = 0; i < MEMBERS.size(); i++) {
      out.add(StateRepresentation.of(MEMBERS.get(i), 1, ranges.get(i)));
    }
    return out;
  }

  @Test
  void everyStaffMemberLandsInExactlyOneRowAndTheRowsAddUpToTheTotal() {
    RegionalDistribution.Breakdown b = counted().breakdown(null);
    assertThat(b.rows())
        .extracting(RegionTotals::region)
        .containsExactly("North", "South", Grouping.NO_GROUP, Grouping.OUTSIDE_MEMBERSHIP);
    assertThat(b.rows()).extracting(RegionTotals::memberStates).containsExactly(2, 1, 1, 0);
    assertThat(b.rows()).extracting(r -> r.staff().total()).containsExactly(3L, 1L, 1L, 2L);
    assertThat(b.rows()).extracting(RegionTotals::geographical).containsExactly(2L, 1L, 1L, 1L);
    assertThat(b.rows().get(0).staff()).isEqualTo(new GenderCount(1, 1, 1, 0));
    assertThat(b.total().staff()).isEqualTo(new GenderCount(3, 2, 1, 1));
    assertThat(b.total().geographical()).isEqualTo(5);
    assertThat(b.total().memberStates()).isEqualTo(4);
    assertThat(b.total().ranges()).isNull();
  }

  @Test
  void theExactSharesSumToExactlyOne() {
    RegionalDistribution.Breakdown b = counted().breakdown(null);
    long whole = b.total().staff().total();
    // Σ part/whole = 1 exactly: add the fractions with a common denominator.
    long numerator = 0;
    for (RegionTotals r : b.rows()) {
      Share s = new Share(r.staff().total(), whole);
      numerator += s.part();
      assertThat(s.whole()).isEqualTo(whole);
    }
    assertThat(numerator).isEqualTo(whole);
    // 3/7 = 42.857 % -> 42.9; 1/7 -> 14.3 (twice); 2/7 -> 28.6: printed sum 100.1.
    assertThat(new Share(3, 7).percent(1)).contains(new BigDecimal("42.9"));
    assertThat(new Share(1, 7).percent(1)).contains(new BigDecimal("14.3"));
    assertThat(new Share(2, 7).percent(1)).contains(new BigDecimal("28.6"));
    assertThat(new Share(0, 0).percent(1)).isEmpty();
  }

  @Test
  void statusesPerRegionAddUpToItsStatesAndLimitsToTheSumOverThem() {
    RegionalDistribution.Breakdown b = counted().breakdown(representations());
    RegionTotals north = b.rows().get(0);
    assertThat(north.ranges().byStatus())
        .containsEntry(RepresentationStatus.UNDER_REPRESENTED, 1)
        .containsEntry(RepresentationStatus.WITHIN_RANGE, 1)
        .containsEntry(RepresentationStatus.UNREPRESENTED, 0);
    assertThat(north.ranges().lower()).isEqualByComparingTo("2.5");
    assertThat(north.ranges().midpoint()).isEqualByComparingTo("4");
    assertThat(north.ranges().upper()).isEqualByComparingTo("16");
    RegionTotals noGroup = b.rows().get(2);
    assertThat(noGroup.ranges().byStatus()).containsEntry(RepresentationStatus.OVER_REPRESENTED, 1);
    assertThat(noGroup.ranges().midpoint()).as("a published table without midpoint").isNull();
    RegionTotals outside = b.rows().get(3);
    assertThat(outside.ranges().states()).isZero();
    assertThat(b.total().ranges().states()).isEqualTo(4);
    assertThat(b.total().ranges().lower()).isEqualByComparingTo("3.5");
    assertThat(b.total().ranges().upper()).isEqualByComparingTo("19.5");
    assertThat(b.total().ranges().midpoint()).isNull();
  }

  @Test
  void representationsThatDisagreeWithTheCountsAreABug() {
    List<StateRepresentation> wrong = new ArrayList<>(representations());
    wrong.set(0, StateRepresentation.of(MEMBERS.get(0), 5, wrong.get(0).range()));
    RegionalDistribution d = counted();
    assertThatThrownBy(() -> d.breakdown(wrong)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aGroupingCannotUseTheNamesOfTheRowsDivcalcAdds() {
    assertThatThrownBy(
            () -> new Grouping("x", "x", "x", "x", Map.of("AAA", Grouping.NO_GROUP), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
