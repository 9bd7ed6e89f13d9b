package org.divcalc.cli;

import org.divcalc.roster.RosterReading;
import picocli.CommandLine.Option;

/** {@code --strict}: fail a scheduled job when any roster row has an error. */
public final class StrictOption {
  @Option(
      names = "--strict",
      description = "Exit 4 when any roster row has an error (rows are excluded either way).")
  boolean strict;

  /** {@link ExitCodes#ROW_ERRORS} when strict and some row has an error, else {@code otherwise}. */
  int exitCode(RosterReading reading, int otherwise) {
    return strict && reading.hasErrors() ? ExitCodes.ROW_ERRORS : otherwise;
  }
}
