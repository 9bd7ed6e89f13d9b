package org.divcalc.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where a command writes its report, and in which format. */
public final class OutputOptions {
  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "Write the report to FILE (atomically: a failed run leaves no partial file);"
              + " '-' or no option: stdout.")
  Path output;

  OutputTarget target() {
    return OutputTarget.of(output);
  }
}
