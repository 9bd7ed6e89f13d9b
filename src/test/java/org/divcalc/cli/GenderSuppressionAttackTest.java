package org.divcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The review's attack on a gender table with a breakdown, written from the published JSON and the
 * structure of the UN scale alone: subtract what is shown from every total a reader can form (row
 * totals, subtotals, cumulative levels as grades or as subtotals, the total as a level plus the
 * rest, and the overall table as the sum of its groups).
 */
class GenderSuppressionAttackTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] CELLS = {"women", "men", "other", "notRecorded", "total"};
  private static final Map<String, String> CATEGORY_OF_PREFIX =
      Map.of(
          "D",
          "director",
          "P",
          "professional",
          "NO",
          "national-professional",
          "FS",
          "field-service",
          "G",
          "general-service");

  private static String category(String grade) {
    if (!grade.contains("-")) {
      return "ungraded";
    }
    return CATEGORY_OF_PREFIX.get(grade.substring(0, grade.indexOf('-')));
  }

  private record Eq(String total, List<String> parts) {}

  @Test
  void noWithheldCellFollowsFromWhatTheTableShows() throws IOException {
    CliRun run =
        CliRun.of(
            "gender",
            "samples/roster.csv",
            "--min-cell",
            "5",
            "--where",
            "funding=RB",
            "--by",
            "duty_station",
            "--format",
            "json");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    JsonNode r = JSON.readTree(run.out());
    Set<String> hidden = new HashSet<>();
    List<Eq> eqs = new ArrayList<>();
    Map<String, List<String>> gradesByTable = new HashMap<>();
    List<String> tables = new ArrayList<>(List.of("all"));
    addTable("all", r.get("rows"), hidden, eqs);
    for (JsonNode g : r.at("/breakdown/groups")) {
      String t = "g:" + g.get("value").asText();
      tables.add(t);
      addTable(t, g.get("rows"), hidden, eqs);
      for (JsonNode row : r.get("rows")) {
        for (String c : CELLS) {
          List<String> parts = new ArrayList<>();
          for (JsonNode gg : r.at("/breakdown/groups")) {
            parts.add("g:" + gg.get("value").asText() + "/" + row.get("key").asText() + "/" + c);
          }
          eqs.add(new Eq("all/" + row.get("key").asText() + "/" + c, parts));
        }
      }
    }
    Set<String> learnt = new HashSet<>();
    boolean progress = true;
    while (progress) {
      progress = false;
      for (Eq e : eqs) {
        List<String> cells = new ArrayList<>(e.parts());
        cells.add(e.total());
        List<String> unknown =
            cells.stream().filter(c -> hidden.contains(c) && !learnt.contains(c)).toList();
        if (unknown.size() == 1) {
          learnt.add(unknown.get(0));
          progress = true;
        }
      }
    }
    assertThat(hidden).isNotEmpty();
    assertThat(learnt).as("withheld cells a reader can work out").isEmpty();
  }

  private static void addTable(String t, JsonNode rows, Set<String> hidden, List<Eq> eqs) {
    Map<String, List<String>> gradesOf = new HashMap<>();
    List<String> categories = new ArrayList<>();
    for (JsonNode row : rows) {
      String key = row.get("key").asText();
      for (String c : CELLS) {
        if (row.get(c).isNull()) {
          hidden.add(t + "/" + key + "/" + c);
        }
      }
      List<String> parts = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        parts.add(t + "/" + key + "/" + CELLS[i]);
      }
      eqs.add(new Eq(t + "/" + key + "/total", parts));
      if (row.get("kind").asText().equals("grade")) {
        gradesOf.computeIfAbsent(category(key), k -> new ArrayList<>()).add(key);
      } else if (row.get("kind").asText().equals("category")) {
        categories.add(key);
      }
    }
    for (String c : CELLS) {
      gradesOf.forEach(
          (cat, grades) -> eqs.add(new Eq(t + "/" + cat + "/" + c, cells(t, grades, c))));
      eqs.add(new Eq(t + "/all/" + c, cells(t, categories, c)));
      List<String> pPlus = new ArrayList<>();
      for (String cat : List.of("ungraded", "director", "professional")) {
        if (categories.contains(cat)) {
          pPlus.add(cat);
        }
      }
      eqs.add(new Eq(t + "/P+/" + c, cells(t, pPlus, c)));
      List<String> rest = new ArrayList<>(List.of("P+"));
      for (String cat : categories) {
        if (!pPlus.contains(cat)) {
          rest.add(cat);
        }
      }
      eqs.add(new Eq(t + "/all/" + c, cells(t, rest, c)));
      List<String> d1 = new ArrayList<>(pPlus);
      d1.remove("professional");
      eqs.add(new Eq(t + "/D-1+/" + c, cells(t, d1, c)));
      List<String> p5 = new ArrayList<>(d1);
      p5.add("P-5");
      eqs.add(new Eq(t + "/P-5+/" + c, cells(t, p5, c)));
    }
  }

  private static List<String> cells(String t, List<String> rows, String c) {
    return rows.stream().map(r -> t + "/" + r + "/" + c).toList();
  }
}
