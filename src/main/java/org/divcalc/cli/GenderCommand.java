package org.divcalc.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.divcalc.domain.GenderAnalysis;
import org.divcalc.domain.GenderTarget;
import org.divcalc.domain.GeographicalFunnel;
import org.divcalc.domain.GeographicalRules;
import org.divcalc.domain.StaffMember;
import org.divcalc.domain.StaffSelection;
import org.divcalc.render.GenderRender;
import org.divcalc.render.Json;
import org.divcalc.report.GenderReport;
import org.divcalc.roster.NationalityResolver;
import org.divcalc.roster.RosterReader;
import org.divcalc.roster.RosterReading;
import org.divcalc.roster.RosterSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code divcalc gender}: women's share by grade, with targets and the gap in people. */
@Command(
    name = "gender",
    mixinStandardHelpOptions = true,
    header = "Women's share by grade and level, against targets.",
    description =
        "One row per grade present (highest first), a subtotal per category, the cumulative"
            + " levels P-5 and above, D-1 and above, Professional and higher, and the total."
            + " The share is women / staff with recorded sex; staff with none are shown apart.")
final class GenderCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ROSTER", description = "The roster export (CSV).")
  Path roster;

  @Mixin RosterOptions rosterOptions;

  @Mixin ReaderOption readerOption;

  @Mixin SelectionOptions selectionOptions;

  @Mixin SchemeOption schemeOption;

  @Mixin GroupingOption groupingOption;

  @Option(
      names = "--by",
      paramLabel = "COLUMN",
      description =
          "Break the table down by the values of a column (org_unit, funding, ...), or by"
              + " region: the region of each nationality under --grouping. Grades come highest"
              + " first, as in the table by grade; other values alphabetically.")
  String by;

  @Mixin TargetOptions targetOptions;

  @Mixin SuppressionOption suppressionOption;

  @Mixin StrictOption strictOption;

  @Mixin FormatOption formatOption;

  @Mixin OutputOptions outputOptions;

  @Mixin CommonOptions common;

  @Override
  public Integer call() {
    if (schemeOption.file() != null
        && selectionOptions.population != org.divcalc.domain.Population.GEOGRAPHICAL) {
      // the scheme only decides who is geographical: anywhere else it would be ignored
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--scheme applies to gender only with --population geographical");
    }
    RosterSettings settings = rosterOptions.settings();
    OutputTarget target = outputOptions.target();
    List<Path> inputs = new ArrayList<>(List.of(roster));
    inputs.addAll(rosterOptions.inputFiles());
    for (Path p : new Path[] {schemeOption.file(), groupingOption.file()}) {
      if (p != null) {
        inputs.add(p);
      }
    }
    target.check(inputs);

    NationalityResolver nationalities = NationalityResolver.embedded();
    RosterReader reader = new RosterReader(settings, nationalities);
    StaffColumns columns =
        new StaffColumns(
            spec.commandLine(), settings.gradeScale(), nationalities, reader.header(roster));
    // gender has no as-of date: every Member State of the reference list has a region.
    columns.regions(() -> groupingOption.grouping(nationalities), iso3 -> true);
    GeographicalRules rules = schemeOption.scheme().scheme().rules();
    StaffSelection selection = selectionOptions.selection(columns, rules);

    Function<StaffMember, String> groupOf = by == null ? null : columns.reader(by);
    if (groupingOption.given() && columns.grouping() == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--grouping applies only with --by region (or --where region=...)");
    }
    List<GenderTarget> goals = targetOptions.targets(settings.gradeScale());
    GenderAnalysis analysis =
        new GenderAnalysis(
            settings.gradeScale(),
            selection,
            groupOf,
            by == null ? java.util.Comparator.naturalOrder() : columns.order(by));
    GeographicalFunnel funnel = new GeographicalFunnel(rules);
    org.divcalc.domain.StaffCounter counting =
        selectionOptions.population == org.divcalc.domain.Population.GEOGRAPHICAL
            ? (staff, count) -> {
              analysis.accept(staff, count);
              funnel.accept(staff, count);
            }
            : analysis;
    RosterReading reading =
        reader.readCounted(
            roster, mapping -> {}, counting, columns.rawColumns(), readerOption.fast());
    GenderReport report =
        GenderReport.of(
            VersionProvider.version(),
            Sections.input(reading, settings.gradeScale().provenance()),
            Sections.reconciliation(reading),
            selectionOptions.section(selection, rules),
            analysis,
            byLabel(columns),
            byRegion() ? grouping(columns.grouping()) : null,
            analysis.measure(goals),
            genderWarnings(reading, rules, funnel),
            suppressionOption.minCell(),
            settings.gradeScale(),
            null);
    target.write(render(report), spec.commandLine().getOut());
    Sections.printWarnings(report.warnings(), common, spec.commandLine().getErr());
    return strictOption.exitCode(reading, targetOptions.exitCode(report.anyTargetMissed()));
  }

  private boolean byRegion() {
    return by != null && by.strip().equalsIgnoreCase(StaffColumns.REGION);
  }

  private static GenderReport.GroupingSource grouping(org.divcalc.domain.Grouping g) {
    return new GenderReport.GroupingSource(g.name(), g.origin(), g.sha256());
  }

  /** The breakdown's name; a region breakdown names its grouping, which decides the figures. */
  private String byLabel(StaffColumns columns) {
    if (byRegion()) {
      return StaffColumns.REGION + " (" + columns.grouping().name() + ")";
    }
    return by;
  }

  private String render(GenderReport report) {
    return switch (formatOption.format) {
      case TEXT -> GenderRender.text(report);
      case JSON -> Json.write(report);
      case CSV -> GenderRender.csv(report);
      case MARKDOWN -> GenderRender.markdown(report);
    };
  }

  /** The reading's warnings; with --population geographical, also the rules it cannot apply. */
  private List<String> genderWarnings(
      RosterReading reading, GeographicalRules rules, GeographicalFunnel funnel) {
    List<String> warnings = new ArrayList<>(Sections.warnings(reading));
    if (selectionOptions.population == org.divcalc.domain.Population.GEOGRAPHICAL) {
      warnings.addAll(
          GeoReporting.geographicalWarnings(
              rules, reading.mapping(), funnel, suppressionOption.minCell()));
    }
    return warnings;
  }
}
