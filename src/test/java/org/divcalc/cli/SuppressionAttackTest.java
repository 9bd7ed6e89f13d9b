package org.divcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Attacks a published report made with --min-cell, knowing only what it shows and the regional
 * groups of the reference data: no withheld count may be worked out from the totals shown, and no
 * count from 1 to N-1 may be shown.
 */
class SuppressionAttackTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** An equation: total = sum of parts; each cell is a name, known when in the map. */
  private record Equation(String total, List<String> parts) {}

  @ParameterizedTest
  @ValueSource(ints = {3, 5, 10})
  void theReportRevealsNothingWithheld(int minCell) throws IOException {
    JsonNode r = run("report", "samples/roster.csv", minCell);
    attack(r.at("/geographical"), r.at("/regions"), minCell);
  }

  @ParameterizedTest
  @ValueSource(ints = {3, 5, 10})
  void theGeoReportRevealsNothingWithheld(int minCell) throws IOException {
    attack(run("geo", "samples/roster.csv", minCell), null, minCell);
  }

  /**
   * Found in review: one Holy See national, withheld, was printed as the summary's count of staff
   * outside the membership (report), or was the difference between the staff subject to
   * geographical distribution and the nationals counted (geo).
   */
  @ParameterizedTest
  @ValueSource(strings = {"report", "geo"})
  void aSmallCountOutsideTheMembershipIsNotTheDifferenceOfTwoTotals(String command)
      throws IOException {
    Path roster = dir.resolve("small.csv");
    Files.writeString(
        roster,
        "staff_id,sex,grade,nationality,funding,appointment,post_type\n"
            + "1,F,P-5,JPN,RB,fixed-term,\n2,M,P-5,JPN,RB,fixed-term,\n"
            + "3,X,D-1,USA,RB,fixed-term,\n4,,P-4,USA,RB,fixed-term,\n"
            + "5,F,P-3,Turkey,RB,temporary,\n6,F,G-5,Türkiye,RB,fixed-term,\n"
            + "7,M,ASG,VAT,RB,fixed-term,\n8,F,P5,CIV,XB,fixed-term,\n");
    JsonNode r = run(command, roster.toString(), 3);
    JsonNode geo = command.equals("report") ? r.at("/geographical") : r;
    assertThat(geo.at("/counted/kept").asLong()).isEqualTo(5);
    assertThat(geo.at("/summary/outsideMembership").isNull()).as(geo.toString()).isTrue();
    assertThat(geo.at("/summary/nationals").isNull()).as(geo.toString()).isTrue();
    attack(geo, command.equals("report") ? r.at("/regions") : null, 3);
  }

  /**
   * Found in a second review: when every geographical staff member is a national of one State, the
   * printed subject total and the unrepresented statuses of all others give that State's count
   * away. Nothing can hide it; the report withholds it anyway, keeps the others' zeros (their
   * status shows them) and warns.
   */
  @ParameterizedTest
  @ValueSource(strings = {"report", "geo"})
  void aCountNothingCanHideIsWithheldAndWarnedAbout(String command) throws IOException {
    Path roster = dir.resolve("one.csv");
    Files.writeString(
        roster,
        "staff_id,sex,grade,nationality,funding,appointment,post_type\n"
            + "1,F,P-4,KEN,RB,fixed-term,\n2,M,P-3,KEN,RB,fixed-term,\n3,F,P-2,KEN,RB,fixed-term,\n"
            + "4,F,G-4,FRA,RB,fixed-term,\n5,M,G-3,JPN,RB,fixed-term,\n");
    CliRun run =
        CliRun.of(
            command,
            roster.toString(),
            "--base-figure",
            "3000",
            "--as-of",
            "2022-12-31",
            "--min-cell",
            "5",
            "--format",
            "json");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    JsonNode r = JSON.readTree(run.out());
    JsonNode geo = command.equals("report") ? r.at("/geographical") : r;
    long withheld = 0;
    for (JsonNode s : geo.at("/states")) {
      if (s.get("nationals").isNull()) {
        withheld++;
        assertThat(s.get("iso3").asText()).isEqualTo("KEN");
      }
    }
    assertThat(withheld).isEqualTo(1);
    assertThat(r.at("/warnings").toString()).contains("can still be worked out");
    assertThat(run.err()).contains("can still be worked out");
    // the warning names them (session 6): all 3 geographical staff are Kenyan, so KEN's count
    // and the nationals' total are both 3, and in report also the African States' geographical
    // staff (every other African State is unrepresented)
    assertThat(r.at("/warnings").toString())
        .contains(
            command.equals("report")
                ? "(geographical staff of African States, nationals of KEN and nationals counted)"
                : "(nationals of KEN and nationals counted)");
  }

  /**
   * Found in the third review: bounds a reader knows give away withheld counts the equations alone
   * do not. Two States shown under-represented (at least one national each) whose nationals are all
   * of 2 geographical staff have one each; a region without staff has no geographical staff, so its
   * withheld zero hides nothing. On small random rosters published with each command, whatever the
   * attack works out must be counted in the warning, and most need no warning.
   */
  @ParameterizedTest
  @ValueSource(strings = {"report", "geo", "regions"})
  void boundsGiveAwayNothingTheWarningDoesNotCount(String command) throws IOException {
    String[] pool = {"KEN", "NGA", "JPN", "IND", "POL", "BRA", "FRA", "USA", "VAT"};
    java.util.Random random = new java.util.Random(20221231L + command.hashCode());
    int warned = 0;
    int clean = 0;
    for (int roster = 0; roster < 60; roster++) {
      StringBuilder csv =
          new StringBuilder("staff_id,sex,grade,nationality,funding,appointment,post_type\n");
      int rows = 2 + random.nextInt(14);
      for (int i = 1; i <= rows; i++) {
        boolean geographical = random.nextInt(3) > 0;
        csv.append(i)
            .append(',')
            .append(new String[] {"F", "M", "X", ""}[random.nextInt(4)])
            .append(',')
            .append(geographical ? "P-3" : "G-4")
            .append(',')
            .append(pool[random.nextInt(random.nextBoolean() ? 3 : pool.length)])
            .append(geographical || random.nextBoolean() ? ",RB" : ",XB")
            .append(",fixed-term,\n");
      }
      Path file = dir.resolve("random-" + roster + ".csv");
      Files.writeString(file, csv.toString());
      int minCell = 3 + random.nextInt(3);
      List<String> args = new ArrayList<>(List.of(command, file.toString()));
      if (!command.equals("regions") || random.nextBoolean()) {
        args.addAll(List.of("--base-figure", "3000"));
      }
      // populations and filters under which the geographical staff are among the staff
      switch (command.equals("geo") ? 3 : random.nextInt(4)) {
        case 0 -> args.addAll(List.of("--population", "geographical"));
        case 1 -> args.addAll(List.of("--where", "funding=RB"));
        default -> {}
      }
      args.addAll(
          List.of(
              "--as-of",
              "2022-12-31",
              "--min-cell",
              Integer.toString(minCell),
              "--format",
              "json"));
      CliRun run = CliRun.of(args.toArray(String[]::new));
      assertThat(run.exitCode()).as(run.toString()).isZero();
      JsonNode r = JSON.readTree(run.out());
      Map<String, Long> learnt =
          switch (command) {
            case "report" ->
                learnt(
                    r.at("/geographical"), r.at("/regions"), r.at("/gender/population"), minCell);
            case "geo" -> learnt(r, null, minCell);
            default -> learnt(null, r, r.at("/population"), minCell);
          };
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile(
                  "--min-cell \\d+: (\\d+) withheld count\\(s\\) of the regional and geographical")
              .matcher(r.at("/warnings").toString());
      int counted = m.find() ? Integer.parseInt(m.group(1)) : 0;
      assertThat(learnt.size())
          .as("worked out %s, warned of %d, %s %s:%n%s", learnt, counted, args, minCell, csv)
          .isLessThanOrEqualTo(counted);
      if (counted > 0) {
        warned++;
      } else {
        clean++;
      }
    }
    assertThat(clean).as("rosters published without a warning").isGreaterThan(warned / 4);
  }

  @TempDir Path dir;

  private static JsonNode run(String command, String roster, int minCell) throws IOException {
    CliRun run =
        CliRun.of(
            command,
            roster,
            "--base-figure",
            "3000",
            "--as-of",
            "2022-12-31",
            "--min-cell",
            Integer.toString(minCell),
            "--format",
            "json",
            "--quiet");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    return JSON.readTree(run.out());
  }

  /**
   * Works out what it can from a geographical section (and the regional table, when given, else
   * null) and requires that it is nothing.
   */
  private static void attack(JsonNode geo, JsonNode regions, int minCell) throws IOException {
    assertThat(geo.toString() + regions).as("something was withheld").contains("null");
    assertThat(learnt(geo, regions, minCell))
        .as("withheld counts worked out from the totals and bounds")
        .isEmpty();
  }

  /**
   * The withheld counts from 1 to minCell - 1 worked out from a geographical section (null: none)
   * and a regional table (null: none), knowing only what they show and the regional groups: the
   * States' and non-members' counts, the summary's totals, the staff subject to geographical
   * distribution (always printed), the regional rows and their totals; and the bounds a reader
   * knows: counts are not negative, a status says whether a State has nationals (unrepresented:
   * none; any other status: at least one, so a region's geographical staff are at least its States
   * with such a status), and a region's geographical staff are among its staff (all staff are
   * counted here). Each withheld cell's interval is narrowed through the equations until nothing
   * changes; a cell whose interval is one value is worked out.
   */
  private static Map<String, Long> learnt(JsonNode geo, JsonNode regions, int minCell)
      throws IOException {
    return learnt(geo, regions, null, minCell);
  }

  /**
   * The same, knowing also the population section the header prints (null: not used): the staff
   * counted, which is the regional table's total of staff, and, for the geographical population
   * without filters, that each row's staff are its geographical staff.
   */
  private static Map<String, Long> learnt(
      JsonNode geo, JsonNode regions, JsonNode population, int minCell) throws IOException {
    Map<String, Long> shown = new HashMap<>();
    Set<String> hidden = new HashSet<>();
    List<Equation> equations = new ArrayList<>();
    Map<String, Long> floors = new HashMap<>();
    List<String[]> atMost = new ArrayList<>();

    Map<String, String> regionOf = new HashMap<>();
    for (String line :
        Files.readAllLines(
                Path.of("src/main/resources/org/divcalc/reference/un_regional_groups.csv"))
            .subList(1, 194)) {
      String[] f = line.split(",", -1);
      regionOf.put(f[0], f[2]);
    }
    Map<String, List<String>> statesOf = new HashMap<>();
    List<String> outside = new ArrayList<>();
    if (geo == null) {
      // the regional table alone: its total of geographical staff is the subject total
      shown.put("subject", regions.at("/total/geographical").asLong());
    } else {
      List<String> allStates = new ArrayList<>();
      for (JsonNode s : geo.at("/states")) {
        String cell = "state:" + s.get("iso3").asText();
        String status = s.get("status").asText();
        if (status.equals("unrepresented")) {
          // unrepresented means no nationals, whatever the count column shows
          assertThat(s.get("nationals").isNull() ? 0 : s.get("nationals").asLong()).isZero();
          shown.put(cell, 0L);
        } else {
          record(shown, hidden, cell, s.get("nationals"));
          if (!status.equals("no range")) {
            floors.put(cell, 1L);
          }
        }
        statesOf
            .computeIfAbsent(regionOf.get(s.get("iso3").asText()), k -> new ArrayList<>())
            .add(cell);
        allStates.add(cell);
      }
      for (JsonNode o : geo.at("/outsideMembership")) {
        String cell = "outside:" + o.get("code").asText();
        record(shown, hidden, cell, o.get("staff"));
        outside.add(cell);
      }
      record(shown, hidden, "summary:nationals", geo.at("/summary/nationals"));
      record(shown, hidden, "summary:outside", geo.at("/summary/outsideMembership"));
      equations.add(new Equation("summary:nationals", allStates));
      equations.add(new Equation("summary:outside", outside));
      shown.put("subject", geo.at("/counted/kept").asLong());
      equations.add(new Equation("subject", List.of("summary:nationals", "summary:outside")));
    }
    if (regions != null) {
      String[] columns = {"staff", "women", "men", "other", "notRecorded", "geographical"};
      List<JsonNode> rows = new ArrayList<>();
      regions.at("/rows").forEach(rows::add);
      for (JsonNode row : rows) {
        String name = row.get("region").asText();
        for (String c : columns) {
          record(shown, hidden, name + ":" + c, row.get(c));
        }
        atMost.add(new String[] {name + ":geographical", name + ":staff"});
        JsonNode ranges = row.get("ranges");
        if (ranges != null && !ranges.isNull()) {
          floors.put(
              name + ":geographical",
              ranges.get("underRepresented").asLong()
                  + ranges.get("withinRange").asLong()
                  + ranges.get("overRepresented").asLong());
        }
        equations.add(
            new Equation(
                name + ":staff",
                List.of(name + ":women", name + ":men", name + ":other", name + ":notRecorded")));
        if (statesOf.containsKey(name)) {
          equations.add(new Equation(name + ":geographical", statesOf.get(name)));
        }
        if (geo != null && row.get("kind").asText().equals("outside-membership")) {
          equations.add(new Equation(name + ":geographical", outside));
        }
      }
      assertThat(rows.stream().map(row -> row.get("region").asText()))
          .as("every State's region has a row")
          .containsAll(statesOf.keySet());
      JsonNode total = regions.at("/total");
      for (String c : columns) {
        record(shown, hidden, "total:" + c, total.get(c));
        List<String> parts = new ArrayList<>();
        for (JsonNode row : rows) {
          parts.add(row.get("region").asText() + ":" + c);
        }
        equations.add(new Equation("total:" + c, parts));
      }
      atMost.add(new String[] {"total:geographical", "total:staff"});
      equations.add(new Equation("subject", List.of("total:geographical")));
      // the header prints the staff counted (the population's "kept")
      if (population != null) {
        shown.put("kept", population.at("/kept").asLong());
        equations.add(new Equation("kept", List.of("total:staff")));
        if (population.at("/name").asText().equals("geographical")
            && population.at("/filters").isEmpty()) {
          for (JsonNode row : rows) {
            String name = row.get("region").asText();
            equations.add(new Equation(name + ":staff", List.of(name + ":geographical")));
          }
          equations.add(new Equation("total:staff", List.of("total:geographical")));
        }
      }
    }
    for (Map.Entry<String, Long> e : shown.entrySet()) {
      // the subject total (the regional table's total of geographical staff) is always printed
      if (!Set.of("subject", "total:geographical", "kept", "total:staff").contains(e.getKey())) {
        assertThat(e.getValue()).as(e.getKey()).matches(v -> v == 0 || v >= minCell);
      }
    }
    return narrowed(shown, hidden, equations, floors, atMost, minCell);
  }

  /** The hidden cells from 1 to minCell - 1 that interval narrowing pins to one value. */
  private static Map<String, Long> narrowed(
      Map<String, Long> shown,
      Set<String> hidden,
      List<Equation> equations,
      Map<String, Long> floors,
      List<String[]> atMost,
      int minCell) {
    long none = Long.MAX_VALUE;
    Map<String, Long> lo = new HashMap<>();
    Map<String, Long> hi = new HashMap<>();
    for (String cell : hidden) {
      lo.put(cell, floors.getOrDefault(cell, 0L));
      hi.put(cell, none);
    }
    shown.forEach(
        (cell, v) -> {
          lo.put(cell, v);
          hi.put(cell, v);
        });
    boolean progress = true;
    while (progress) {
      progress = false;
      for (Equation eq : equations) {
        for (String p : eq.parts()) {
          // p = total - the others
          long othersLo = 0;
          long othersHi = 0;
          for (String o : eq.parts()) {
            if (!o.equals(p)) {
              othersLo += lo.get(o);
              othersHi = hi.get(o) == none || othersHi == none ? none : othersHi + hi.get(o);
            }
          }
          long from = othersHi == none ? 0 : lo.get(eq.total()) - othersHi;
          long to = hi.get(eq.total()) == none ? none : hi.get(eq.total()) - othersLo;
          progress |= narrow(lo, hi, p, from, to);
        }
        long partsLo = 0;
        long partsHi = 0;
        for (String p : eq.parts()) {
          partsLo += lo.get(p);
          partsHi = hi.get(p) == none || partsHi == none ? none : partsHi + hi.get(p);
        }
        progress |= narrow(lo, hi, eq.total(), partsLo, partsHi);
      }
      for (String[] pair : atMost) {
        progress |= narrow(lo, hi, pair[0], 0, hi.get(pair[1]));
        progress |= narrow(lo, hi, pair[1], lo.get(pair[0]), none);
      }
    }
    Map<String, Long> learnt = new HashMap<>();
    for (String cell : hidden) {
      assertThat(lo.get(cell)).as(cell).isLessThanOrEqualTo(hi.get(cell));
      if (lo.get(cell).equals(hi.get(cell)) && lo.get(cell) > 0 && lo.get(cell) < minCell) {
        learnt.put(cell, lo.get(cell));
      }
    }
    return learnt;
  }

  /** Narrows a cell's interval to [from, to]; true when it moved. */
  private static boolean narrow(
      Map<String, Long> lo, Map<String, Long> hi, String cell, long from, long to) {
    boolean moved = false;
    if (from > lo.get(cell)) {
      lo.put(cell, from);
      moved = true;
    }
    if (to < hi.get(cell)) {
      hi.put(cell, to);
      moved = true;
    }
    return moved;
  }

  private static void record(Map<String, Long> shown, Set<String> hidden, String cell, JsonNode v) {
    if (v.isNull()) {
      hidden.add(cell);
    } else {
      shown.put(cell, v.asLong());
    }
  }
}
