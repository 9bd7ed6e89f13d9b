package org.divcalc.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.divcalc.domain.GenderAnalysis;
import org.divcalc.domain.GenderTarget;
import org.divcalc.domain.GeographicalRules;
import org.divcalc.domain.StaffMember;
import org.divcalc.domain.StaffSelection;
import org.divcalc.reference.States;
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

  @Mixin SelectionOptions selectionOptions;

  @Mixin SchemeOption schemeOption;

  @Option(
      names = "--by",
      paramLabel = "COLUMN",
      description = "Break the table down by the values of a column (org_unit, funding, ...).")
  String by;

  @Mixin TargetOptions targetOptions;

  @Option(
      names = "--strict",
      description = "Exit 4 when any roster row has an error (rows are excluded either way).")
  boolean strict;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text (default), json, csv or markdown.")
  ReportFormat format = ReportFormat.TEXT;

  @Mixin OutputOptions outputOptions;

  @Mixin CommonOptions common;

  @Override
  public Integer call() {
    RosterSettings settings = rosterOptions.settings();
    OutputTarget target = outputOptions.target();
    target.check(
        schemeOption.file() == null ? List.of(roster) : List.of(roster, schemeOption.file()));

    NationalityResolver nationalities = new NationalityResolver(States.embedded());
    StaffColumns columns =
        new StaffColumns(spec.commandLine(), settings.gradeScale(), nationalities);
    GeographicalRules rules = schemeOption.scheme().scheme().rules();
    StaffSelection selection = selectionOptions.selection(columns, rules);

    Function<StaffMember, String> groupOf = by == null ? null : columns.reader(by);
    List<GenderTarget> goals = targetOptions.targets(settings.gradeScale());
    GenderAnalysis analysis = new GenderAnalysis(settings.gradeScale(), selection, groupOf);
    RosterReading reading =
        new RosterReader(settings, nationalities).read(roster, columns::check, analysis);
    GenderReport report =
        GenderReport.of(
            VersionProvider.version(),
            Sections.input(reading, settings.gradeScale().name()),
            Sections.reconciliation(reading),
            selectionOptions.section(selection, rules),
            analysis,
            by,
            analysis.measure(goals),
            Sections.warnings(reading));
    target.write(render(report), spec.commandLine().getOut());
    Sections.printWarnings(report.warnings(), common, spec.commandLine().getErr());
    if (strict && reading.hasErrors()) {
      return ExitCodes.ROW_ERRORS;
    }
    return targetOptions.exitCode(report.anyTargetMissed());
  }

  private String render(GenderReport report) {
    return switch (format) {
      case TEXT -> GenderRender.text(report);
      case JSON -> Json.write(report);
      case CSV -> GenderRender.csv(report);
      case MARKDOWN -> GenderRender.markdown(report);
    };
  }
}
