package org.divcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RangesCommandTest {
  private static final String[] RANGES_2013 = {
    "ranges", "--base-figure", "3400", "--as-of", "2013-06-30"
  };

  @TempDir Path dir;

  private static String[] with(String[] base, String... more) {
    String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  /**
   * An embedded table's rows that {@code keep} selects, as a file without years: the first column
   * (the State) and the last (the figure), under {@code header}.
   */
  private Path undated(
      String embedded, String header, java.util.function.Predicate<String[]> keep, String name)
      throws IOException {
    StringBuilder out = new StringBuilder(header).append('\n');
    for (String l :
        Files.readAllLines(Path.of("src/main/resources/org/divcalc/reference/" + embedded))) {
      String[] f = l.split(",");
      if (!l.startsWith("iso3") && keep.test(f)) {
        out.append(f[0]).append(',').append(f[f.length - 1]).append('\n');
      }
    }
    return file(name, out.toString());
  }

  private Path file(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  /** Found in the review of session 8: a year of 4294969318 was read as 2022 (an int overflow). */
  @Test
  void aPopulationYearOutOfRangeIsAnError() throws IOException {
    Path population = file("pop.csv", "iso3,population,year\nKEN,1000,4294969318\n");
    CliRun run =
        CliRun.of(
            "ranges",
            "--base-figure",
            "3000",
            "--as-of",
            "2022-12-31",
            "--population-file",
            population.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
    assertThat(run.err()).contains("line 2, column 3 (year): found '4294969318', expected a year");
  }

  /**
   * Found in session 7's defect hunt: a --scale file of fractions (summing to 1) gave a warning
   * with the sum as 0.99999999999999999773 % and no word of what was wrong.
   */
  @Test
  void aScaleOfFractionsIsSaidToLookLikeOne() throws java.io.IOException {
    StringBuilder fractions = new StringBuilder("iso3,rate_pct\n");
    for (String line :
        java.nio.file.Files.readAllLines(
            Path.of("src/main/resources/org/divcalc/reference/un_scale_of_assessments.csv"))) {
      String[] f = line.split(",");
      if (f[2].equals("2022")) {
        fractions
            .append(f[0])
            .append(',')
            .append(new java.math.BigDecimal(f[4]).movePointLeft(2).toPlainString())
            .append('\n');
      }
    }
    Path scale = dir.resolve("fractions.csv");
    java.nio.file.Files.writeString(scale, fractions);
    CliRun run =
        CliRun.of(
            "ranges",
            "--base-figure",
            "3000",
            "--as-of",
            "2022-12-31",
            "--scale",
            scale.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err())
        .contains("193 States with a rate sum to 1 %, not 100 %")
        .contains("they look like fractions of 1: rate_pct is in per cent");
  }

  /**
   * Found in session 7's defect hunt: a published table headed "Member State,Lower Limit,..." was
   * refused although "member_state,lower_limit" was taken; headers now compare as roster headers
   * do, case, spaces, underscores and hyphens aside.
   */
  @Test
  void referenceHeadersCompareSpacesAndCaseAside() throws java.io.IOException {
    Path spaced = dir.resolve("spaced.csv");
    java.nio.file.Files.writeString(
        spaced, "Member State,Lower Limit,Mid-Point,UPPER LIMIT\nKEN,2,7,14\nJPN,181,213,245\n");
    CliRun run = CliRun.of("ranges", "--ranges", spaced.toString(), "--as-of", "2022-12-31", "-q");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).containsPattern("JPN +181 +213 +245 +Japan");
  }

  /**
   * Whole-number options said only "is not an int", also for 2147483648 (found in session 8's
   * defect hunt): now the message says what was wrong and what is expected.
   */
  @Test
  void aWholeNumberOptionOutOfRangeOrNotANumberIsAUsageErrorInWords() {
    CliRun big = CliRun.of("report", "samples/roster.csv", "--min-cell", "2147483648");
    assertThat(big.exitCode()).as(big.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(big.err())
        .contains("'2147483648' is too large; expected at most 2147483647")
        .doesNotContain("not an int");
    // found in session 10's review: a number below the range was "too large" (and "at least
    // -2147483648" would mislead, as no option here takes a negative number)
    CliRun small =
        CliRun.of("ranges", "--population-year", "-99999999999", "--as-of", "2022-12-31");
    assertThat(small.exitCode()).as(small.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(small.err())
        .contains("'-99999999999' is far below any value the option takes")
        .doesNotContain("too large");
    CliRun word = CliRun.of("ranges", "--population-year", "twenty", "--as-of", "2022-12-31");
    assertThat(word.exitCode()).as(word.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(word.err()).contains("'twenty' is not a whole number");
    CliRun sep = CliRun.of("report", "samples/roster.csv", "--min-cell", "1,000");
    assertThat(sep.err()).contains("without thousands separators: 1000");
    CliRun five = CliRun.of("gender", "samples/roster.csv", "--min-cell", " 5");
    assertThat(five.exitCode()).as(five.toString()).isZero();
  }

  /**
   * Found in session 6's defect hunt: "--base-figure abc" printed a Java exception's text, and
   * "1e999999999" ended in an internal error (exit 1) when the formula ran.
   */
  @Test
  void aBaseFigureThatIsNotANumberIsAUsageErrorInWords() {
    for (String bad : new String[] {"abc", "1e999999999", "3,000"}) {
      CliRun run = CliRun.of("ranges", "--base-figure", bad, "--as-of", "2022-12-31");
      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
      assertThat(run.err())
          .contains("'" + bad + "' is not a number")
          .doesNotContain("java.")
          .doesNotContain("internal error");
    }
    assertThat(CliRun.of("ranges", "--base-figure", "3,000", "--as-of", "2022-12-31").err())
        .contains("without thousands separators: 3000");
    CliRun geo =
        CliRun.of("geo", "samples/roster.csv", "--base-figure", "x", "--as-of", "2022-12-31");
    assertThat(geo.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(geo.err()).contains("'x' is not a number");
  }

  /**
   * Found in session 6's defect hunt: on 2025-12-31 the rule (the latest year whose mid-year date
   * is not after the as-of date) gives 2025, but the embedded population ends with 2024; the report
   * said 2024 was "the latest year whose mid-year reference date (2024-07-01) is not after
   * 2025-12-31", which is not true. It now says the data stopped, and warns; an explicit
   * --population-year is taken without the warning. A --population-year that a population file
   * without years cannot honour is a warning too.
   */
  @Test
  void aPopulationYearOlderThanTheRuleWantsIsSaidAndWarned() throws IOException {
    CliRun late =
        CliRun.of("ranges", "--base-figure", "3000", "--as-of", "2025-12-31", "--format", "json");
    assertThat(late.exitCode()).as(late.toString()).isZero();
    assertThat(late.out()).contains("would take 2025").doesNotContain("(2024-07-01) is not after");
    assertThat(late.err()).contains("population year 2024 is used for 2025-12-31");
    CliRun chosen =
        CliRun.of(
            "ranges",
            "--base-figure",
            "3000",
            "--as-of",
            "2025-12-31",
            "--population-year",
            "2024");
    assertThat(chosen.exitCode()).as(chosen.toString()).isZero();
    assertThat(chosen.err()).doesNotContain("population year 2024 is used");
    CliRun onTime = CliRun.of("ranges", "--base-figure", "3000", "--as-of", "2024-12-31");
    assertThat(onTime.err()).doesNotContain("is used for");

    Path file =
        undated(
            "population_world_bank.csv",
            "iso3,population",
            f -> f.length > 2 && f[f.length - 2].equals("2022"),
            "population.csv");
    CliRun ignored =
        CliRun.of(
            "ranges",
            "--base-figure",
            "3000",
            "--as-of",
            "2022-12-31",
            "--population-file",
            file.toString(),
            "--population-year",
            "2011");
    assertThat(ignored.exitCode()).as(ignored.toString()).isZero();
    assertThat(ignored.err()).contains("--population-year 2011 is not used");
  }

  /**
   * Found in session 6's defect hunt: a --scale file without Japan gave Japan a contribution of 0
   * (a range of 5-15 instead of 181-245) with exit 0 and a warning that blamed an admission during
   * the period. A Member State since before the period began must have a rate: exit 3, naming the
   * file and the State. South Sudan (admitted 2011-07-14, during 2010-2012) still only warns.
   */
  @Test
  void aScaleFileWithoutARateForAStateThatShouldHaveOneIsAnError() throws IOException {
    java.util.List<String> lines =
        Files.readAllLines(
            Path.of("src/main/resources/org/divcalc/reference/un_scale_of_assessments.csv"));
    StringBuilder without = new StringBuilder(lines.get(0)).append('\n');
    StringBuilder older = new StringBuilder(lines.get(0)).append('\n');
    for (String l : lines) {
      if (l.contains(",2013,2015,") && !l.startsWith("JPN,")) {
        without.append(l).append('\n');
      }
      if (l.contains(",2010,2012,")) {
        older.append(l).append('\n');
      }
    }
    Path noJapan = dir.resolve("no-japan.csv");
    Files.writeString(noJapan, without);
    CliRun run =
        CliRun.of(
            "ranges",
            "--base-figure",
            "3400",
            "--as-of",
            "2013-06-30",
            "--scale",
            noJapan.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
    assertThat(run.err()).contains(noJapan.toString()).contains("Japan (JPN)");
    Path scale1012 = dir.resolve("scale-2010.csv");
    Files.writeString(scale1012, older);
    CliRun southSudan =
        CliRun.of(
            "ranges",
            "--base-figure",
            "3400",
            "--as-of",
            "2012-06-30",
            "--scale",
            scale1012.toString());
    assertThat(southSudan.exitCode()).as(southSudan.toString()).isZero();
    assertThat(southSudan.err())
        .contains("South Sudan (SSD): contribution factor 0 (not a Member State when the period")
        .contains("add the rate to " + scale1012);
    // found in the review of the fix: a scale file without periods cannot say who should be in
    // it (a warning, as before), nor can an observer State listed with --members
    Path noPeriods =
        undated(
            "un_scale_of_assessments.csv",
            "iso3,rate_pct",
            f -> f.length > 3 && f[f.length - 3].equals("2010"),
            "undated.csv");
    CliRun undatedRun =
        CliRun.of(
            "ranges",
            "--base-figure",
            "3400",
            "--as-of",
            "2011-12-31",
            "--scale",
            noPeriods.toString());
    assertThat(undatedRun.exitCode()).as(undatedRun.toString()).isZero();
    assertThat(undatedRun.err()).contains("South Sudan (SSD): contribution factor 0");
    // found in session 8's defect hunt: an undated file without Germany gave it a contribution of
    // 0 with exit 0. Such a file is taken as the scale in force on the date, whose period began
    // two years before the date's year at the earliest: a State admitted before then needs a rate.
    Path noGermany =
        undated(
            "un_scale_of_assessments.csv",
            "iso3,rate_pct",
            f -> f.length > 3 && f[f.length - 3].equals("2022") && !f[0].equals("DEU"),
            "undated-no-germany.csv");
    CliRun germany =
        CliRun.of(
            "ranges",
            "--base-figure",
            "3000",
            "--as-of",
            "2022-12-31",
            "--scale",
            noGermany.toString());
    assertThat(germany.exitCode()).as(germany.toString()).isEqualTo(3);
    assertThat(germany.err())
        .contains(noGermany.toString())
        .contains("Germany (DEU), Member State(s) since 1 January 2020 or earlier")
        .doesNotContain("Japan");
    StringBuilder members = new StringBuilder("iso3\n");
    for (String l :
        Files.readAllLines(
            Path.of("src/main/resources/org/divcalc/reference/un_member_states.csv"))) {
      if (!l.startsWith("iso3") && !l.startsWith("VAT,")) {
        members.append(l, 0, 3).append('\n');
      }
    }
    Path withPalestine = dir.resolve("members.csv");
    Files.writeString(withPalestine, members);
    CliRun observer =
        CliRun.of(
            "ranges",
            "--base-figure",
            "3000",
            "--as-of",
            "2022-12-31",
            "--members",
            withPalestine.toString());
    assertThat(observer.exitCode()).as(observer.toString()).isZero();
  }

  @Test
  void textReportShowsTheTestVectorsAndWhyEachInputWasChosen() {
    CliRun run = CliRun.of(RANGES_2013);
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out())
        .as("%s", run)
        .containsPattern("(?m)^JPN +10\\.833 .* 181 +213 +245 +Japan$")
        .containsPattern("(?m)^USA +22\\.000 .* 362 +426 +490 +United States of America$")
        .containsPattern("(?m)^DEU .* 121 +142 +164 +Germany$")
        .containsPattern("(?m)^TUV .* 2 +7 +14 +Tuvalu$")
        .containsPattern("(?m)^Total .* 3400\\.000 .*193 Member States$")
        .contains("population year  2012")
        .contains("(2012-07-01) is not after 2013-06-30")
        .contains("scale period     2013-2015")
        .contains("193 Member States")
        .contains("compared with the rounded limits");
    assertThat(run.err()).as("%s", run).isEmpty();
  }

  @Test
  void explainShowsTheArithmeticWithSources() {
    CliRun run = CliRun.of(with(RANGES_2013, "--explain", "Japan"));
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out())
        .as("%s", run)
        .contains("= 0.40 × 3400 ÷ 193")
        .contains("= 0.55 × 3400 × 10.833 ÷ 100")
        .contains("= 202.5771")
        .contains("embedded:un_scale_of_assessments.csv, period 2013-2015, sha256 ")
        .contains("embedded:population_world_bank.csv, year 2012")
        .contains("Desirable range: 181 to 245 posts (midpoint 213)");
    assertThat(CliRun.of(with(RANGES_2013, "--explain", "jpn")).out()).isEqualTo(run.out());
  }

  @Test
  void explainOfAnUnknownStateIsAUsageErrorWithAHint() {
    CliRun run = CliRun.of(with(RANGES_2013, "--explain", "Japn"));
    assertThat(run.exitCode()).as("%s", run).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).as("%s", run).contains("unknown State 'Japn' (did you mean 'Japan'?)");
    CliRun notMember =
        CliRun.of("ranges", "--base-figure", "3400", "--as-of", "2010-06-30", "--explain", "SSD");
    assertThat(notMember.exitCode()).as("%s", notMember).isEqualTo(ExitCodes.USAGE);
    assertThat(notMember.err()).as("%s", notMember).contains("not in the membership");
  }

  @Test
  void aDateOutsideTheSchemesValidityWarnsOnStderrAndInTheReport() throws IOException {
    CliRun run =
        CliRun.of("ranges", "--base-figure", "3400", "--as-of", "2024-06-30", "--format", "json");
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.err())
        .as("%s", run)
        .contains("warning: the scheme un-secretariat-1988 is valid");
    JsonNode json = JsonMapper.builder().build().readTree(run.out());
    assertThat(json.get("warnings").toString()).contains("falls outside it");
  }

  @Test
  void withoutAsOfTodayIsUsedAndSaidSo() {
    CliRun run = CliRun.on(LocalDate.of(2013, 6, 30), "ranges", "--base-figure", "3400");
    assertThat(run.exitCode()).as("%s", run).isZero();
    // the time zone that decides "today" near midnight is said (found in session 8's audit)
    assertThat(run.out())
        .as("%s", run)
        .contains("today in time zone Z (no --as-of given)")
        .contains("2012");
  }

  @Test
  void jsonHasExactNumbersAndStableKeys() throws IOException {
    CliRun run = CliRun.of(with(RANGES_2013, "--format", "json"));
    assertThat(run.exitCode()).as("%s", run).isZero();
    JsonNode json = JsonMapper.builder().build().readTree(run.out());
    assertThat(json.get("ranges")).hasSize(193);
    assertThat(json.get("baseFigure").asText()).isEqualTo("3400");
    JsonNode japan = null;
    for (JsonNode r : json.get("ranges")) {
      if (r.get("iso3").asText().equals("JPN")) {
        japan = r;
      }
    }
    assertThat(japan).isNotNull();
    assertThat(japan.get("lower").asInt()).isEqualTo(181);
    assertThat(japan.get("contribution").isNumber()).isTrue();
    assertThat(run.out()).as("%s", run).doesNotContainPattern(": -?[0-9.]+[eE]");
    assertThat(
            json.get("totals")
                .get("midpoint")
                .decimalValue()
                .setScale(20, java.math.RoundingMode.HALF_UP))
        .isEqualByComparingTo("3400");
    assertThat(json.get("scheme").get("counting").get("funding").get(0).asText()).isEqualTo("RB");
    assertThat(json.get("toolVersion").asText()).isNotEmpty();
  }

  @Test
  void csvHasAHeaderOneRowPerStateAndTotals() {
    CliRun run = CliRun.of(with(RANGES_2013, "--format", "csv"));
    assertThat(run.exitCode()).as("%s", run).isZero();
    String[] lines = run.out().split("\r\n");
    assertThat(lines).as("%s", run).hasSize(1 + 193 + 1);
    assertThat(lines[0]).startsWith("iso3,rate %,population,");
    assertThat(lines[lines.length - 1]).startsWith("Total,100.000,");
  }

  @Test
  void markdownHasTheTable() {
    CliRun run = CliRun.of(with(RANGES_2013, "--format", "markdown"));
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out())
        .as("%s", run)
        .containsPattern("\\| JPN \\| 10\\.833 \\|.*\\| 181 \\| 213 \\| 245 \\| Japan \\|");
  }

  @Test
  void aBadSchemeFileIsUnusableInputNamingFileAndKey() throws IOException {
    Path scheme =
        file(
            "bad.json",
            "{\"name\":\"x\",\"description\":\"d\",\"validFrom\":\"2004-01-01\","
                + "\"weights\":{\"membership\":0.4,\"population\":0.05,\"contribution\":0.55},"
                + "\"flexibility\":-0.15}");
    CliRun run = CliRun.of(with(RANGES_2013, "--scheme", scheme.toString()));
    assertThat(run.exitCode()).as("%s", run).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(run.err()).as("%s", run).contains(scheme.toString()).contains("'flexibility'");
  }

  @Test
  void theSampleSchemeChangesTheRanges() {
    CliRun run =
        CliRun.of(
            "ranges",
            "--base-figure",
            "850",
            "--as-of",
            "2020-06-30",
            "--scheme",
            "samples/scheme-unesco.json",
            "--explain",
            "TUV");
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out())
        .as("%s", run)
        .contains("= 0.65 × 850 ÷ 193")
        .contains("Desirable range: 2 to 14");
  }

  @Test
  void everyInputCanBeReplacedByAFile() throws IOException {
    Path members = file("members.csv", "state\nJapan\nTuvalu\nKenya\n");
    Path scale = file("scale.csv", "iso3,rate_pct\nJPN,50\nTUV,30\nKEN,20\n");
    Path population = file("pop.csv", "country,population\nJP,600\nTuvalu,300\n404,100\n");
    CliRun run =
        CliRun.of(
            "ranges",
            "--base-figure",
            "100",
            "--as-of",
            "2013-06-30",
            "--members",
            members.toString(),
            "--scale",
            scale.toString(),
            "--population",
            population.toString(),
            "--format",
            "csv");
    assertThat(run.exitCode()).as("%s", run).isZero();
    // The hand-computed case of RangeFormulaTest: 37-44-50, 27-31-36, 20-25-30.
    assertThat(run.out())
        .as("%s", run)
        .contains(",37,44,50,Japan")
        .contains(",27,31,36,Tuvalu")
        .contains(",20,25,30,Kenya");
  }

  @Test
  void anUnknownStateInAUserFileIsAnErrorWithLineColumnAndHint() throws IOException {
    Path scale = file("scale.csv", "iso3,rate_pct\nJPN,50\nJapn,30\n");
    CliRun run = CliRun.of(with(RANGES_2013, "--scale", scale.toString()));
    assertThat(run.exitCode()).as("%s", run).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(run.err())
        .as("%s", run)
        .contains(scale + ": line 3, column 1 (iso3): found 'Japn'")
        .contains("did you mean 'Japan'?");
    Path bad = file("rates.csv", "iso3,rate_pct\nJPN,ten\n");
    CliRun run2 = CliRun.of(with(RANGES_2013, "--scale", bad.toString()));
    assertThat(run2.err())
        .as("%s", run2)
        .contains("line 2, column 2 (rate_pct): found 'ten', expected a rate");
  }

  @Test
  void aPublishedTableIsUsedAsGivenAndMissingStatesAreListed() throws IOException {
    Path table =
        file(
            "published.csv",
            "State,lower,midpoint,upper\nJapan,181,213,245\nUnited States,362,426,490\n");
    CliRun run =
        CliRun.of(
            "ranges", "--as-of", "2013-06-30", "--ranges", table.toString(), "--format", "csv");
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out())
        .as("%s", run)
        .contains("JPN,181,213,245,Japan")
        .contains("Total,543,639,735");
    assertThat(run.err())
        .as("%s", run)
        .contains("191 Member State(s) have no range in the file: Afghanistan (AFG)");
    Path unknown = file("unknown.csv", "State,lower,upper\nJapan,181,245\nNarnia,1,2\n");
    CliRun bad = CliRun.of("ranges", "--as-of", "2013-06-30", "--ranges", unknown.toString());
    assertThat(bad.exitCode()).as("%s", bad).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(bad.err()).as("%s", bad).contains("line 3, column 1 (State): found 'Narnia'");
  }

  @Test
  void optionsThatDoNotGoTogetherAreUsageErrors() throws IOException {
    CliRun noBase = CliRun.of("ranges", "--as-of", "2013-06-30");
    assertThat(noBase.exitCode()).as("%s", noBase).isEqualTo(ExitCodes.USAGE);
    assertThat(noBase.err()).as("%s", noBase).contains("--base-figure is required");
    Path table = file("p.csv", "State,lower,upper\nJapan,181,245\n");
    CliRun both = CliRun.of(with(RANGES_2013, "--ranges", table.toString()));
    assertThat(both.exitCode()).as("%s", both).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void outputGoesToAFileWhenAsked() throws IOException {
    Path out = dir.resolve("ranges.json");
    CliRun run = CliRun.of(with(RANGES_2013, "--format", "json", "-o", out.toString()));
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(out)).contains("\"iso3\" : \"JPN\"");
  }

  @Test
  void theSameInputsGiveTheSameBytes() {
    assertThat(CliRun.of(with(RANGES_2013, "--format", "json")).out())
        .isEqualTo(CliRun.of(with(RANGES_2013, "--format", "json")).out());
  }
}
