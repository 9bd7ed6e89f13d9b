package org.divcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The messy export and the canonical roster describe the same people: every figure agrees. */
class SamplesAgreeTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CLEAN = "samples/roster.csv";
  private static final String MESSY = "samples/roster-messy.csv";

  private static JsonNode run(String... args) throws IOException {
    CliRun run = CliRun.of(args);
    assertThat(run.exitCode()).as(run.toString()).isZero();
    return JSON.readTree(run.out());
  }

  @Test
  void validateReconcilesIdenticallyAndDetectsTheMessyFormat() throws IOException {
    JsonNode clean = run("validate", CLEAN, "--format", "json");
    JsonNode messy = run("validate", MESSY, "--format", "json");
    assertThat(messy.get("reconciliation")).isEqualTo(clean.get("reconciliation"));
    assertThat(clean.at("/reconciliation/rowsRead").asLong()).isEqualTo(5000);
    assertThat(messy.at("/input/encoding").asText()).isEqualTo("windows-1252");
    assertThat(messy.at("/input/delimiter").asText()).isEqualTo("';'");
    assertThat(messy.get("problems")).isEqualTo(clean.get("problems"));
  }

  @Test
  void genderFiguresAreIdenticalForEveryPopulationAndBreakdown() throws IOException {
    for (String[] extra :
        new String[][] {
          {},
          {"--population", "professional", "--where", "funding=RB"},
          {"--population", "geographical", "--by", "duty_station"},
          {"--where", "appointment!=temporary", "--by", "nationality", "--target", "50"}
        }) {
      JsonNode clean = run(concat(new String[] {"gender", CLEAN, "--format", "json"}, extra));
      JsonNode messy = run(concat(new String[] {"gender", MESSY, "--format", "json"}, extra));
      for (String section : new String[] {"rows", "breakdown", "targets", "population"}) {
        assertThat(messy.get(section))
            .as(section + " with " + String.join(" ", extra))
            .isEqualTo(clean.get(section));
      }
    }
  }

  @Test
  void geographicalStatusesAreIdentical() throws IOException {
    String[] args = {"--base-figure", "3000", "--as-of", "2022-12-31", "--format", "json"};
    JsonNode clean = run(concat(new String[] {"geo", CLEAN}, args));
    JsonNode messy = run(concat(new String[] {"geo", MESSY}, args));
    for (String section : new String[] {"summary", "states", "outsideMembership", "counted"}) {
      assertThat(messy.get(section)).as(section).isEqualTo(clean.get(section));
    }
  }

  @Test
  void regionalFiguresAreIdenticalForEveryGroupingAndPopulation() throws IOException {
    for (String[] extra :
        new String[][] {
          {},
          {"--base-figure", "3000", "--as-of", "2022-12-31"},
          {"--grouping", "ilo", "--population", "professional", "--where", "funding=RB"},
          {"--grouping", "m49-subregion", "--base-figure", "3000", "--as-of", "2022-12-31"},
          {"--grouping", "samples/grouping-itu-regions.csv", "--population", "geographical"}
        }) {
      JsonNode clean = run(concat(new String[] {"regions", CLEAN, "--format", "json"}, extra));
      JsonNode messy = run(concat(new String[] {"regions", MESSY, "--format", "json"}, extra));
      for (String section : new String[] {"rows", "total", "population", "grouping"}) {
        assertThat(messy.get(section))
            .as(section + " with " + String.join(" ", extra))
            .isEqualTo(clean.get(section));
      }
    }
    JsonNode clean = run("gender", CLEAN, "--by", "region", "--format", "json");
    JsonNode messy = run("gender", MESSY, "--by", "region", "--format", "json");
    assertThat(messy.get("breakdown")).isEqualTo(clean.get("breakdown"));
  }

  private static String[] concat(String[] a, String[] b) {

    String[] out = new String[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
