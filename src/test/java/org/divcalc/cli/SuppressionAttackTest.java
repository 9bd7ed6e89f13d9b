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
   * null): the States' and non-members' counts, the summary's totals, and the staff subject to
   * geographical distribution, which is always printed.
   */
  private static void attack(JsonNode geo, JsonNode regions, int minCell) throws IOException {
    Map<String, Long> shown = new HashMap<>();
    Set<String> hidden = new HashSet<>();
    List<Equation> equations = new ArrayList<>();

    Map<String, String> regionOf = new HashMap<>();
    for (String line :
        Files.readAllLines(
                Path.of("src/main/resources/org/divcalc/reference/un_regional_groups.csv"))
            .subList(1, 194)) {
      String[] f = line.split(",", -1);
      regionOf.put(f[0], f[2]);
    }
    Map<String, List<String>> statesOf = new HashMap<>();
    List<String> allStates = new ArrayList<>();
    for (JsonNode s : geo.at("/states")) {
      String cell = "state:" + s.get("iso3").asText();
      if (s.get("status").asText().equals("unrepresented")) {
        // unrepresented means no nationals, whatever the count column shows
        assertThat(s.get("nationals").isNull() ? 0 : s.get("nationals").asLong()).isZero();
        shown.put(cell, 0L);
      } else {
        record(shown, hidden, cell, s.get("nationals"));
      }
      statesOf
          .computeIfAbsent(regionOf.get(s.get("iso3").asText()), k -> new ArrayList<>())
          .add(cell);
      allStates.add(cell);
    }
    List<String> outside = new ArrayList<>();
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
    if (regions != null) {
      String[] columns = {"staff", "women", "men", "other", "notRecorded", "geographical"};
      List<JsonNode> rows = new ArrayList<>();
      regions.at("/rows").forEach(rows::add);
      for (JsonNode row : rows) {
        String name = row.get("region").asText();
        for (String c : columns) {
          record(shown, hidden, name + ":" + c, row.get(c));
        }
        equations.add(
            new Equation(
                name + ":staff",
                List.of(name + ":women", name + ":men", name + ":other", name + ":notRecorded")));
        if (statesOf.containsKey(name)) {
          equations.add(new Equation(name + ":geographical", statesOf.get(name)));
        }
        if (row.get("kind").asText().equals("outside-membership")) {
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
      equations.add(new Equation("subject", List.of("total:geographical")));
    }
    for (Map.Entry<String, Long> e : shown.entrySet()) {
      if (!e.getKey().equals("subject")) {
        assertThat(e.getValue()).as(e.getKey()).matches(v -> v == 0 || v >= minCell);
      }
    }
    Set<String> learnt = new HashSet<>();
    boolean progress = true;
    while (progress) {
      progress = false;
      for (Equation eq : equations) {
        List<String> cells = new ArrayList<>(eq.parts());
        cells.add(eq.total());
        List<String> unknown =
            cells.stream().filter(c -> hidden.contains(c) && !learnt.contains(c)).toList();
        if (unknown.size() == 1) {
          learnt.add(unknown.get(0));
          progress = true;
        }
      }
    }
    assertThat(learnt).as("withheld counts worked out from the totals").isEmpty();
    assertThat(hidden).as("something was withheld").isNotEmpty();
  }

  private static void record(Map<String, Long> shown, Set<String> hidden, String cell, JsonNode v) {
    if (v.isNull()) {
      hidden.add(cell);
    } else {
      shown.put(cell, v.asLong());
    }
  }
}
