package org.divcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class DataCommandTest {
  @Test
  void listsEveryEmbeddedDatasetWithCoverageAndFingerprint() {
    CliRun run = CliRun.of("data");
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out())
        .as("%s", run)
        .containsPattern("scale-of-assessments +1540 +8 periods, 2004-2006 \\.\\.\\. 2025-2027")
        .containsPattern("population +4850 +years 2000-2024")
        .contains("193 Member States, 2 observer States")
        .contains("World Bank indicator SP.POP.TOTL");
  }

  @Test
  void jsonListsNineDatasetsWithSha256() throws IOException {
    CliRun run = CliRun.of("data", "--format", "json");
    JsonNode json = JsonMapper.builder().build().readTree(run.out());
    assertThat(json.get("datasets")).hasSize(9);
    for (JsonNode d : json.get("datasets")) {
      assertThat(d.get("sha256").asText()).matches("[0-9a-f]{64}");
    }
  }
}
