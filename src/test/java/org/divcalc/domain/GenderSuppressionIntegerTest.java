package org.divcalc.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The breakdown in which an integer-programming attack (scipy's MILP over the published JSON, run
 * by hand outside the build) found counts that intervals and single equations do not give away.
 */
class GenderSuppressionIntegerTest {
  private static final GradeScale SCALE = GradeScale.unCommonSystem();

  /** The roster (staff id, sex, grade, org unit), 12 staff. */
  private static final String[][] ROSTER = {
    {"F", "G-5", "C"}, {"F", "P-4", "A"}, {"", "G-4", "C"}, {"M", "D-1", "B"},
    {"M", "G-4", "B"}, {"F", "NO-B", "C"}, {"M", "P-4", "A"}, {"M", "P-2", "C"},
    {"F", "P-3", "A"}, {"M", "G-5", "A"}, {"X", "NO-B", "A"}, {"M", "NO-B", "C"}
  };

  /**
   * What the bounds-only suppression of divcalc before session 7 withheld for {@code gender --by
   * org_unit --min-cell 2} ("" = the overall table), as its JSON printed it.
   */
  private static final String WITHHELD_BEFORE =
      """
      {
        "": {"D-1": ["women", "men", "total"], "D-1+": ["women", "men", "total"], "G-4": ["men", "notRecorded"], "G-5": ["women", "men", "total"], "NO-B": ["women", "men", "other", "total"], "P-2": ["women", "men", "other", "total"], "P-3": ["women", "other", "total"], "P-4": ["women", "men", "other", "total"], "P-5+": ["women", "men", "total"], "all": ["other", "notRecorded"], "director": ["women", "men", "total"], "general-service": ["women", "men", "notRecorded", "total"], "national-professional": ["women", "men", "other", "total"], "professional": ["women", "men", "total"]},
        "A": {"G-5": ["men", "total"], "NO-B": ["other", "total"], "P+": ["women", "men", "other"], "P-3": ["women", "other", "total"], "P-4": ["women", "men", "other", "total"], "all": ["women", "other"], "general-service": ["men", "total"], "national-professional": ["other", "total"], "professional": ["women", "men", "other"]},
        "B": {"D-1": ["women", "men", "total"], "D-1+": ["women", "men", "total"], "G-4": ["women", "men", "total"], "P+": ["women", "men", "total"], "P-5+": ["women", "men", "total"], "director": ["women", "men", "total"], "general-service": ["women", "men", "total"]},
        "C": {"G-4": ["women", "notRecorded", "total"], "G-5": ["women", "total"], "NO-B": ["women", "men", "other", "total"], "P+": ["women", "men", "other", "total"], "P-2": ["women", "men", "other", "total"], "all": ["women", "notRecorded"], "general-service": ["women", "notRecorded"], "national-professional": ["women", "men", "other", "total"], "professional": ["women", "men", "other", "total"]}
      }
      """;

  private static GenderAnalysis analysis() {
    GenderAnalysis a =
        new GenderAnalysis(
            SCALE,
            new StaffSelection(Population.ALL, s -> false, List.of()),
            s -> s.column("unit"));
    long line = 2;
    for (String[] r : ROSTER) {
      Sex sex =
          switch (r[0]) {
            case "F" -> Sex.FEMALE;
            case "M" -> Sex.MALE;
            case "X" -> Sex.OTHER;
            default -> Sex.NOT_RECORDED;
          };
      a.accept(
          new StaffMember(
              line++,
              sex,
              SCALE.byCode(r[1]).orElseThrow(),
              new Nationality("KEN", Nationality.Kind.MEMBER_STATE),
              "RB",
              "fixed-term",
              "",
              null,
              h -> h.equals("unit") ? r[2] : null),
          1);
    }
    return a;
  }

  private static Map<String, Map<String, Set<GenderSuppression.Cell>>> withheldBefore()
      throws IOException {
    Map<String, Map<String, Set<GenderSuppression.Cell>>> out = new HashMap<>();
    JsonNode root = new ObjectMapper().readTree(WITHHELD_BEFORE);
    for (Iterator<String> t = root.fieldNames(); t.hasNext(); ) {
      String table = t.next();
      Map<String, Set<GenderSuppression.Cell>> rows = new HashMap<>();
      root.get(table)
          .fields()
          .forEachRemaining(
              e -> {
                Set<GenderSuppression.Cell> cells = EnumSet.noneOf(GenderSuppression.Cell.class);
                e.getValue()
                    .forEach(
                        c ->
                            cells.add(
                                switch (c.asText()) {
                                  case "women" -> GenderSuppression.Cell.WOMEN;
                                  case "men" -> GenderSuppression.Cell.MEN;
                                  case "other" -> GenderSuppression.Cell.OTHER;
                                  case "notRecorded" -> GenderSuppression.Cell.NOT_RECORDED;
                                  default -> GenderSuppression.Cell.TOTAL;
                                }));
                rows.put(e.getKey(), cells);
              });
      out.put(table, rows);
    }
    return out;
  }

  /**
   * The attack found eight withheld 1s: the men at P-2, at NO-B and in the National Professional
   * category overall, and in group C the men at P-2, at NO-B, in the Professional and National
   * Professional categories and at Professional and higher. The check now names the same eight.
   */
  @Test
  void theWholeNumberCheckFindsWhatTheAttackFound() throws IOException {
    GenderAnalysis a = analysis();
    List<String> exposed =
        GenderSuppression.exposed(a.rows(), a.groups(), SCALE, 2, withheldBefore());
    assertThat(exposed)
        .containsExactlyInAnyOrder(
            "men at P-2",
            "men at NO-B",
            "men at National Professional",
            "men at P-2 in group 'C'",
            "men at NO-B in group 'C'",
            "men at Professional in group 'C'",
            "men at National Professional in group 'C'",
            "men at Professional and higher in group 'C'");
  }

  /**
   * What divcalc withholds now leaves the reader nothing to work out (here at the price of nearly
   * every count: 12 staff in three groups at --min-cell 2, which the report says in a warning).
   */
  @Test
  void theSuppressionNowLeavesNothingToWorkOut() {
    GenderAnalysis a = analysis();
    Map<String, Map<String, Set<GenderSuppression.Cell>>> withheld =
        GenderSuppression.suppress(a.rows(), a.groups(), SCALE, 2);
    assertThat(GenderSuppression.exposed(a.rows(), a.groups(), SCALE, 2, withheld)).isEmpty();
  }
}
