package org.divcalc.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Outputs that cannot be written, and runs that are stopped: never a partial file. */
class OutputFaultTest {
  @TempDir Path dir;

  private List<String> files() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aDiskThatFillsUpMidwayLeavesTheOldFileAndNoTemporaryOne() throws IOException {
    Path out = dir.resolve("report.json");
    Files.writeString(out, "old\n");
    OutputTarget fullDisk =
        new OutputTarget(
            out,
            (path, text) -> {
              try (BufferedWriter w = Files.newBufferedWriter(path)) {
                w.write(text, 0, text.length() / 2);
              }
              throw new IOException("No space left on device");
            });
    assertThatThrownBy(() -> fullDisk.write("{\"a\": 1}\n", new PrintWriter(new StringWriter())))
        .isInstanceOf(OutputException.class)
        .hasMessageContaining("report.json: cannot write: No space left on device");
    assertThat(Files.readString(out)).isEqualTo("old\n");
    assertThat(files()).containsExactly("report.json");
  }

  /**
   * Found in session 7's defect hunt: 'divcalc report ... > /dev/full' exited 0, since a
   * PrintWriter keeps its write errors to itself. A report on standard output that cannot be
   * written is exit 6.
   */
  @Test
  void aStandardOutputThatCannotBeWrittenIsExitSix() {
    java.io.OutputStream full =
        new java.io.OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("No space left on device");
          }
        };
    StringWriter err = new StringWriter();
    int code =
        org.divcalc.Main.run(
            new String[] {"validate", "samples/roster.csv"},
            new PrintWriter(full, true),
            new PrintWriter(err, true));
    assertThat(code).isEqualTo(ExitCodes.OUTPUT_ERROR);
    assertThat(err.toString()).contains("standard output cannot be written");
    // a run whose output fits is unchanged
    assertThat(CliRun.of("validate", "samples/roster.csv").exitCode()).isZero();
  }

  /**
   * Found in session 7's defect hunt: every new output was made rw-r--r--, whatever the umask. An
   * analyst whose umask is 077 keeps staff statistics to himself; a replaced file keeps its own
   * permissions.
   */
  @Test
  @EnabledOnOs(OS.LINUX)
  void newOutputsFollowTheUmaskAndReplacedOnesKeepTheirPermissions() throws Exception {
    Path out = dir.resolve("gender.txt");
    Path csv = dir.resolve("csv");
    Files.createDirectory(csv);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp = System.getProperty("java.class.path");
    ProcessBuilder pb =
        new ProcessBuilder(
            "sh",
            "-c",
            "umask 077 && \"$0\" -cp \"$1\" org.divcalc.Main gender samples/roster.csv -q -o \"$2\""
                + " && \"$0\" -cp \"$1\" org.divcalc.Main report samples/roster.csv -q"
                + " --format csv --output-dir \"$3\"",
            java,
            cp,
            out.toString(),
            csv.toString());
    pb.redirectErrorStream(true);
    Process p = pb.start();
    String printed = new String(p.getInputStream().readAllBytes(), UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(printed).isZero();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
        .isEqualTo("rw-------");
    assertThat(
            PosixFilePermissions.toString(Files.getPosixFilePermissions(csv.resolve("gender.csv"))))
        .isEqualTo("rw-------");
    // a file replaced keeps its permissions
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-rw----"));
    assertThat(CliRun.of("gender", "samples/roster.csv", "-q", "-o", out.toString()).exitCode())
        .isZero();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
        .isEqualTo("rw-rw----");
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void aFullDeviceIsAClearErrorWithExitSix() {
    CliRun run = CliRun.of("validate", "samples/roster.csv", "-o", "/dev/full");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OUTPUT_ERROR);
    assertThat(run.err()).contains("/dev/full: cannot write: No space left on device");
    assertThat(Path.of("/dev/full")).exists();
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void aDeviceIsWrittenInPlaceNeverReplaced() {
    CliRun run = CliRun.of("validate", "samples/roster.csv", "-o", "/dev/null");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
  }

  @Test
  void aRunStoppedMidwayLeavesNoOutputFile() throws Exception {
    Path roster = dir.resolve("big.csv");
    try (BufferedWriter w = Files.newBufferedWriter(roster)) {
      w.write("staff_id,sex,grade,nationality,funding\n");
      for (int i = 0; i < 3_000_000; i++) {
        w.write("S" + i + ",F,P-4,KEN,RB\n");
      }
    }
    Path out = dir.resolve("report.json");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "org.divcalc.Main",
                "report",
                roster.toString(),
                "--format",
                "json",
                "-o",
                out.toString(),
                "--quiet")
            .redirectErrorStream(true)
            .start();
    Thread.sleep(1500);
    org.junit.jupiter.api.Assumptions.assumeTrue(p.isAlive(), "the run finished before the stop");
    p.destroy();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    // on a busy machine the run can end between the check above and the stop: a finished run's
    // complete file is no failure
    org.junit.jupiter.api.Assumptions.assumeTrue(
        p.exitValue() != 0, "the run finished before the stop");
    assertThat(files()).containsExactly("big.csv");
  }

  /**
   * Found in session 8's defect hunt: a directory where no file can be made gave only the hidden
   * temporary file's name as the reason.
   */
  @Test
  @EnabledOnOs(OS.LINUX)
  void aFailedWriteSaysWhyInWords() {
    assertThat(
            OutputTarget.reason(new java.nio.file.NoSuchFileException("/proc/self/.o.json.1.tmp")))
        .isEqualTo("no file can be created in that directory");
    assertThat(
            OutputTarget.reason(
                new java.nio.file.FileSystemException("/d/.o.json.1.tmp", null, "No space left")))
        .isEqualTo("No space left");
    CliRun run = CliRun.of("gender", "samples/roster.csv", "-o", "/proc/self/out.json");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OUTPUT_ERROR);
    assertThat(run.err())
        .contains("/proc/self/out.json: cannot write: no file can be created in that directory")
        .doesNotContain(".tmp");
  }
}
