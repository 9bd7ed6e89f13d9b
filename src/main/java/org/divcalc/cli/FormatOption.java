package org.divcalc.cli;

import picocli.CommandLine.Option;

/** {@code --format} of the analysis commands. */
public final class FormatOption {
  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text (default), json, csv or markdown.")
  ReportFormat format = ReportFormat.TEXT;
}
