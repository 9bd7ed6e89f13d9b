package org.divcalc.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.divcalc.domain.DesirableRanges;
import org.divcalc.domain.GenderAnalysis;
import org.divcalc.domain.GenderTarget;
import org.divcalc.domain.GeographicalDistribution;
import org.divcalc.domain.GeographicalRules;
import org.divcalc.domain.Grouping;
import org.divcalc.domain.MemberState;
import org.divcalc.domain.RegionalDistribution;
import org.divcalc.domain.StaffSelection;
import org.divcalc.reference.SchemeFile;
import org.divcalc.reference.States;
import org.divcalc.report.RegionsReport;
import org.divcalc.roster.NationalityResolver;
import org.divcalc.roster.RosterReader;
import org.divcalc.roster.RosterReading;
import org.divcalc.roster.RosterSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code divcalc report}: every analysis of a roster in one document, in one pass. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    header = "Every analysis in one document: for people, scripts and auditors.",
    description =
        "Reads the roster once and writes the input's fingerprint, the reconciliation, every"
            + " parameter, women's share by grade, geographical representation (with"
            + " --base-figure or --ranges), the regional breakdown and the warnings, as text, JSON (see 'divcalc"
            + " schema'), Markdown, or one CSV per table (--format csv --output-dir DIR).")
final class ReportCommand implements Callable<Integer> {
  private final Clock clock;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ROSTER", description = "The roster export (CSV).")
  Path roster;

  @Mixin RosterOptions rosterOptions;

  @Mixin SelectionOptions selectionOptions;

  @Mixin RangeOptions rangeOptions;

  @Mixin TargetOptions targetOptions;

  @Mixin GroupingOption groupingOption;

  @Mixin SuppressionOption suppressionOption;

  @Mixin StrictOption strictOption;

  @Mixin ReaderOption readerOption;

  @Option(
      names = "--timestamp",
      description =
          "Record when the report was made (generatedAt): SOURCE_DATE_EPOCH when set, else now."
              + " Off by default, so the same inputs give the same bytes.")
  boolean timestamp;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text (default), json, markdown, or csv (with --output-dir).")
  ReportFormat format = ReportFormat.TEXT;

  @Option(
      names = "--output-dir",
      paramLabel = "DIR",
      description = "With --format csv: write one CSV file per table into DIR.")
  Path outputDir;

  @Mixin OutputOptions outputOptions;

  @Mixin CommonOptions common;

  ReportCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() {
    checkFormatOptions();
    RosterSettings settings = rosterOptions.settings();
    List<Path> inputs = new ArrayList<>(rangeOptions.inputFiles());
    inputs.add(roster);
    inputs.addAll(rosterOptions.inputFiles());
    if (groupingOption.file() != null) {
      inputs.add(groupingOption.file());
    }
    OutputTarget target = outputOptions.target();
    target.check(inputs);
    CsvDirectory csvDir = format == ReportFormat.CSV ? CsvDirectory.of(outputDir, inputs) : null;
    boolean ranged = rangeOptions.baseFigure != null || rangeOptions.ranges != null;
    RangeSetup setup = ranged ? RangeSetup.of(rangeOptions, clock) : null;
    SchemeFile.Scheme scheme = ranged ? setup.scheme() : rangeOptions.scheme();
    LocalDate asOf = ranged ? setup.asOf() : rangeOptions.asOf(clock);
    GeographicalRules rules = scheme.scheme().rules();
    States states = States.embedded();
    NationalityResolver nationalities = ranged ? setup.resolver() : NationalityResolver.embedded();
    Grouping grouping = groupingOption.grouping(nationalities);
    List<MemberState> membership = ranged ? setup.membership() : membership(states, asOf);
    Set<String> members =
        membership.stream().map(MemberState::iso3).collect(Collectors.toUnmodifiableSet());
    RosterReader reader = new RosterReader(settings, nationalities);
    StaffColumns columns =
        new StaffColumns(
            spec.commandLine(), settings.gradeScale(), nationalities, reader.header(roster));
    columns.regions(() -> grouping, members::contains);
    StaffSelection selection = selectionOptions.selection(columns, rules);
    StaffSelection regionSelection = selectionOptions.selection(columns, rules);
    RegionalDistribution regions =
        new RegionalDistribution(grouping, membership, regionSelection, rules::counts);
    List<GenderTarget> goals = targetOptions.targets(settings.gradeScale());
    GenderAnalysis gender = new GenderAnalysis(settings.gradeScale(), selection, null);
    GeographicalDistribution geo =
        ranged
            ? new GeographicalDistribution(rules, setup.membership(), setup.limits())
            : new GeographicalDistribution(
                rules, membership, new DesirableRanges("none", List.of()));
    RosterReading reading =
        reader.readCounted(
            roster,
            mapping -> {},
            (staff, count) -> {
              gender.accept(staff, count);
              geo.accept(staff, count);
              regions.accept(staff, count);
            },
            columns.rawColumns(),
            readerOption.fast());
    CombinedReport report =
        CombinedReport.assemble(
            new CombinedReport.Parts(
                settings.gradeScale(),
                reading,
                asOf,
                scheme,
                setup,
                selectionOptions.section(selection, rules),
                gender,
                gender.measure(goals),
                geo,
                regions,
                selectionOptions.section(regionSelection, rules),
                membership,
                new RegionsReport.Membership(
                    asOf.toString(),
                    membership.size(),
                    ranged && rangeOptions.members != null
                        ? "the membership file " + rangeOptions.members
                        : "Member States admitted on or before " + asOf,
                    RangesReporting.datasets(
                        ranged ? setup.membershipDatasets() : RangeSetup.membershipDatasets(asOf))),
                timestamp ? GeneratedAt.now(clock) : null,
                suppressionOption.minCell(),
                rangeOptions.asOfReason(clock)));
    if (csvDir != null) {
      csvDir.write(report.csvTables(), org.divcalc.render.ReportRender.CSV_TABLE_NAMES);
    } else {
      target.write(report.render(format), spec.commandLine().getOut());
    }
    Sections.printWarnings(report.document().warnings(), common, spec.commandLine().getErr());
    return strictOption.exitCode(
        reading, targetOptions.exitCode(report.gender().anyTargetMissed()));
  }

  private void checkFormatOptions() {
    if (format == ReportFormat.CSV && outputDir == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--format csv writes one file per table: add --output-dir DIR");
    }
    if (outputDir != null && format != ReportFormat.CSV) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--output-dir goes with --format csv; use -o FILE for " + format);
    }
    if (outputDir != null && outputOptions.output != null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "give either -o FILE or --output-dir DIR, not both");
    }
  }

  private static List<MemberState> membership(States states, LocalDate asOf) {
    return states.membersOn(asOf).stream().map(s -> new MemberState(s.iso3(), s.name())).toList();
  }
}
