package org.divcalc.cli;

import picocli.CommandLine.Option;

/** Options every subcommand takes. */
public final class CommonOptions {
  @Option(
      names = "--stacktrace",
      description = "On an error, print the Java stack trace too (for bug reports).")
  boolean stacktrace;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print nothing on stderr but errors.")
  boolean quiet;
}
