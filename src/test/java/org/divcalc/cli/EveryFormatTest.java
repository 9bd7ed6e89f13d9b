package org.divcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every counting command in every format, with and without small-cell suppression, on the bundled
 * sample: found in session 10's review, report --format csv --output-dir crashed with a
 * NullPointerException at --min-cell 10 (the summary's withheld count of nationals), which no test
 * had run. Each must exit 0, print no exception, and write its output (report's CSV tables in
 * --output-dir, every other output on standard output).
 */
class EveryFormatTest {
  @TempDir Path dir;

  static Stream<Arguments> combinations() {
    List<Arguments> all = new ArrayList<>();
    for (String command : List.of("gender", "geo", "regions", "report")) {
      for (String format : List.of("text", "json", "markdown", "csv")) {
        for (int minCell : new int[] {0, 3, 10, 50}) {
          all.add(Arguments.of(command, format, minCell));
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} --format {1} --min-cell {2}")
  @MethodSource("combinations")
  void runsAndWritesItsOutput(String command, String format, int minCell) throws IOException {
    List<String> args =
        new ArrayList<>(
            List.of(
                command,
                "samples/roster.csv",
                "--format",
                format,
                "--min-cell",
                Integer.toString(minCell),
                "--quiet"));
    if (!command.equals("gender")) {
      args.addAll(List.of("--base-figure", "3000", "--as-of", "2022-12-31"));
    }
    Path out = dir.resolve("out");
    boolean tables = format.equals("csv") && command.equals("report");
    if (tables) {
      Files.createDirectories(out);
      args.addAll(List.of("--output-dir", out.toString()));
    }
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).as(run.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    if (tables) {
      try (Stream<Path> files = Files.list(out)) {
        assertThat(files.filter(p -> p.toString().endsWith(".csv")).count())
            .as(run.toString())
            .isPositive();
      }
    } else {
      assertThat(run.out()).as(run.toString()).isNotBlank();
    }
  }
}
