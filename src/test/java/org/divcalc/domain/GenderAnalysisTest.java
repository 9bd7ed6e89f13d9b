package org.divcalc.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GenderAnalysisTest {
  private static final GradeScale SCALE = GradeScale.unCommonSystem();
  private static final Nationality KEN = new Nationality("KEN", Nationality.Kind.MEMBER_STATE);

  private static StaffMember staff(String grade, Sex sex, String funding, String unit) {
    return new StaffMember(
        2,
        sex,
        SCALE.byCode(grade).orElseThrow(),
        KEN,
        funding,
        "fixed-term",
        "",
        null,
        h -> h.equals("org_unit") ? unit : null);
  }

  /**
   * The hand-made roster: ASG F; D-2 M; D-1 F, M; P-5 F, F, M, X; P-4 F, M, not recorded; G-5 F, F,
   * M. No P-3, so it has no row.
   */
  private static List<StaffMember> roster() {
    return List.of(
        staff("ASG", Sex.FEMALE, "RB", "A"),
        staff("D-2", Sex.MALE, "RB", "A"),
        staff("D-1", Sex.FEMALE, "XB", "B"),
        staff("D-1", Sex.MALE, "RB", "B"),
        staff("P-5", Sex.FEMALE, "RB", "A"),
        staff("P-5", Sex.FEMALE, "XB", "B"),
        staff("P-5", Sex.MALE, "RB", "A"),
        staff("P-5", Sex.OTHER, "RB", "B"),
        staff("P-4", Sex.FEMALE, "RB", "A"),
        staff("P-4", Sex.MALE, "RB", ""),
        staff("P-4", Sex.NOT_RECORDED, "RB", "A"),
        staff("G-5", Sex.FEMALE, "XB", "A"),
        staff("G-5", Sex.FEMALE, "RB", "B"),
        staff("G-5", Sex.MALE, "RB", "B"));
  }

  private static GenderAnalysis run(
      StaffSelection selection, Function<StaffMember, String> groupOf) {
    GenderAnalysis a = new GenderAnalysis(SCALE, selection, groupOf);
    roster().forEach(a);
    return a;
  }

  /** An analysis of everyone, broken down by org_unit, with no staff yet. */
  private static GenderAnalysis byUnit() {
    return new GenderAnalysis(SCALE, everyone(), s -> s.column("org_unit"));
  }

  private static StaffSelection everyone() {
    return new StaffSelection(Population.ALL, s -> false, List.of());
  }

  private static Map<String, GenderCount> byKey(List<GenderRow> rows) {
    return rows.stream().collect(Collectors.toMap(GenderRow::key, GenderRow::count));
  }

  @Test
  void rowsFollowTheScaleWithSubtotalsCumulativeLevelsAndTotal() {
    List<GenderRow> rows = run(everyone(), null).rows();
    assertThat(rows)
        .extracting(GenderRow::key)
        .containsExactly(
            "ASG",
            "ungraded",
            "D-2",
            "D-1",
            "director",
            "P-5",
            "P-4",
            "professional",
            "G-5",
            "general-service",
            "P-5+",
            "D-1+",
            "P+",
            "all");
  }

  @Test
  void everyLevelCountsTheRightStaff() {
    Map<String, GenderCount> c = byKey(run(everyone(), null).rows());
    assertThat(c.get("P-5")).isEqualTo(new GenderCount(2, 1, 1, 0));
    assertThat(c.get("P-4")).isEqualTo(new GenderCount(1, 1, 0, 1));
    assertThat(c.get("director")).isEqualTo(new GenderCount(1, 2, 0, 0));
    // P-5 and above: ASG, D-2, D-1 x2, P-5 x4 = 3 + 1 + ... women ASG, D-1, P-5 x2 = 4.
    assertThat(c.get("P-5+")).isEqualTo(new GenderCount(4, 3, 1, 0));
    // D-1 and above: ASG F, D-2 M, D-1 F, D-1 M.
    assertThat(c.get("D-1+")).isEqualTo(new GenderCount(2, 2, 0, 0));
    // Professional and higher adds P-4: F, M, not recorded.
    assertThat(c.get("P+")).isEqualTo(new GenderCount(5, 4, 1, 1));
    assertThat(c.get("all")).isEqualTo(new GenderCount(7, 5, 1, 1));
    assertThat(c).doesNotContainKey("P-3");
  }

  @Test
  void sharesUseTheRecordedDenominator() {
    Map<String, GenderCount> c = byKey(run(everyone(), null).rows());
    // P-5+: 4 women of 8 recorded; P+: 5 of 10 recorded (one not recorded left out).
    assertThat(c.get("P-5+").womenShare(4)).contains(new BigDecimal("0.5000"));
    assertThat(c.get("P+").womenShare(4)).contains(new BigDecimal("0.5000"));
    assertThat(c.get("all").womenPercent(1)).contains(new BigDecimal("53.8"));
  }

  @Test
  void populationAndFiltersNarrowTheCountAndCountEachStep() {
    StaffFilter rb = new StaffFilter("funding", false, List.of("rb"), StaffMember::funding);
    StaffSelection selection = new StaffSelection(Population.PROFESSIONAL, s -> false, List.of(rb));
    GenderAnalysis a = run(selection, null);
    assertThat(selection.seen()).isEqualTo(14);
    assertThat(selection.inPopulation()).isEqualTo(11);
    assertThat(selection.kept()).isEqualTo(9);
    // Regular-budget P-5 and above: ASG F, D-2 M, D-1 M, P-5 F, M, X.
    assertThat(byKey(a.rows()).get("P-5+")).isEqualTo(new GenderCount(2, 3, 1, 0));
  }

  @Test
  void aNegatedFilterKeepsEverythingElse() {
    StaffFilter notRb = new StaffFilter("funding", true, List.of("RB"), StaffMember::funding);
    StaffSelection s = new StaffSelection(Population.ALL, x -> false, List.of(notRb));
    assertThat(byKey(run(s, null).rows()).get("all")).isEqualTo(new GenderCount(3, 0, 0, 0));
  }

  @Test
  void theGeographicalPopulationUsesTheGivenRule() {
    StaffSelection s =
        new StaffSelection(Population.GEOGRAPHICAL, x -> x.grade().code().equals("D-1"), List.of());
    assertThat(byKey(run(s, null).rows()).get("all")).isEqualTo(new GenderCount(1, 1, 0, 0));
  }

  @Test
  void breakdownGroupsAddUpToTheTotal() {
    GenderAnalysis a = run(everyone(), s -> s.column("org_unit"));
    Map<String, List<GenderRow>> groups = a.groups();
    assertThat(groups).containsOnlyKeys("(blank)", "A", "B");
    GenderCount sum = GenderCount.ZERO;
    for (List<GenderRow> rows : groups.values()) {
      sum = sum.plus(byKey(rows).get("all"));
    }
    assertThat(sum).isEqualTo(byKey(a.rows()).get("all"));
    assertThat(byKey(groups.get("B")).get("all")).isEqualTo(new GenderCount(3, 2, 1, 0));
  }

  @Test
  void aValueWrittenBlankInBracketsIsNotTheBlankCells() {
    // spreadsheet pivot tables write "(blank)": such a value is a group of its own
    GenderAnalysis a = byUnit();
    a.accept(staff("P-5", Sex.FEMALE, "RB", ""), 1);
    a.accept(staff("P-4", Sex.MALE, "RB", "  "), 1);
    a.accept(staff("P-3", Sex.FEMALE, "RB", "(blank)"), 1);
    a.accept(staff("P-2", Sex.MALE, "RB", "(Blank)"), 1);
    a.accept(staff("P-2", Sex.MALE, "RB", "(blank)"), 1);
    Map<String, List<GenderRow>> groups = a.groups();
    assertThat(groups).containsOnlyKeys("(blank)", "\"(blank)\"");
    assertThat(byKey(groups.get("(blank)")).get("all")).isEqualTo(new GenderCount(1, 1, 0, 0));
    assertThat(byKey(groups.get("\"(blank)\"")).get("all")).isEqualTo(new GenderCount(1, 2, 0, 0));
  }

  @Test
  void aValueWrittenBlankInBracketsIsQuotedEvenWhenNoCellIsBlank() {
    GenderAnalysis a = byUnit();
    a.accept(staff("P-3", Sex.FEMALE, "RB", " (BLANK)"), 1);
    assertThat(a.groups()).containsOnlyKeys("\"(BLANK)\"");
  }

  /** From the review: a value written with its quotes, "(blank)", merged with (blank). */
  @Test
  void aValueThatStartsWithAQuoteIsQuotedToo() {
    GenderAnalysis a = byUnit();
    a.accept(staff("P-3", Sex.FEMALE, "RB", "(blank)"), 1);
    a.accept(staff("P-3", Sex.MALE, "RB", "\"(blank)\""), 1);
    a.accept(staff("P-3", Sex.MALE, "RB", ""), 1);
    assertThat(a.groups()).containsOnlyKeys("(blank)", "\"(blank)\"", "\"\"\"(blank)\"\"\"");
  }

  @Test
  void aTargetForEveryLevelIsMeasuredOnEveryRow() {
    GenderAnalysis a = run(everyone(), null);
    List<GenderAnalysis.TargetResult> results =
        a.measure(List.of(new GenderTarget("*", new BigDecimal("50"))));
    assertThat(results).hasSize(a.rows().size());
    GenderAnalysis.TargetResult director =
        results.stream().filter(r -> r.target().level().equals("director")).findFirst().get();
    assertThat(director.status()).isEqualTo(GenderTarget.Status.NOT_MET);
    assertThat(director.womenNeeded()).isEqualTo(1); // 1 of 3: 1.5 -> 2 women needed
  }

  @Test
  void aLevelsOwnTargetReplacesTheTargetForEveryLevel() {
    GenderAnalysis a = run(everyone(), null);
    List<GenderAnalysis.TargetResult> results =
        a.measure(
            List.of(
                new GenderTarget("P-5+", new BigDecimal("45")),
                new GenderTarget("*", new BigDecimal("50"))));
    assertThat(results).hasSize(a.rows().size());
    assertThat(results)
        .filteredOn(r -> r.target().level().equals("P-5+"))
        .singleElement()
        .satisfies(r -> assertThat(r.target().percent()).isEqualByComparingTo("45"));
    assertThat(results)
        .filteredOn(r -> r.target().level().equals("P-5"))
        .singleElement()
        .satisfies(r -> assertThat(r.target().percent()).isEqualByComparingTo("50"));
  }

  @Test
  void aTargetOnAGradeNobodyHoldsHasNoStaff() {
    GenderAnalysis a = run(everyone(), null);
    GenderAnalysis.TargetResult r =
        a.measure(List.of(new GenderTarget("P-3", new BigDecimal("50")))).get(0);
    assertThat(r.status()).isEqualTo(GenderTarget.Status.NO_STAFF);
  }

  @Test
  void levelNamesResolveInTheUsualSpellings() {
    assertThat(GenderLevels.resolve("P-5+", SCALE)).contains("P-5+");
    assertThat(GenderLevels.resolve("P5 and above", SCALE)).contains("P-5+");
    assertThat(GenderLevels.resolve("D-1+", SCALE)).contains("D-1+");
    assertThat(GenderLevels.resolve("Professional and higher", SCALE)).contains("P+");
    assertThat(GenderLevels.resolve("p4", SCALE)).contains("P-4");
    assertThat(GenderLevels.resolve("professional", SCALE)).contains("professional");
    assertThat(GenderLevels.resolve("general service", SCALE)).contains("general-service");
    assertThat(GenderLevels.resolve("all", SCALE)).contains("all");
    assertThat(GenderLevels.resolve("Q-9", SCALE)).isEmpty();
  }

  @Test
  void aScaleWithoutP5HasNoP5AndAboveLevel() {
    GradeScale own =
        GradeScale.builder("own")
            .grade("L-7", GradeCategory.PROFESSIONAL)
            .grade("L-6", GradeCategory.PROFESSIONAL)
            .grade("G", GradeCategory.GENERAL_SERVICE)
            .build();
    GenderTally t = new GenderTally(own);
    assertThat(t.rows()).extracting(GenderRow::key).doesNotContain("P-5+", "D-1+").contains("P+");
  }
}
