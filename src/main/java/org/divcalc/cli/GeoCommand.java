package org.divcalc.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.divcalc.domain.GeographicalDistribution;
import org.divcalc.domain.RepresentationStatus;
import org.divcalc.render.GeoRender;
import org.divcalc.render.Json;
import org.divcalc.report.GeoReport;
import org.divcalc.roster.RosterReader;
import org.divcalc.roster.RosterReading;
import org.divcalc.roster.RosterSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code divcalc geo}: each Member State's status under the system of desirable ranges. */
@Command(
    name = "geo",
    mixinStandardHelpOptions = true,
    header = "Geographical representation status of every Member State.",
    description =
        "Counts the staff subject to geographical distribution (the scheme's rules, or the"
            + " roster's geographical column) by nationality and compares each Member State's"
            + " count with its desirable range, from the formula (--base-figure) or a published"
            + " table (--ranges).")
final class GeoCommand implements Callable<Integer> {
  private final Clock clock;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ROSTER", description = "The roster export (CSV).")
  Path roster;

  @Mixin RosterOptions rosterOptions;

  @Mixin ReaderOption readerOption;

  @Mixin RangeOptions rangeOptions;

  @Mixin PopulationFileAlias populationFile;

  @Option(
      names = "--sort",
      paramLabel = "ORDER",
      description = "Order of the per-State table: name (default), status or shortfall.")
  GeoReporting.Sort sort = GeoReporting.Sort.NAME;

  @Option(
      names = "--status",
      paramLabel = "STATUS",
      split = ",",
      description =
          "List only States with these statuses: unrepresented, under, within, over, no-range"
              + " (comma-separated). The summary always covers every State.")
  List<String> status = new ArrayList<>();

  @Mixin StrictOption strictOption;

  @Mixin FormatOption formatOption;

  @Mixin SuppressionOption suppressionOption;

  @Mixin OutputOptions outputOptions;

  @Mixin CommonOptions common;

  GeoCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() {
    rangeOptions.populationAlias(populationFile.file);
    Set<RepresentationStatus> statuses = statuses();
    RosterSettings settings = rosterOptions.settings();
    OutputTarget target = outputOptions.target();
    List<Path> inputs = new ArrayList<>(rangeOptions.inputFiles());
    inputs.add(roster);
    inputs.addAll(rosterOptions.inputFiles());
    target.check(inputs);
    RangeSetup setup = RangeSetup.of(rangeOptions, clock);
    GeographicalDistribution distribution =
        new GeographicalDistribution(
            setup.scheme().scheme().rules(), setup.membership(), setup.limits());
    RosterReading reading =
        new RosterReader(settings, setup.resolver())
            .readCounted(roster, mapping -> {}, distribution, List.of(), readerOption.fast());
    GeoReport report =
        GeoReporting.report(
            setup,
            reading,
            settings.gradeScale().provenance(),
            distribution,
            sort,
            statuses,
            suppressionOption.minCell(),
            Withholding.geo(distribution, suppressionOption.minCell()));
    target.write(render(report), spec.commandLine().getOut());
    Sections.printWarnings(report.warnings(), common, spec.commandLine().getErr());
    return strictOption.exitCode(reading, ExitCodes.OK);
  }

  private String render(GeoReport report) {
    return switch (formatOption.format) {
      case TEXT -> GeoRender.text(report);
      case JSON -> Json.write(report);
      case CSV -> GeoRender.csv(report);
      case MARKDOWN -> GeoRender.markdown(report);
    };
  }

  private Set<RepresentationStatus> statuses() {
    Set<RepresentationStatus> set = EnumSet.noneOf(RepresentationStatus.class);
    for (String s : status) {
      String k = s.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
      RepresentationStatus st =
          switch (k) {
            case "unrepresented" -> RepresentationStatus.UNREPRESENTED;
            case "under", "under-represented", "underrepresented" ->
                RepresentationStatus.UNDER_REPRESENTED;
            case "within", "within-range" -> RepresentationStatus.WITHIN_RANGE;
            case "over", "over-represented", "overrepresented" ->
                RepresentationStatus.OVER_REPRESENTED;
            case "no-range" -> RepresentationStatus.NO_RANGE;
            default ->
                throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--status: unknown status '"
                        + s
                        + "'; expected unrepresented, under, within,"
                        + " over or no-range");
          };
      set.add(st);
    }
    return set;
  }
}
