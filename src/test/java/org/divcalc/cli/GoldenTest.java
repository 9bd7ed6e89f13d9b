package org.divcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden cases, one folder each under {@code src/test/resources/golden}: {@code args} (one argument
 * a line, paths relative to the project), {@code stdout} (the expected output) and optionally
 * {@code exit} (the expected exit code, 0 when absent). Run with {@code -Dgolden.update=true} to
 * rewrite the expected files after a deliberate change, then review the diff before committing.
 * Each case is also run in other locales, and must give the same bytes.
 */
class GoldenTest {
  private static final Path ROOT = Path.of("src/test/resources/golden");

  @TestFactory
  Stream<DynamicTest> everyGoldenCase() throws IOException {
    List<Path> cases;
    try (Stream<Path> s = Files.list(ROOT)) {
      cases = s.filter(Files::isDirectory).sorted().toList();
    }
    assertThat(cases).isNotEmpty();
    return cases.stream()
        .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
  }

  private static void check(Path dir) throws IOException {
    String[] args =
        Files.readAllLines(dir.resolve("args"), StandardCharsets.UTF_8).stream()
            .filter(l -> !l.isBlank())
            .toArray(String[]::new);
    CliRun run = CliRun.of(args);
    Path exit = dir.resolve("exit");
    Path stdout = dir.resolve("stdout");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(stdout, run.out(), StandardCharsets.UTF_8);
      if (run.exitCode() != 0) {
        Files.writeString(exit, run.exitCode() + "\n");
      } else {
        Files.deleteIfExists(exit);
      }
      return;
    }
    int expectedExit = Files.exists(exit) ? Integer.parseInt(Files.readString(exit).strip()) : 0;
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(expectedExit);
    assertThat(run.out()).as(run.toString()).isEqualTo(Files.readString(stdout));
    assertThat(CliRun.of(args).out()).as("a second run gives the same bytes").isEqualTo(run.out());
    // the machine's locale changes nothing: not the digits (Arabic-Indic in ar-SA), not the
    // letters' case (the dotless i of tr-TR), not the decimal separator (de-DE)
    Locale before = Locale.getDefault();
    for (String tag : List.of("ar-SA", "tr-TR", "de-DE")) {
      try {
        Locale.setDefault(Locale.forLanguageTag(tag));
        CliRun there = CliRun.of(args);
        assertThat(there.exitCode()).as(tag + ": " + there).isEqualTo(run.exitCode());
        assertThat(there.out()).as(tag + ": " + there).isEqualTo(run.out());
        assertThat(there.err()).as(tag + ": " + there).isEqualTo(run.err());
      } finally {
        Locale.setDefault(before);
      }
    }
  }
}
