package org.divcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guards a start-up saving that was once lost without anyone noticing (7951f89 dropped it): divcalc
 * sets {@code sun.reflect.inflationThreshold} in main, so that picocli's reflection and the JSON
 * writer's call through the JVM's native accessors instead of generating a class for each method
 * called often. Runs a report in a child JVM and lists the classes it loads.
 */
class StartupClassesTest {
  @TempDir Path dir;

  @Test
  void aReportGeneratesNoReflectionAccessorClasses() throws Exception {
    Process p =
        ChildJvm.divcalc(
                List.of("-Xlog:class+load=info"),
                "report",
                "samples/roster.csv",
                "--base-figure",
                "3000",
                "--as-of",
                "2022-12-31",
                "--format",
                "json",
                "-o",
                dir.resolve("report.json").toString(),
                "--quiet")
            .redirectErrorStream(true)
            .start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue())
        .as(log.lines().filter(l -> !l.contains("[class,load]")).toList().toString())
        .isZero();
    assertThat(log).contains("org.divcalc.render.Json");
    assertThat(log.lines().filter(l -> l.contains("GeneratedMethodAccessor")).toList()).isEmpty();
  }
}
