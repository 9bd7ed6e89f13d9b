package org.divcalc.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.divcalc.domain.GeographicalDistribution;
import org.divcalc.domain.GeographicalFunnel;
import org.divcalc.domain.GeographicalRules;
import org.divcalc.domain.Grouping;
import org.divcalc.domain.MemberState;
import org.divcalc.domain.RegionalDistribution;
import org.divcalc.domain.StaffCounter;
import org.divcalc.domain.StaffSelection;
import org.divcalc.reference.SchemeFile;
import org.divcalc.reference.State;
import org.divcalc.reference.States;
import org.divcalc.render.Json;
import org.divcalc.render.RegionsRender;
import org.divcalc.report.DatasetLine;
import org.divcalc.report.RegionsReport;
import org.divcalc.roster.NationalityResolver;
import org.divcalc.roster.RosterReader;
import org.divcalc.roster.RosterReading;
import org.divcalc.roster.RosterSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code divcalc regions}: staff, women's share and representation per region of a grouping. */
@Command(
    name = "regions",
    mixinStandardHelpOptions = true,
    header = "Staff, women's share and representation by region.",
    description = {
      "Staff of the chosen population and staff subject to geographical",
      "distribution per region of a grouping, with shares and the women's share;",
      "with --base-figure or --ranges, each region's Member States by status and the",
      "sums of their limits. Member States in no region and staff who are not",
      "nationals of a Member State get rows of their own, so the rows always add up",
      "to the totals."
    })
final class RegionsCommand implements Callable<Integer> {
  private final Clock clock;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ROSTER", description = "The roster export (CSV).")
  Path roster;

  @Mixin RosterOptions rosterOptions;

  @Mixin ReaderOption readerOption;

  @Mixin SelectionOptions selectionOptions;

  @Mixin GroupingOption groupingOption;

  @Mixin RangeOptions rangeOptions;

  @Mixin StrictOption strictOption;

  @Mixin FormatOption formatOption;

  @Mixin SuppressionOption suppressionOption;

  @Mixin OutputOptions outputOptions;

  @Mixin CommonOptions common;

  RegionsCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() {
    RosterSettings settings = rosterOptions.settings();
    OutputTarget target = outputOptions.target();
    target.check(inputFiles());

    NationalityResolver nationalities = NationalityResolver.embedded();
    Grouping grouping = groupingOption.grouping(nationalities);
    RangeSetup setup = rangesRequested() ? RangeSetup.of(rangeOptions, clock) : null;
    List<MemberState> membership = setup != null ? setup.membership() : membership();
    SchemeFile.Scheme scheme = setup != null ? setup.scheme() : rangeOptions.scheme();
    GeographicalRules rules = scheme.scheme().rules();

    RosterReader reader = new RosterReader(settings, nationalities);
    StaffColumns columns =
        new StaffColumns(
            spec.commandLine(), settings.gradeScale(), nationalities, reader.header(roster));
    Set<String> members =
        membership.stream().map(MemberState::iso3).collect(Collectors.toUnmodifiableSet());
    columns.regions(() -> grouping, members::contains);
    StaffSelection selection = selectionOptions.selection(columns, rules);
    RegionalDistribution regions =
        new RegionalDistribution(grouping, membership, selection, rules::counts);
    GeographicalDistribution geo =
        setup == null ? null : new GeographicalDistribution(rules, membership, setup.limits());
    GeographicalFunnel funnel = new GeographicalFunnel(rules);
    StaffCounter counting =
        (staff, count) -> {
          regions.accept(staff, count);
          funnel.accept(staff, count);
          if (geo != null) {
            geo.accept(staff, count);
          }
        };
    RosterReading reading =
        reader.readCounted(
            roster, mapping -> {}, counting, columns.rawColumns(), readerOption.fast());

    RegionsReport report =
        RegionsReporting.report(
            Sections.input(reading, settings.gradeScale().provenance()),
            Sections.reconciliation(reading),
            selectionOptions.section(selection, rules),
            regions,
            geo,
            membership,
            membershipBasis(setup, membership.size()),
            scheme,
            setup,
            regionsWarnings(reading, scheme, funnel, suppressionOption.minCell()),
            suppressionOption.minCell(),
            Withholding.regions(
                regions, geo, membership, false, false, suppressionOption.minCell()));
    target.write(render(report), spec.commandLine().getOut());
    Sections.printWarnings(report.warnings(), common, spec.commandLine().getErr());
    return strictOption.exitCode(reading, ExitCodes.OK);
  }

  /** Ranges are computed when an option that only ranges use is given. */
  private boolean rangesRequested() {
    return rangeOptions.baseFigure != null
        || rangeOptions.ranges != null
        || rangeOptions.scale != null
        || rangeOptions.population != null
        || rangeOptions.populationYear != null
        || rangeOptions.members != null;
  }

  /** Without ranges: the members on --as-of, or every Member State of the reference list. */
  private List<MemberState> membership() {
    States states = States.embedded();
    List<State> members =
        rangeOptions.asOf == null
            ? states.all().stream().filter(s -> !s.observer()).toList()
            : states.membersOn(rangeOptions.asOf);
    return members.stream()
        .map(s -> new MemberState(s.iso3(), s.name()))
        .sorted(Comparator.comparing(MemberState::name))
        .toList();
  }

  private RegionsReport.Membership membershipBasis(RangeSetup setup, int n) {
    if (setup != null) {
      return new RegionsReport.Membership(
          setup.asOf().toString(),
          n,
          rangeOptions.members != null
              ? "the membership file " + rangeOptions.members
              : "Member States admitted on or before " + setup.asOf(),
          RangesReporting.datasets(setup.membershipDatasets()));
    }
    List<DatasetLine> datasets =
        RangesReporting.datasets(RangeSetup.membershipDatasets(rangeOptions.asOf));
    if (rangeOptions.asOf != null) {
      return new RegionsReport.Membership(
          rangeOptions.asOf.toString(),
          n,
          "Member States admitted on or before " + rangeOptions.asOf,
          datasets);
    }
    return new RegionsReport.Membership(
        null, n, "every Member State of the reference list (no --as-of given)", datasets);
  }

  private List<Path> inputFiles() {
    List<Path> files = new ArrayList<>(rangeOptions.inputFiles());
    files.add(roster);
    files.addAll(rosterOptions.inputFiles());
    if (groupingOption.file() != null) {
      files.add(groupingOption.file());
    }
    return files;
  }

  private String render(RegionsReport report) {
    return switch (formatOption.format) {
      case TEXT -> RegionsRender.text(report);
      case JSON -> Json.write(report);
      case CSV -> RegionsRender.csv(report);
      case MARKDOWN -> RegionsRender.markdown(report);
    };
  }

  private static List<String> regionsWarnings(
      RosterReading reading,
      org.divcalc.reference.SchemeFile.Scheme scheme,
      GeographicalFunnel funnel,
      int minCell) {
    List<String> warnings = new ArrayList<>(Sections.warnings(reading));
    warnings.addAll(
        GeoReporting.geographicalWarnings(
            scheme.scheme().rules(), reading.mapping(), funnel, minCell));
    return warnings;
  }
}
