package org.divcalc.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.divcalc.reference.RangeSources;
import org.divcalc.reference.SchemeFile;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The options that say which desirable ranges apply, shared by every command that uses them. */
public final class RangeOptions {
  @Spec(Spec.Target.MIXEE)
  CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      converter = DateConverter.class,
      description =
          "Snapshot date YYYY-MM-DD (default: today). Decides the membership, the scale period"
              + " and the population year.")
  LocalDate asOf;

  @Option(
      names = "--base-figure",
      paramLabel = "POSTS",
      description = "Base figure B: about the number of posts subject to the system, e.g. 3400.")
  BigDecimal baseFigure;

  @CommandLine.Mixin SchemeOption schemeOption;

  @Option(
      names = "--scale",
      paramLabel = "FILE",
      description = "Assessment rates: CSV with iso3 (or State name) and rate_pct columns.")
  Path scale;

  @Option(
      names = "--population-file",
      paramLabel = "FILE",
      description = "Population: CSV with iso3 (or State name), population and optionally year.")
  Path population;

  @Option(
      names = "--population-year",
      paramLabel = "YEAR",
      description = "Use this year's population instead of the one chosen from --as-of.")
  Integer populationYear;

  @Option(
      names = "--members",
      paramLabel = "FILE",
      description = "The membership: CSV with one State a row (iso3, code or name).")
  Path members;

  @Option(
      names = "--ranges",
      paramLabel = "FILE",
      description =
          "Use a published table (State, lower, upper, optionally midpoint) instead of the"
              + " formula.")
  Path ranges;

  /**
   * The snapshot date: --as-of; else the date of {@code SOURCE_DATE_EPOCH} in UTC when it is set
   * (so that it fixes the whole report, as it fixes --timestamp's time); else today in the
   * machine's time zone (the clock is read only then).
   */
  LocalDate asOf(Clock clock) {
    if (asOf != null) {
      return asOf;
    }
    return GeneratedAt.fixed()
        .map(t -> LocalDate.ofInstant(t, java.time.ZoneOffset.UTC))
        .orElseGet(() -> LocalDate.now(clock));
  }

  /**
   * Why the snapshot date is what it is, for the report's choices (found in session 8's audit:
   * "today" was said without the time zone that decides it near midnight).
   */
  String asOfReason(Clock clock) {
    if (asOf != null) {
      return "--as-of";
    }
    if (GeneratedAt.fixed().isPresent()) {
      return "the date of SOURCE_DATE_EPOCH in UTC (no --as-of given)";
    }
    return "today in time zone " + clock.getZone().getId() + " (no --as-of given)";
  }

  /** The scheme named or read from the file. */
  SchemeFile.Scheme scheme() {
    return schemeOption.scheme();
  }

  /**
   * Takes the population file given under the command's own {@code --population} (the name the
   * ranges and geo commands use, where no staff population competes for it).
   */
  void populationAlias(Path file) {
    if (file == null) {
      return;
    }
    if (population != null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "give the population file once: --population or --population-file");
    }
    String name = file.toString();
    boolean staffPopulation =
        java.util.Arrays.stream(org.divcalc.domain.Population.values())
            .anyMatch(p -> p.key().equalsIgnoreCase(name));
    if (staffPopulation && !java.nio.file.Files.exists(file)) {
      // found in session 8's defect hunt: gender's --population NAME given to geo read as a file
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--population "
              + name
              + ": here --population names a file of countries' population figures (the same as"
              + " --population-file); who counts is set by the scheme's rules (--scheme). Staff"
              + " populations such as '"
              + name
              + "' are chosen with 'divcalc gender --population'");
    }
    population = file;
  }

  /** The replacement files; options that do not go together are usage errors. */
  RangeSources sources() {
    if (ranges != null) {
      for (Object[] o :
          new Object[][] {
            {"--base-figure", baseFigure},
            {"--scale", scale},
            {"--population-file", population},
            {"--population-year", populationYear}
          }) {
        if (o[1] != null) {
          throw new CommandLine.ParameterException(
              spec.commandLine(),
              o[0] + " does not apply with --ranges (a published table replaces the formula)");
        }
      }
    } else if (baseFigure == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--base-figure is required (e.g. --base-figure 3400), unless --ranges FILE gives a"
              + " published table");
    } else if (baseFigure.signum() <= 0) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--base-figure: expected a positive number, found " + baseFigure);
    }
    return new RangeSources(members, scale, population, populationYear);
  }

  /** Every file given, so that the output cannot overwrite one of them. */
  List<Path> inputFiles() {
    List<Path> files = new ArrayList<>();
    for (Path p : new Path[] {scale, population, members, ranges}) {
      if (p != null) {
        files.add(p);
      }
    }
    if (schemeOption.file() != null) {
      files.add(schemeOption.file());
    }
    return files;
  }
}
