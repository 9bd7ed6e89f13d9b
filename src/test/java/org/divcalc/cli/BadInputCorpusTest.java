package org.divcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus of bad inputs in {@code src/test/resources/bad-inputs}: each file with the exit code
 * and a message fragment listed in {@code EXPECTED.csv}; never a stack trace.
 */
class BadInputCorpusTest {
  private static final Path CORPUS = Path.of("src/test/resources/bad-inputs");

  @TempDir Path dir;

  @TestFactory
  Stream<DynamicTest> everyFileInTheCorpusEndsAsExpected() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(CORPUS.resolve("EXPECTED.csv"))) {
      for (CSVRecord rec :
          CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
        String file = rec.get("file");
        int exit = Integer.parseInt(rec.get("exit"));
        String message = rec.get("message");
        tests.add(
            DynamicTest.dynamicTest(
                file, () -> expect(CORPUS.resolve(file).toString(), exit, message)));
      }
    }
    try (Stream<Path> files = Files.list(CORPUS)) {
      assertThat(files.count())
          .as("every corpus file has an expectation")
          .isEqualTo(tests.size() + 1);
    }
    return tests.stream();
  }

  static CliRun expect(String file, int exit, String message) {
    CliRun run = CliRun.of("validate", file);
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(exit);
    assertThat(run.out() + run.err()).as(run.toString()).contains(message);
    assertThat(run.err()).as(run.toString()).doesNotContain("\tat ").doesNotContain("Exception");
    if (exit == ExitCodes.UNUSABLE_INPUT) {
      assertThat(run.err().lines().count()).as(run.toString()).isEqualTo(1);
    }
    return run;
  }

  @Test
  void invalidUtf8DeepInAUtf8FileIsAWarningOnItsLine() throws IOException {
    Path p = dir.resolve("late.csv");
    StringBuilder sb = new StringBuilder("staff_id,sex,grade,nationality,note\n");
    int rows = 0;
    while (sb.length() < 1_200_000) {
      sb.append("S").append(++rows).append(",F,P-4,Türkiye,ok\n");
    }
    byte[] head = sb.toString().getBytes(StandardCharsets.UTF_8);
    byte[] bad =
        ("S" + (rows + 1) + ",M,P-3,KEN,caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[head.length + bad.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(bad, 0, all, head.length, bad.length);
    Files.write(p, all);
    CliRun run =
        expect(p.toString(), 0, "line " + (rows + 2) + ", column 5: warning: bytes that are not");
    assertThat(run.out()).contains("encoding:  UTF-8").contains((rows + 1) + " counted");
  }

  @Test
  void thousandsOfColumnsAreRead() throws IOException {
    StringBuilder sb = new StringBuilder("staff_id,sex,grade,nationality");
    for (int i = 0; i < 5000; i++) {
      sb.append(",c").append(i);
    }
    sb.append('\n');
    for (int r = 0; r < 50; r++) {
      sb.append("S").append(r).append(",F,P-5,KEN").append(",x".repeat(5000)).append('\n');
    }
    Path p = dir.resolve("wide.csv");
    Files.writeString(p, sb);
    expect(p.toString(), 0, "Rows: 50 read = 50 counted + 0 excluded");
  }

  @Test
  void aHeaderWithOnlySomeRequiredColumnsNamesEachMissingOne() throws IOException {
    Path p = dir.resolve("some.csv");
    Files.writeString(p, "staff_id,gender\n1,F\n");
    CliRun run = expect(p.toString(), 3, "no column for required field 'grade'");
    assertThat(run.err()).contains("'nationality'");
  }

  @Test
  void aBinaryFileFullOfZerosIsRecognised() throws IOException {
    Path p = dir.resolve("zeros.dat");
    byte[] b = new byte[4096];
    for (int i = 0; i < b.length; i += 3) {
      b[i] = 'a';
    }
    Files.write(p, b);
    expect(p.toString(), 3, "a binary file, not text");
  }

  @Test
  void aDirectoryAndAMissingFileAreUnusable() {
    expect(dir.toString(), 3, "is a directory");
    expect(dir.resolve("nope.csv").toString(), 3, "no such file");
  }
}
