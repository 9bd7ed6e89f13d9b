package org.divcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenderCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Hand-made roster. P-5 and above: ASG F, D-1 F + M, P-5 F + M + X + blank (not recorded) = 3
   * women of 6 recorded (50.0 %), 7 staff. P-4: F, M, M. G-5: F, F. Regular budget P-5+: ASG F, D-1
   * M, P-5 F, P-5 X, P-5 blank = 2 of 4 recorded.
   */
  private static final String ROSTER =
      """
      staff_id,sex,grade,nationality,funding,appointment,org_unit
      1,F,ASG,KEN,RB,fixed-term,A
      2,F,D-1,FRA,XB,fixed-term,B
      3,M,D-1,USA,RB,fixed-term,A
      4,F,P-5,KEN,RB,temporary,B
      5,M,P-5,JPN,XB,fixed-term,A
      6,X,P-5,KEN,RB,fixed-term,B
      7,,P-5,KEN,RB,fixed-term,A
      8,F,P-4,KEN,RB,fixed-term,A
      9,M,P-4,KEN,RB,fixed-term,B
      10,M,P-4,KEN,RB,fixed-term,A
      11,F,G-5,KEN,RB,fixed-term,A
      12,F,G-5,KEN,XB,fixed-term,B
      """;

  @TempDir Path dir;

  private String roster() throws IOException {
    Path p = dir.resolve("roster.csv");
    Files.writeString(p, ROSTER);
    return p.toString();
  }

  private JsonNode json(CliRun run) throws IOException {
    assertThat(run.exitCode()).as(run.toString()).isIn(0, 5);
    return JSON.readTree(run.out());
  }

  private static JsonNode row(JsonNode report, String key) {
    for (JsonNode r : report.get("rows")) {
      if (r.get("key").asText().equals(key)) {
        return r;
      }
    }
    throw new AssertionError("no row " + key + " in " + report.get("rows"));
  }

  private static String sha256(Path file) throws IOException {
    try {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Found in session 8's audit: a breakdown by region gave its grouping's file no SHA-256. */
  @Test
  void aBreakdownByRegionNamesItsGroupingsFileAndFingerprint() throws IOException {
    CliRun json =
        CliRun.of(
            "gender",
            "samples/roster.csv",
            "--by",
            "region",
            "--grouping",
            "samples/grouping-itu-regions.csv",
            "--format",
            "json");
    JsonNode grouping = JSON.readTree(json.out()).at("/breakdown/grouping");
    assertThat(grouping.get("origin").asText()).isEqualTo("samples/grouping-itu-regions.csv");
    assertThat(grouping.get("sha256").asText())
        .isEqualTo(sha256(Path.of("samples/grouping-itu-regions.csv")));
    CliRun text = CliRun.of("gender", "samples/roster.csv", "--by", "region");
    assertThat(text.out())
        .contains(
            "Regions of the grouping un-regional-groups, from embedded:un_regional_groups.csv");
    CliRun other =
        CliRun.of("gender", "samples/roster.csv", "--by", "org_unit", "--format", "json");
    assertThat(JSON.readTree(other.out()).at("/breakdown/grouping").isNull()).isTrue();
  }

  /**
   * Found in session 8's defect hunt: "Ocha" followed by a no-break space (U+00A0, common in
   * exports) was a group of its own, and --where org_unit=OCHA left its row out. The fast and plain
   * readers must agree.
   */
  @Test
  void aNoBreakSpaceGroupsAndFiltersAsASpace() throws IOException {
    Path roster = dir.resolve("nbsp.csv");
    Files.writeString(
        roster,
        "sex,grade,nationality,funding,org_unit\n"
            + "F,P-4,KEN,RB,OCHA\n"
            + "M,P-4,KEN,RB\u00a0,Ocha\u00a0\n"
            + "F,P-3,FRA,\u00a0XB,DESA\n");
    for (String reader : List.of("fast", "plain")) {
      CliRun by = CliRun.of("gender", roster.toString(), "--by", "org_unit", "--reader", reader);
      assertThat(by.exitCode()).as(by.toString()).isZero();
      assertThat(by.out()).as(by.toString()).doesNotContain("\u00a0").containsOnlyOnce("OCHA");
      CliRun where =
          CliRun.of(
              "gender",
              roster.toString(),
              "--where",
              "org_unit=OCHA",
              "--where",
              "funding=RB",
              "--format",
              "json",
              "--reader",
              reader);
      assertThat(where.exitCode()).as(where.toString()).isZero();
      assertThat(JSON.readTree(where.out()).at("/population/kept").asInt()).isEqualTo(2);
    }
  }

  /**
   * Found in session 5's review: the header prints the staff counted ("3 of 3"), so withholding the
   * table's grand total hid nothing. It is now always shown, and what it gives away is warned about
   * (three staff: 2 women at P-3 and a man at P-4, every grade count small).
   */
  @Test
  void theGrandTotalIsShownAsTheHeaderShowsItAndWhatItGivesAwayIsAWarning() throws IOException {
    Path roster = dir.resolve("three.csv");
    Files.writeString(
        roster, "staff_id,sex,grade,nationality\n1,F,P-3,KEN\n2,F,P-3,FRA\n3,M,P-4,JPN\n");
    CliRun run = CliRun.of("gender", roster.toString(), "--min-cell", "5", "--format", "json");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    JsonNode r = JSON.readTree(run.out());
    JsonNode all = r.at("/rows/" + (r.at("/rows").size() - 1));
    assertThat(all.at("/key").asText()).isEqualTo("all");
    assertThat(all.at("/total").asLong()).isEqualTo(r.at("/population/kept").asLong()).isEqualTo(3);
    // the grand total of 3 is printed, every staff member is professional and no other category
    // has anyone: the Professional subtotal and "Professional and higher" are 3 too (session 6:
    // the warning names them)
    assertThat(r.at("/warnings").toString())
        .contains(
            "2 withheld count(s) of the gender table (total at Professional and total at"
                + " Professional and higher) can still be worked out");
    // found in the second review: report showed the regional warning but not the gender table's
    CliRun report = CliRun.of("report", roster.toString(), "--min-cell", "5", "--format", "json");
    assertThat(report.exitCode()).as(report.toString()).isZero();
    // (the report also prints its regional table's total row, other 0 and not recorded 0: the
    // gender table shows them too, so each level's recorded count, 3 - 0, is known as well)
    assertThat(JSON.readTree(report.out()).at("/warnings").toString())
        .contains(
            "5 withheld count(s) of the gender table (total at Professional, total at Professional"
                + " and higher, recorded (total minus not recorded) at Professional, recorded");
    // a table of 3 staff at --min-cell 5 is nearly all withheld: said so (session 7's review)
    assertThat(r.at("/warnings").toString())
        .contains("34 of the gender table's 35 counts are withheld: too few staff per cell");
    // a table with enough staff to hide its small counts among: no such warning
    CliRun sample = CliRun.of("gender", "samples/roster.csv", "--min-cell", "5");
    assertThat(sample.err())
        .doesNotContain("can still be worked out")
        .doesNotContain("too few staff per cell");
  }

  /**
   * When --strict and --fail-below both apply, 4 wins, as README says (asked in session 9's
   * operator test): a roster with an error row (grade P-9) and a missed target.
   */
  @Test
  void rowErrorsUnderStrictComeBeforeAMissedTarget() throws IOException {
    Path roster = dir.resolve("both.csv");
    Files.writeString(roster, "sex,grade,nationality\nF,P-5,KEN\nM,P-5,FRA\nF,P-9,JPN\n");
    CliRun strict =
        CliRun.of("gender", roster.toString(), "--target", "99", "--fail-below", "--strict", "-q");
    assertThat(strict.exitCode()).as(strict.toString()).isEqualTo(ExitCodes.ROW_ERRORS);
    CliRun target = CliRun.of("gender", roster.toString(), "--target", "99", "--fail-below", "-q");
    assertThat(target.exitCode()).as(target.toString()).isEqualTo(ExitCodes.CHECK_FAILED);
  }

  /**
   * Found in session 6's second defect hunt: --where funding=RB on a roster without a funding
   * column kept nobody (an all-zero table, exit 0, so --fail-below could never fire), and --by
   * funding made one blank group. A filter or breakdown on an optional field the roster lacks is a
   * usage error, and the unknown-column message no longer offers such fields.
   */
  @Test
  void aFilterOrBreakdownOnAFieldTheRosterLacksIsAUsageError() throws IOException {
    Path roster = dir.resolve("min.csv");
    Files.writeString(roster, "sex,grade,nationality\nF,P-5,KEN\nM,P-4,FRA\n");
    for (String[] args :
        new String[][] {
          {"--where", "funding=RB", "--target", "P-5+=45", "--fail-below"},
          {"--by", "post_type"},
          {"--where", "geographical=true"}
        }) {
      String[] all = new String[args.length + 2];
      all[0] = "gender";
      all[1] = roster.toString();
      System.arraycopy(args, 0, all, 2, args.length);
      CliRun run = CliRun.of(all);
      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
      assertThat(run.err()).contains("the roster has no").contains("--column");
    }
    CliRun unknown = CliRun.of("gender", roster.toString(), "--by", "nope");
    assertThat(unknown.err())
        .contains("columns you can use: sex, grade, nationality")
        .doesNotContain("funding");
  }

  /**
   * Found in session 6's second defect hunt: the sample's org_unit "OCHA, Geneva" (136 staff,
   * counted with Python) could not be selected: --where split it at the comma and kept OCHA's 388,
   * silently. A value in double quotes may hold commas, and a value no staff member has is said in
   * the filter's description.
   */
  @Test
  void aQuotedValueMayHoldACommaAndAValueNobodyHasIsSaid() throws IOException {
    JsonNode quoted =
        JSON.readTree(
            CliRun.of(
                    "gender",
                    "samples/roster.csv",
                    "--where",
                    "org_unit=\"OCHA, Geneva\"",
                    "--format",
                    "json")
                .out());
    assertThat(quoted.at("/population/kept").asLong()).isEqualTo(136);
    assertThat(quoted.at("/population/filters/0").asText()).isEqualTo("org_unit=\"OCHA, Geneva\"");
    JsonNode negated =
        JSON.readTree(
            CliRun.of(
                    "gender",
                    "samples/roster.csv",
                    "--where",
                    "org_unit!=\"OCHA, Geneva\"",
                    "--format",
                    "json")
                .out());
    assertThat(negated.at("/population/kept").asLong()).isEqualTo(5000 - 136);
    JsonNode cut =
        JSON.readTree(
            CliRun.of(
                    "gender",
                    "samples/roster.csv",
                    "--where",
                    "org_unit=OCHA, Geneva",
                    "--format",
                    "json")
                .out());
    assertThat(cut.at("/population/kept").asLong()).isEqualTo(388);
    assertThat(cut.at("/population/filters/0").asText())
        .isEqualTo("org_unit=OCHA,Geneva (no staff member has Geneva)");
  }

  /**
   * Found in session 6's second defect hunt: --where geographical=Y kept nobody on a roster whose
   * column says Y and N (only "true" matched), and geographical=bogus was taken silently.
   */
  @Test
  void aGeographicalFilterReadsTheFlagAsTheRosterIsRead() throws IOException {
    Path roster = dir.resolve("flags.csv");
    Files.writeString(
        roster,
        "staff_id,sex,grade,nationality,geographical\n1,F,P-4,KEN,Y\n2,M,P-3,FRA,N\n"
            + "3,F,P-2,JPN,yes\n4,M,P-2,IND,\n");
    for (String[] c : new String[][] {{"Y", "2"}, {"oui", "2"}, {"0", "1"}, {"", "1"}}) {
      CliRun run =
          CliRun.of(
              "gender", roster.toString(), "--where", "geographical=" + c[0], "--format", "json");
      assertThat(run.exitCode()).as(run.toString()).isZero();
      assertThat(JSON.readTree(run.out()).at("/population/kept").asText()).as(c[0]).isEqualTo(c[1]);
    }
    CliRun bogus = CliRun.of("gender", roster.toString(), "--where", "geographical=bogus");
    assertThat(bogus.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(bogus.err()).contains("'bogus' is not a yes/no flag");
  }

  /**
   * Found in session 10's review: once the roster's funding, appointment and post type were read
   * into the domain's spelling (Regular budget as RB, TA as temporary), --where kept comparing the
   * value as written, so 'funding=Regular budget' kept nobody. Hand count on four staff: Regular
   * budget 3 (two written RB), not TA 2, Language post 1; the same with both readers.
   */
  @Test
  void aFilterOnFundingAppointmentOrPostTypeTakesTheSpellingsTheRosterDoes() throws IOException {
    Path roster = dir.resolve("spellings.csv");
    Files.writeString(
        roster,
        "staff_id,sex,grade,nationality,funding,appointment,post_type\n"
            + "1,F,P-4,KEN,Regular budget,TA,\n"
            + "2,M,P-4,FRA,RB,fixed-term,Language post\n"
            + "3,F,P-3,JPN,rb,Temporary appointment,\n"
            + "4,M,P-2,IND,Extrabudgetary,FTA,\n");
    for (String reader : List.of("fast", "plain")) {
      for (String[] c :
          new String[][] {
            {"funding=Regular budget", "3"},
            {"funding=R.B.", "3"},
            {"funding!=regular-budget", "1"},
            {"appointment!=TA", "2"},
            {"appointment=temporary", "2"},
            {"post_type=language", "1"},
            {"post_type!=LANG", "3"}
          }) {
        CliRun run =
            CliRun.of(
                "gender",
                roster.toString(),
                "--where",
                c[0],
                "--format",
                "json",
                "--reader",
                reader);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode population = JSON.readTree(run.out()).at("/population");
        assertThat(population.at("/kept").asText()).as(reader + " " + c[0]).isEqualTo(c[1]);
        assertThat(population.at("/filters/0").asText()).as(c[0]).doesNotContain("no staff");
      }
    }
    CliRun both =
        CliRun.of(
            "gender",
            roster.toString(),
            "--where",
            "funding=Regular budget,RB,XB",
            "--format",
            "json");
    assertThat(JSON.readTree(both.out()).at("/population/filters/0").asText())
        .isEqualTo("funding=RB,XB");
  }

  /**
   * Found in session 6's second defect hunt: --by made three groups of New York, NEW YORK and new
   * york (which --where treats as one value), and sorted x after Y. Hand count: New York 4 staff (2
   * spelled so), x 1, Y 1; the same with the plain reader.
   */
  @Test
  void aBreakdownGroupsValuesThatDifferOnlyInCase() throws IOException {
    Path roster = dir.resolve("by.csv");
    Files.writeString(
        roster,
        "staff_id,sex,grade,nationality,duty_station\n1,F,P-4,KEN,New York\n2,M,P-3,FRA,NEW YORK\n"
            + "3,F,P-2,JPN,new york\n4,M,P-2,IND,New York\n5,F,P-3,USA,x\n6,F,P-3,USA,Y\n");
    String fast = null;
    for (String reader : new String[] {"fast", "plain"}) {
      CliRun run =
          CliRun.of(
              "gender",
              roster.toString(),
              "--by",
              "duty_station",
              "--reader",
              reader,
              "--format",
              "json");
      assertThat(run.exitCode()).as(run.toString()).isZero();
      JsonNode groups = JSON.readTree(run.out()).at("/breakdown/groups");
      List<String> seen = new java.util.ArrayList<>();
      for (JsonNode g : groups) {
        JsonNode rows = g.get("rows");
        seen.add(g.get("value").asText() + " " + rows.get(rows.size() - 1).get("total").asText());
      }
      assertThat(seen).containsExactly("New York 4", "x 1", "Y 1");
      if (fast == null) {
        fast = run.out();
      } else {
        assertThat(run.out()).isEqualTo(fast);
      }
    }
  }

  /** Found in the review of session 6's fixes: --target 4e1 was read as 40. */
  @Test
  void aTargetIsDigitsOnly() {
    for (String bad : new String[] {"4e1", "abc", "P-5+=4e1"}) {
      CliRun run = CliRun.of("gender", "samples/roster.csv", "--target", bad);
      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
      assertThat(run.err()).contains("expected a percentage from 0 to 100");
    }
    assertThat(CliRun.of("gender", "samples/roster.csv", "--target", "45.5%").exitCode()).isZero();
  }

  /** Two targets for one level (in any spelling) cannot both hold: a usage error, not a guess. */
  @Test
  void twoTargetsForOneLevelAreAUsageError() {
    for (String[] pair :
        new String[][] {{"P-5+=45", "P5 and above=50"}, {"50", "40"}, {"P-4=50", "p4=50"}}) {
      CliRun run =
          CliRun.of("gender", "samples/roster.csv", "--target", pair[0], "--target", pair[1]);
      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
      assertThat(run.err()).contains("--target " + pair[0] + " and --target " + pair[1]);
    }
    CliRun both =
        CliRun.of("gender", "samples/roster.csv", "--target", "P-5+=45", "--target", "50");
    assertThat(both.exitCode()).as(both.toString()).isZero();
    assertThat(both.out().lines().filter(l -> l.matches("P-5 and above +[0-9].*")).count())
        .as(both.out())
        .isEqualTo(2); // once in the table by grade, once among the targets
  }

  /**
   * Found in the review of session 6's fixes: the grade-scale file was not among the inputs that an
   * output may not overwrite (in gender, geo, regions and report).
   */
  @Test
  void theOutputMayNotOverwriteTheGradeScaleFile() throws IOException {
    Path scale = dir.resolve("scale.csv");
    String text = "code,category,synonyms\nP-5,professional,P5\nP-4,professional,P4\n";
    Files.writeString(scale, text);
    for (String command : new String[] {"gender", "report"}) {
      CliRun run =
          CliRun.of(
              command,
              "samples/roster.csv",
              "--grade-scale",
              scale.toString(),
              "-o",
              scale.toString());
      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OUTPUT_ERROR);
      assertThat(Files.readString(scale)).isEqualTo(text);
    }
  }

  /**
   * The JSON's recorded staff (women + men + other) are withheld with their parts, but a row that
   * shows its total and its not recorded gives them away: P-5 here has 8 staff, 6 not recorded, so
   * 2 recorded (1 woman, 1 man, both withheld). Session 5 left this as a known gap; the warning now
   * names it, for P-5 and for "P-5 and above", which has the same staff. P-4 (46 staff, 6 not
   * recorded, 40 recorded) is not small.
   */
  @Test
  void aSmallRecordedCountThatTotalMinusNotRecordedGivesAwayIsNamed() throws IOException {
    StringBuilder sb = new StringBuilder("staff_id,sex,grade,nationality\n");
    int id = 0;
    String[][] groups = {
      {"F", "P-5", "1"}, {"M", "P-5", "1"}, {"", "P-5", "6"},
      {"F", "P-4", "20"}, {"M", "P-4", "20"}, {"", "P-4", "6"},
      {"F", "P-3", "20"}, {"M", "P-3", "20"}, {"", "P-3", "6"}
    };
    for (String[] g : groups) {
      for (int i = 0; i < Integer.parseInt(g[2]); i++) {
        sb.append(++id).append(',').append(g[0]).append(',').append(g[1]).append(",KEN\n");
      }
    }
    Path roster = dir.resolve("recorded.csv");
    Files.writeString(roster, sb);
    CliRun run = CliRun.of("gender", roster.toString(), "--min-cell", "5", "--format", "json");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    JsonNode r = JSON.readTree(run.out());
    JsonNode p5 = r.at("/rows/0");
    assertThat(p5.at("/key").asText()).isEqualTo("P-5");
    assertThat(p5.at("/recorded").isNull()).isTrue();
    assertThat(p5.at("/total").asLong() - p5.at("/notRecorded").asLong()).isEqualTo(2);
    assertThat(r.at("/warnings").toString())
        .contains(
            "2 withheld count(s) of the gender table (recorded (total minus not recorded) at P-5 and")
        .doesNotContain("recorded) at P-4");
  }

  @Test
  void theTableShowsEachGradeSubtotalsCumulativeLevelsAndTheDenominatorRule() throws IOException {
    CliRun run = CliRun.of("gender", roster());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .as(run.toString())
        .containsPattern("P-5 +1 +1 +1 +1 +4 +33\\.3")
        .containsPattern("P-5 and above +3 +2 +1 +1 +7 +50\\.0")
        .containsPattern("D-1 and above +2 +1 +0 +0 +3 +66\\.7")
        .containsPattern("Professional and higher +4 +4 +1 +1 +10 +44\\.4")
        .containsPattern("All staff +6 +4 +1 +1 +12 +54\\.5")
        .contains("Staff with no recorded sex are counted in the total but left out")
        .doesNotContain("P-3 ");
    assertThat(run.out().lines().filter(l -> !l.startsWith("Roster: ")))
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
  }

  @Test
  void jsonCarriesCountsAndSharesAsNumbers() throws IOException {
    JsonNode r = json(CliRun.of("gender", roster(), "--format", "json"));
    JsonNode p5 = row(r, "P-5+");
    assertThat(p5.get("women").asLong()).isEqualTo(3);
    assertThat(p5.get("recorded").asLong()).isEqualTo(6);
    assertThat(p5.get("notRecorded").asLong()).isEqualTo(1);
    assertThat(p5.get("womenShare").isNumber()).isTrue();
    assertThat(p5.get("womenShare").decimalValue()).isEqualByComparingTo("0.5");
    assertThat(r.at("/population/kept").asLong()).isEqualTo(12);
    assertThat(r.get("shareDecimals").asInt()).isEqualTo(4);
  }

  @Test
  void theIloIndicatorCountsRegularBudgetOnlyAndSaysSo() throws IOException {
    JsonNode r = json(CliRun.of("gender", roster(), "--where", "funding=rb", "--format", "json"));
    assertThat(row(r, "P-5+").get("women").asLong()).isEqualTo(2);
    assertThat(row(r, "P-5+").get("recorded").asLong()).isEqualTo(4);
    // the value in the domain's spelling, as grade=P5 is said as grade=P-5
    assertThat(r.at("/population/filters/0").asText()).isEqualTo("funding=RB");
    assertThat(r.at("/population/kept").asLong()).isEqualTo(9);
  }

  @Test
  void filtersCombineAndAcceptGradeSpellings() throws IOException {
    JsonNode r =
        json(
            CliRun.of(
                "gender",
                roster(),
                "--where",
                "appointment!=temporary",
                "--where",
                "grade=P5,D1",
                "--format",
                "json"));
    // D-1 F, M and P-5 M, X, blank (the temporary P-5 woman is out).
    assertThat(row(r, "all").get("women").asLong()).isEqualTo(1);
    assertThat(row(r, "all").get("total").asLong()).isEqualTo(5);
  }

  @Test
  void theProfessionalPopulationDropsGeneralService() throws IOException {
    JsonNode r =
        json(CliRun.of("gender", roster(), "--population", "professional", "--format", "json"));
    assertThat(row(r, "all").get("total").asLong()).isEqualTo(10);
    assertThat(r.at("/population/inPopulation").asLong()).isEqualTo(10);
  }

  @Test
  void theGeographicalPopulationAppliesTheSchemeRules() throws IOException {
    JsonNode r =
        json(CliRun.of("gender", roster(), "--population", "geographical", "--format", "json"));
    // RB, P+ and not temporary: ASG F, D-1 M, P-5 X, P-5 blank, P-4 F, M, M.
    assertThat(row(r, "all").get("total").asLong()).isEqualTo(7);
    assertThat(row(r, "all").get("women").asLong()).isEqualTo(2);
  }

  @Test
  void targetsReportTheGapInPeople() throws IOException {
    JsonNode r =
        json(
            CliRun.of(
                "gender",
                roster(),
                "--target",
                "P-5+=60",
                "--target",
                "P-4=30",
                "--format",
                "json"));
    JsonNode p5 = r.at("/targets/0");
    // 60 % of 6 recorded = 3.6 -> 4 women needed, 3 present: 1 more.
    assertThat(p5.get("status").asText()).isEqualTo("not-met");
    assertThat(p5.get("womenNeeded").asLong()).isEqualTo(1);
    JsonNode p4 = r.at("/targets/1");
    assertThat(p4.get("status").asText()).isEqualTo("met");
    assertThat(p4.get("womenNeeded").asLong()).isZero();
  }

  @Test
  void failBelowExitsFiveOnlyWhenATargetIsMissed() throws IOException {
    String roster = roster();
    CliRun missed = CliRun.of("gender", roster, "--target", "P-5+=60", "--fail-below");
    assertThat(missed.exitCode()).as(missed.toString()).isEqualTo(ExitCodes.CHECK_FAILED);
    CliRun met = CliRun.of("gender", roster, "--target", "P-5+=50", "--fail-below");
    assertThat(met.exitCode()).as(met.toString()).isZero();
    CliRun noStaff = CliRun.of("gender", roster, "--target", "P-3=50", "--fail-below");
    assertThat(noStaff.exitCode()).as(noStaff.toString()).isZero();
    assertThat(noStaff.out()).contains("no-staff");
    // found in session 7's defect hunt: JSON and CSV said 0 women needed where text said '-'
    JsonNode json =
        JSON.readTree(CliRun.of("gender", roster, "--target", "P-3=50", "--format", "json").out());
    assertThat(json.at("/targets/0/status").asText()).isEqualTo("no-staff");
    assertThat(json.at("/targets/0/womenNeeded").isNull()).isTrue();
    Path csvDir = dir.resolve("csv");
    Files.createDirectory(csvDir);
    CliRun csv =
        CliRun.of(
            "report",
            roster,
            "--target",
            "P-3=50",
            "--format",
            "csv",
            "--output-dir",
            csvDir.toString());
    assertThat(csv.exitCode()).as(csv.toString()).isZero();
    assertThat(Files.readString(csvDir.resolve("gender-targets.csv"))).contains(",no-staff,\r\n");
  }

  @Test
  void breakdownGroupsAreListedWithATotal() throws IOException {
    CliRun run = CliRun.of("gender", roster(), "--by", "org_unit");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .as(run.toString())
        .contains("Women's share by org_unit")
        .containsPattern("A +7 +3 +")
        .containsPattern("B +5 +3 +");
  }

  @Test
  void anUnknownColumnIsAUsageErrorWithAHint() throws IOException {
    CliRun run = CliRun.of("gender", roster(), "--by", "org_unti");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).as(run.toString()).contains("did you mean 'org_unit'");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void theIdColumnIsRefusedUnderAnyNameItsHeaderHas() throws IOException {
    String roster = roster();
    for (String[] args :
        new String[][] {
          {"gender", roster, "--by", "staff_id"},
          {"gender", roster, "--by", "Staff ID"},
          {"gender", roster, "--where", "staff_id=1"}
        }) {
      CliRun run = CliRun.of(args);
      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
      assertThat(run.out()).as(run.toString()).isEmpty();
      assertThat(run.err()).as(run.toString()).contains("never show staff ids");
    }
  }

  @Test
  void columnsOfNamesAndOtherIdsAreRefusedLikeTheStaffId() throws IOException {
    Path p = dir.resolve("names.csv");
    Files.writeString(
        p,
        "staff_id,Employee ID,Full Name,Last name,E-mail,Duty station name,sex,grade,nationality\n"
            + "S1,E100,Alice Smith,Smith,a@x.org,Geneva,F,P-5,JPN\n"
            + "S2,E200,Bob Jones,Jones,b@x.org,Nairobi,M,P-4,USA\n");
    for (String column : List.of("Employee ID", "Full Name", "Last name", "E-mail", "full_name")) {
      for (String[] args :
          new String[][] {
            {"gender", p.toString(), "--by", column},
            {"gender", p.toString(), "--where", column + "=Smith"}
          }) {
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).as(run.toString()).isEmpty();
        assertThat(run.err()).as(run.toString()).contains("a person's name or identifier");
        assertThat(run.err()).as(run.toString()).doesNotContain("Alice", "Smith,", "E100");
      }
    }
    // a column merely named "... name" that is not a person's stays usable
    CliRun station = CliRun.of("gender", p.toString(), "--by", "Duty station name");
    assertThat(station.exitCode()).as(station.toString()).isZero();
    assertThat(station.out()).contains("Geneva").doesNotContain("Alice", "Smith");
  }

  /**
   * Found in review: with a scale file spelling P-5 as "P5", or listing the ungraded after the
   * directors, the cumulative levels were dropped or took the wrong grades, and --fail-below
   * passed. By the domain guide, P-5 and above is P-5, D-1, D-2 and ungraded, whatever the file's
   * order.
   */
  @Test
  void theCumulativeLevelsFollowTheCategoriesWhateverTheScaleFileSpellsOrOrders()
      throws IOException {
    Path roster = dir.resolve("five.csv");
    Path respelt = dir.resolve("respelt.csv");
    Path reordered = dir.resolve("reordered.csv");
    Files.writeString(
        respelt,
        "code,category\nADG,ungraded\nD2,director\nD1,director\nP5,professional\n"
            + "P4,professional\nGS5,general-service\n");
    Files.writeString(
        reordered,
        "code,category\nGS5,general-service\nP-5,professional\nP4,professional\nD-2,director\n"
            + "D-1,director\nADG,ungraded\n");
    // by hand: P-5 and above = ADG, D1, P5 (3 staff, 2 women); D-1 and above = ADG, D1 (2 women)
    Files.writeString(
        roster,
        "id,sex,grade,nationality\n1,F,ADG,JPN\n2,F,D1,JPN\n3,M,P5,JPN\n4,M,P4,JPN\n5,F,GS5,JPN\n");
    for (Path scale : List.of(respelt, reordered)) {
      CliRun run =
          CliRun.of(
              "gender", roster.toString(), "--grade-scale", scale.toString(), "--format", "json");
      assertThat(run.exitCode()).as(run.toString()).isZero();
      JsonNode r = json(run);
      assertThat(row(r, "P-5+").at("/total").asLong()).as(scale.toString()).isEqualTo(3);
      assertThat(row(r, "P-5+").at("/women").asLong()).as(scale.toString()).isEqualTo(2);
      assertThat(row(r, "D-1+").at("/total").asLong()).as(scale.toString()).isEqualTo(2);
      assertThat(row(r, "P+").at("/total").asLong()).as(scale.toString()).isEqualTo(4);
      assertThat(r.at("/warnings").size()).as(scale.toString()).isZero();
      CliRun missed =
          CliRun.of(
              "gender",
              roster.toString(),
              "--grade-scale",
              scale.toString(),
              "--target",
              "P-5+=90",
              "--fail-below");
      assertThat(missed.exitCode()).as(missed.toString()).isEqualTo(ExitCodes.CHECK_FAILED);
      // found in session 7's defect hunt: the footnote named the built-in scale's D-2
      CliRun text = CliRun.of("gender", roster.toString(), "--grade-scale", scale.toString());
      assertThat(text.out())
          .doesNotContain("D-2 and ungraded")
          .contains("P-5 and above = P-5 and the grades above it");
    }
    assertThat(CliRun.of("gender", roster.toString()).out())
        .contains("P-5 and above = P-5, D-1, D-2 and ungraded");
    // a scale with no P-5 at all: no such row, said so; a target on it is a usage error
    Path noP5 = dir.resolve("nop5.csv");
    Files.writeString(noP5, "code,category\nADG,ungraded\nD1,director\nP4,professional\n");
    Path small = dir.resolve("small.csv");
    Files.writeString(small, "id,sex,grade,nationality\n1,F,ADG,JPN\n2,F,D1,JPN\n3,M,P4,JPN\n");
    JsonNode without =
        json(
            CliRun.of(
                "gender", small.toString(), "--grade-scale", noP5.toString(), "--format", "json"));
    assertThat(without.at("/warnings").toString()).contains("no professional or higher grade P-5");
    assertThat(without.at("/rows").findValuesAsText("key")).doesNotContain("P-5+").contains("D-1+");
    CliRun target =
        CliRun.of(
            "gender", small.toString(), "--grade-scale", noP5.toString(), "--target", "P-5+=45");
    assertThat(target.exitCode()).as(target.toString()).isEqualTo(ExitCodes.USAGE);
    // found in a second review: a category split in two gave two subtotals (and --by crashed);
    // a scale written lowest first put P-4 in P-5 and above. Both are refused, naming the grade.
    Path split = dir.resolve("split.csv");
    Files.writeString(
        split, "code,category\nP5,professional\nD1,director\nASG,ungraded\nD2,director\n");
    Path lowestFirst = dir.resolve("lowest.csv");
    Files.writeString(lowestFirst, "code,category\nP-4,professional\nP-5,professional\n");
    for (String[] c :
        new String[][] {
          {split.toString(), "the director grades are not listed together"},
          {lowestFirst.toString(), "P-4 is listed above P-5"}
        }) {
      CliRun bad = CliRun.of("gender", small.toString(), "--grade-scale", c[0], "--by", "grade");
      assertThat(bad.exitCode()).as(bad.toString()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
      assertThat(bad.err()).as(bad.toString()).contains(c[1]);
    }
    // found in a third review: ungraded titles of different organizations have no common order
    for (String ungraded : List.of("USG,DG", "ED,ADG,ASG", "UG,ASG")) {
      Path scale = dir.resolve("ungraded.csv");
      StringBuilder text = new StringBuilder("code,category\n");
      for (String g : ungraded.split(",")) {
        text.append(g).append(",ungraded\n");
      }
      text.append("D-1,director\nP-5,professional\nP-4,professional\n");
      Files.writeString(scale, text.toString());
      CliRun ok = CliRun.of("gender", small.toString(), "--grade-scale", scale.toString());
      assertThat(ok.exitCode()).as(ok.toString()).isIn(ExitCodes.OK, ExitCodes.ROW_ERRORS);
      assertThat(ok.err()).as(ok.toString()).doesNotContain("is listed above");
    }
    assertThat(target.err()).contains("no level 'P-5 and above'");
  }

  /** Found in review: options that were accepted and then ignored, or misread. */
  @Test
  void optionsThatWouldBeIgnoredOrMisreadAreUsageErrors() throws IOException {
    String roster = roster();
    String[][] cases = {
      {"--fail-below needs a --target", "gender", roster, "--fail-below"},
      {
        "--scheme applies to gender only with --population geographical",
        "gender",
        roster,
        "--scheme",
        "samples/scheme-unesco.json"
      },
      {"found 'x'", "gender", roster, "--delimiter", "x"},
      {"found '7'", "gender", roster, "--delimiter", "7"},
      {"'2022-02-30' is not a day of the calendar", "geo", roster, "--as-of", "2022-02-30"},
      {"'31/12/2022' is not a date of the form YYYY-MM-DD", "geo", roster, "--as-of", "31/12/2022"}
    };
    for (String[] c : cases) {
      CliRun run = CliRun.of(java.util.Arrays.copyOfRange(c, 1, c.length));
      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
      assertThat(run.err()).as(run.toString()).contains(c[0]).doesNotContain("java.");
      assertThat(run.out()).as(run.toString()).isEmpty();
    }
    CliRun geographical =
        CliRun.of(
            "gender",
            roster,
            "--scheme",
            "samples/scheme-unesco.json",
            "--population",
            "geographical");
    assertThat(geographical.exitCode()).as(geographical.toString()).isZero();
  }

  @Test
  void aMappedFieldNamedByItsHeaderComparesNormalisedValues() throws IOException {
    Path p = dir.resolve("messy.csv");
    Files.writeString(
        p, "Index No;Gender;Grade Level;Citizenship\n1;F;P5;Japan\n2;M;P-5;JPN\n3;F;D1;KEN\n");
    JsonNode byHeader =
        json(CliRun.of("gender", p.toString(), "--where", "citizenship=JPN", "--format", "json"));
    assertThat(byHeader.at("/population/kept").asLong()).isEqualTo(2);
    CliRun byGrade = CliRun.of("gender", p.toString(), "--by", "Grade Level", "--format", "json");
    assertThat(json(byGrade).at("/breakdown/groups").findValuesAsText("value"))
        .containsExactly("D-1", "P-5");
  }

  @Test
  void aBreakdownByGradeListsTheGradesHighestFirstAsTheScaleDoes() throws IOException {
    Path p = dir.resolve("grades.csv");
    Files.writeString(
        p,
        "staff_id,sex,grade,nationality,unit\n"
            + "1,F,G-5,KEN,b\n2,M,P-1,JPN,a\n3,F,NO-B,KEN,c\n4,M,USG,JPN,a\n"
            + "5,F,P-3,KEN,b\n6,F,D-2,JPN,a\n7,M,FS-4,KEN,c\n8,F,p1,JPN,b\n");
    // the order of the built-in scale (domain guide), not the alphabet's: D-2 < FS-4 < G-5 ...
    List<String> scaleOrder = List.of("USG", "D-2", "P-3", "P-1", "NO-B", "FS-4", "G-5");
    CliRun json = CliRun.of("gender", p.toString(), "--by", "grade", "--format", "json");
    assertThat(json(json).at("/breakdown/groups").findValuesAsText("value"))
        .containsExactlyElementsOf(scaleOrder);
    CliRun text = CliRun.of("gender", p.toString(), "--by", "grade");
    assertThat(text.exitCode()).as(text.toString()).isZero();
    String table = text.out().substring(text.out().lastIndexOf("Women's share by grade"));
    List<Integer> at = scaleOrder.stream().map(g -> table.indexOf("\n" + g + " ")).toList();
    assertThat(at).as(table).doesNotContain(-1).isSorted();
    // any other column keeps the alphabet
    CliRun byUnit = CliRun.of("gender", p.toString(), "--by", "unit", "--format", "json");
    assertThat(json(byUnit).at("/breakdown/groups").findValuesAsText("value"))
        .containsExactly("a", "b", "c");
  }

  @Test
  void badTargetsAndFilterValuesAreUsageErrors() throws IOException {
    String roster = roster();
    for (String[] args :
        new String[][] {
          {"gender", roster, "--target", "P-9+=45"},
          {"gender", roster, "--target", "150"},
          {"gender", roster, "--target", "lots"},
          {"gender", roster, "--where", "grade=Q-1"},
          {"gender", roster, "--where", "funding"},
          {"gender", roster, "--by", "id"}
        }) {
      CliRun run = CliRun.of(args);
      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    }
  }

  @Test
  void strictFailsWhenRowsHaveErrorsButTheFiguresStillPrint() throws IOException {
    Path p = dir.resolve("bad.csv");
    Files.writeString(p, ROSTER + "13,F,P-9,KEN,RB,fixed-term,A\n");
    CliRun lax = CliRun.of("gender", p.toString());
    assertThat(lax.exitCode()).as(lax.toString()).isZero();
    assertThat(lax.err()).contains("1 of 13 roster rows were excluded");
    CliRun strict = CliRun.of("gender", p.toString(), "--strict");
    assertThat(strict.exitCode()).as(strict.toString()).isEqualTo(ExitCodes.ROW_ERRORS);
    CliRun quiet = CliRun.of("gender", p.toString(), "--quiet");
    assertThat(quiet.err()).isEmpty();
  }

  @Test
  void minCellWithholdsSmallCountsAndWhatWouldRevealThem() throws IOException {
    String roster = roster();
    JsonNode r = json(CliRun.of("gender", roster, "--min-cell", "2", "--format", "json"));
    assertThat(r.get("minCell").asInt()).isEqualTo(2);
    // ASG: one woman, nobody else: the 1 is withheld, and so is the row total that equals it.
    JsonNode asg = row(r, "ASG");
    assertThat(asg.get("women").isNull()).isTrue();
    assertThat(asg.get("total").isNull()).isTrue();
    assertThat(asg.get("womenShare").isNull()).isTrue();
    assertThat(asg.get("suppressed").toString()).contains("women", "total", "womenShare");
    // Every published count is 0 or at least 2.
    for (JsonNode line : r.get("rows")) {
      for (String f : new String[] {"women", "men", "other", "notRecorded", "total"}) {
        if (!line.get(f).isNull()) {
          assertThat(line.get(f).asLong()).as(line.get("key") + " " + f).isNotEqualTo(1);
        }
      }
    }
    CliRun text = CliRun.of("gender", roster, "--min-cell", "2");
    assertThat(text.out()).contains("[c]").contains("--min-cell 2");
    JsonNode off = json(CliRun.of("gender", roster, "--min-cell", "0", "--format", "json"));
    JsonNode none = json(CliRun.of("gender", roster, "--format", "json"));
    assertThat(off.get("rows")).isEqualTo(none.get("rows"));
    CliRun negative = CliRun.of("gender", roster, "--min-cell", "-1");
    assertThat(negative.exitCode()).as(negative.toString()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void csvIsOneTidyTableAndMarkdownHasPipeTables() throws IOException {
    String roster = roster();
    CliRun csv = CliRun.of("gender", roster, "--format", "csv", "--by", "org_unit");
    assertThat(csv.out().lines().findFirst().orElseThrow())
        .isEqualTo("org_unit,level,kind,women,men,other,not_recorded,recorded,total,women_share");
    assertThat(csv.out()).contains("\r\nA,P-5 and above,cumulative,");
    CliRun md = CliRun.of("gender", roster, "--format", "markdown");
    assertThat(md.out()).contains("| level |").contains("| **P-5 and above** |");
  }

  /** The CSV names everyone selected "all"; a group whose value is "All" must not join them. */
  @Test
  void aGroupCalledAllIsQuotedInTheCsv() throws IOException {
    Path p = dir.resolve("all.csv");
    Files.writeString(p, ROSTER.replace("fixed-term,B", "fixed-term,All"));
    CliRun csv = CliRun.of("gender", p.toString(), "--format", "csv", "--by", "org_unit");
    assertThat(csv.exitCode()).as(csv.toString()).isZero();
    assertThat(csv.out())
        .contains("\r\nall,All staff,total,6,4,1,1,11,12,")
        .contains("\r\n\"\"\"All\"\"\",All staff,total,");
    assertThat(csv.out().lines().filter(l -> l.startsWith("all,All staff,")).count()).isEqualTo(1);
  }
}
