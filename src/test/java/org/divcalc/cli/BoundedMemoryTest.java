package org.divcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile inputs run in a separate JVM with a 64 MB heap: they must end in a report or a clear
 * error, never in an out-of-memory error.
 */
class BoundedMemoryTest {
  @TempDir Path dir;

  private record Result(int exit, String out, String err) {}

  private static Result divcalc(String... args) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                java, "-Xmx64m", "-cp", System.getProperty("java.class.path"), "org.divcalc.Main"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Result(
        p.exitValue(),
        new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  @Test
  void aSingleFieldOf100MegabytesIsAClearError() throws Exception {
    Path p = dir.resolve("huge.csv");
    try (OutputStream o = Files.newOutputStream(p)) {
      o.write("staff_id,sex,grade,nationality\nS1,F,P-5,\"".getBytes(StandardCharsets.US_ASCII));
      byte[] chunk = "x".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < 100; i++) {
        o.write(chunk);
      }
      o.write("\"\n".getBytes(StandardCharsets.US_ASCII));
    }
    Result r = divcalc("validate", p.toString());
    assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(r.err()).as(r.toString()).contains("line 2: more than").doesNotContain("Exception");
  }

  @Test
  void aMillionDistinctUnrecognisedNationalitiesStayWithinBoundsAndCapTheList() throws Exception {
    Path p = dir.resolve("million.csv");
    try (BufferedWriter w = Files.newBufferedWriter(p)) {
      w.write("staff_id,sex,grade,nationality\n");
      for (int i = 0; i < 1_000_000; i++) {
        w.write("S" + i + ",F,P-4,Atlantis" + i + "\n");
      }
    }
    Result r = divcalc("validate", p.toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.ROW_ERRORS);
    assertThat(r.out())
        .contains("Rows: 1000000 read = 0 counted + 1000000 excluded")
        .contains("... and 999980 more (1000000 in all; --format json lists the first 1000)");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void aMillionRowsThatTheFastReaderExaminesOneByOneStayWithinBounds() throws Exception {
    // a line break inside a quoted field sends every row through the plain examination
    Path p = dir.resolve("multiline.csv");
    try (BufferedWriter w = Files.newBufferedWriter(p)) {
      w.write("staff_id,sex,grade,nationality,address\n");
      for (int i = 0; i < 1_000_000; i++) {
        w.write("S" + i + ",F,P-4,KEN,\"" + i + " Main St\nNairobi\"\n");
      }
    }
    Result r = divcalc("report", p.toString(), "--as-of", "2022-12-31", "--format", "json");
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("\"rowsCounted\" : 1000000");
  }

  @Test
  void anIdRepeatedAtTheEndOfALargeRosterIsFoundWithinBounds() throws Exception {
    // the fast reader reads a second time, checking ids in order, once it finds a repeat
    Path p = dir.resolve("repeat.csv");
    try (BufferedWriter w = Files.newBufferedWriter(p)) {
      w.write("staff_id,sex,grade,nationality\n");
      for (int i = 0; i < 1_500_000; i++) {
        w.write("S" + i + ",F,P-4,KEN\n");
      }
      w.write("S7,M,P-3,FRA\n");
    }
    Result r = divcalc("report", p.toString(), "--as-of", "2022-12-31", "--format", "json");
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("\"rowsExcluded\" : 1");
    assertThat(r.err()).contains("(duplicate staff id: 1)");
  }

  @Test
  void aRosterInWhichEveryIdRepeatsStaysWithinBounds() throws Exception {
    Path p = dir.resolve("twice.csv");
    try (BufferedWriter w = Files.newBufferedWriter(p)) {
      w.write("staff_id,sex,grade,nationality\n");
      for (int pass = 0; pass < 2; pass++) {
        for (int i = 0; i < 500_000; i++) {
          w.write("S" + i + ",F,P-4,KEN\n");
        }
      }
    }
    Result r = divcalc("report", p.toString(), "--as-of", "2022-12-31", "--format", "json");
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("\"rowsExcluded\" : 500000");
  }
}
