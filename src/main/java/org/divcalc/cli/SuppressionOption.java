package org.divcalc.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --min-cell N}: small-cell suppression for publication. */
public final class SuppressionOption {
  @Spec(Spec.Target.MIXEE)
  CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--min-cell",
      paramLabel = "N",
      description =
          "For publication: withhold every count from 1 to N-1 (and the shares computed from"
              + " it), plus enough other cells that none can be worked out from the totals"
              + " shown; withheld cells read [c]. Off by default.")
  Integer minCell;

  /** The threshold, 0 when off; a negative value is a usage error. */
  int minCell() {
    if (minCell == null) {
      return 0;
    }
    if (minCell < 0) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--min-cell: expected a whole number of at least 0, found " + minCell);
    }
    return minCell;
  }
}
