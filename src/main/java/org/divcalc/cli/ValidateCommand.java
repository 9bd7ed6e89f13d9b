package org.divcalc.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.divcalc.render.Json;
import org.divcalc.render.ValidationText;
import org.divcalc.report.ValidationReport;
import org.divcalc.roster.NationalityResolver;
import org.divcalc.roster.RosterReader;
import org.divcalc.roster.RosterReading;
import org.divcalc.roster.RosterSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code divcalc validate}: reads a roster and says what it detected and what is wrong. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    header = "Check a roster: what was detected, how every row is accounted for, what is wrong.",
    description =
        "Reads the roster and prints the encoding, delimiter and column mapping it detected,"
            + " the reconciliation (rows read = counted + excluded, by reason) and each problem"
            + " with its line and column (the first 20, then a total). Exit 0 when no row has an"
            + " error, 4 when some do.")
final class ValidateCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ROSTER", description = "The roster export (CSV).")
  Path roster;

  @Mixin RosterOptions rosterOptions;

  @Mixin OutputOptions outputOptions;

  @Mixin CommonOptions common;

  /** Accepted so that a script can pass the same options to every command; validate is strict. */
  @Option(
      names = "--strict",
      description =
          "Accepted for scripts that pass it to every command: validate always exits 4 when a"
              + " row has an error.")
  boolean strict;

  @Option(
      names = "--show-values",
      description =
          "Quote in each problem the value it is about. Off by default: a value that does not fit"
              + " its column may be a name or an id shifted there, and reports never print those"
              + " unless asked.")
  boolean showValues;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
  ValidateFormat format = ValidateFormat.TEXT;

  enum ValidateFormat {
    TEXT,
    JSON
  }

  @Override
  public Integer call() {
    RosterSettings settings = rosterOptions.settings();
    OutputTarget target = outputOptions.target();
    target.check(List.of(roster));
    RosterReading reading =
        new RosterReader(settings, NationalityResolver.embedded(), showValues)
            .read(roster, staff -> {});
    ValidationReport report =
        new ValidationReport(
            "divcalc",
            org.divcalc.report.ReportSchema.VERSION,
            VersionProvider.version(),
            "validate",
            Sections.input(reading, settings.gradeScale().provenance()),
            Sections.reconciliation(reading),
            Sections.problems(reading),
            !reading.hasErrors());
    target.write(
        format == ValidateFormat.JSON ? Json.write(report) : ValidationText.render(report),
        spec.commandLine().getOut());
    return report.clean() ? ExitCodes.OK : ExitCodes.ROW_ERRORS;
  }
}
