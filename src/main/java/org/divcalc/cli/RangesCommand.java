package org.divcalc.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import org.divcalc.domain.StateRange;
import org.divcalc.reference.State;
import org.divcalc.render.ExplainText;
import org.divcalc.render.Json;
import org.divcalc.render.RangesTables;
import org.divcalc.render.RangesText;
import org.divcalc.render.TableFormats;
import org.divcalc.report.ExplainReport;
import org.divcalc.report.RangesReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code divcalc ranges}: every Member State's desirable range, or one worked out by hand. */
@Command(
    name = "ranges",
    mixinStandardHelpOptions = true,
    description = {
      "Desirable ranges of every Member State on a date.",
      "Prints the formula's factors, midpoint and limits, exact and rounded, with the",
      "parameters, the data used and why it was chosen; --explain STATE shows one",
      "State's arithmetic step by step."
    })
final class RangesCommand implements Callable<Integer> {
  private final Clock clock;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin RangeOptions rangeOptions;

  @Mixin PopulationFileAlias populationFile;

  @Option(
      names = "--explain",
      paramLabel = "STATE",
      description = "Show the arithmetic for one State (code or name), with every input's source.")
  String explain;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text (default), json, csv or markdown.")
  ReportFormat format = ReportFormat.TEXT;

  @Mixin OutputOptions outputOptions;

  @Mixin CommonOptions common;

  RangesCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() {
    if (explain != null && rangeOptions.ranges != null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--explain shows the formula's arithmetic; it cannot use --ranges");
    }
    rangeOptions.populationAlias(populationFile.file);
    OutputTarget target = outputOptions.target();
    target.check(rangeOptions.inputFiles());
    RangeSetup setup = RangeSetup.of(rangeOptions, clock);
    String text =
        explain == null
            ? render(RangesReporting.report(setup))
            : render(ExplainReporting.explain(setup, explained(setup)));
    warn(setup);
    target.write(text, spec.commandLine().getOut());
    return ExitCodes.OK;
  }

  private StateRange explained(RangeSetup setup) {
    State state =
        setup
            .resolver()
            .state(explain)
            .orElseThrow(
                () ->
                    new CommandLine.ParameterException(
                        spec.commandLine(),
                        "--explain: unknown State '"
                            + explain
                            + "'"
                            + setup.resolver().hint(explain)));
    return setup
        .formula()
        .state(state.iso3())
        .orElseThrow(
            () ->
                new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--explain: "
                        + state.name()
                        + " is not in the membership on "
                        + setup.asOf()
                        + (state.admitted() == null
                            ? " (a non-member observer State)"
                            : " (admitted " + state.admitted() + ")")));
  }

  private String render(RangesReport report) {
    return switch (format) {
      case TEXT -> RangesText.text(report);
      case MARKDOWN -> RangesText.markdown(report);
      case CSV -> TableFormats.csv(RangesTables.ranges(report, true));
      case JSON -> Json.write(report);
    };
  }

  private String render(ExplainReport report) {
    return switch (format) {
      case TEXT -> ExplainText.text(report);
      case MARKDOWN -> ExplainText.markdown(report);
      case CSV -> ExplainText.csv(report);
      case JSON -> Json.write(report);
    };
  }

  private void warn(RangeSetup setup) {
    if (common.quiet) {
      return;
    }
    for (String w : setup.warnings()) {
      spec.commandLine().getErr().println("divcalc: warning: " + w);
    }
    spec.commandLine().getErr().flush();
  }
}
