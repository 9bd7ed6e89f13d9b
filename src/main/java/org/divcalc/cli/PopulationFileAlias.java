package org.divcalc.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --population FILE}, the short name of {@code --population-file} in the commands that count
 * no staff population of their own (ranges, geo).
 */
public final class PopulationFileAlias {
  @Option(
      names = "--population",
      paramLabel = "FILE",
      description = "Population data file; the same as --population-file.")
  Path file;
}
