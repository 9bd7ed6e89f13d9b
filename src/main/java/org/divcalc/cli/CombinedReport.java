package org.divcalc.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.divcalc.domain.GenderAnalysis;
import org.divcalc.domain.GenderSuppression;
import org.divcalc.domain.GeographicalDistribution;
import org.divcalc.domain.GradeScale;
import org.divcalc.domain.MemberState;
import org.divcalc.domain.RegionalDistribution;
import org.divcalc.domain.RepresentationSuppression;
import org.divcalc.reference.SchemeFile;
import org.divcalc.render.Json;
import org.divcalc.render.ReportRender;
import org.divcalc.report.ChoiceLine;
import org.divcalc.report.GenderReport;
import org.divcalc.report.GeoReport;
import org.divcalc.report.InputSection;
import org.divcalc.report.PopulationSection;
import org.divcalc.report.ReconciliationSection;
import org.divcalc.report.RegionsReport;
import org.divcalc.report.ReportDocument;
import org.divcalc.report.ReportSchema;
import org.divcalc.report.Table;
import org.divcalc.roster.RosterReading;

/**
 * The finished {@code divcalc report}: the document that is written as JSON, and the per-analysis
 * reports its text, Markdown and CSV are drawn from.
 *
 * @param document the document
 * @param gender the gender analysis as a report
 * @param geo the geographical analysis as a report, or null without ranges
 * @param regions the regional analysis as a report
 */
record CombinedReport(
    ReportDocument document, GenderReport gender, GeoReport geo, RegionsReport regions) {
  static final String NO_RANGES =
      "no ranges were given: add --base-figure B (the formula) or --ranges FILE (a published"
          + " table) for each Member State's status";

  /**
   * What the report is made of.
   *
   * @param scale the grade scale
   * @param reading what the roster reader found
   * @param asOf snapshot date
   * @param scheme the scheme
   * @param setup the ranges, or null when none were given
   * @param population who the gender figures count
   * @param gender the finished gender analysis
   * @param targets targets measured
   * @param geo the finished geographical distribution
   * @param regions the finished regional distribution
   * @param regionsPopulation who the regional staff columns count
   * @param membership the Member States covered
   * @param membershipBasis how the membership was chosen
   * @param generatedAt the time to record, or null
   * @param minCell smallest count published, 0 for no suppression
   * @param asOfReason why that as-of date
   */
  record Parts(
      GradeScale scale,
      RosterReading reading,
      LocalDate asOf,
      SchemeFile.Scheme scheme,
      RangeSetup setup,
      PopulationSection population,
      GenderAnalysis gender,
      List<GenderAnalysis.TargetResult> targets,
      GeographicalDistribution geo,
      RegionalDistribution regions,
      PopulationSection regionsPopulation,
      List<MemberState> membership,
      RegionsReport.Membership membershipBasis,
      String generatedAt,
      int minCell,
      String asOfReason) {}

  static CombinedReport assemble(Parts p) {
    InputSection input = Sections.input(p.reading(), p.scale().provenance());
    ReconciliationSection reconciliation = Sections.reconciliation(p.reading());
    Set<String> warnings = new LinkedHashSet<>();
    if (p.setup() != null) {
      warnings.addAll(p.setup().warnings());
    }
    warnings.addAll(Sections.warnings(p.reading()));
    warnings.addAll(
        GeoReporting.geographicalWarnings(
            p.scheme().scheme().rules(), p.reading().mapping(), p.geo().funnel(), p.minCell()));
    RepresentationSuppression.Withheld withheld =
        Withholding.regions(
            p.regions(), p.geo(), p.membership(), p.setup() != null, true, p.minCell());
    GenderReport gender =
        GenderReport.of(
            VersionProvider.version(),
            input,
            reconciliation,
            p.population(),
            p.gender(),
            null,
            null,
            p.targets(),
            List.copyOf(warnings),
            p.minCell(),
            p.scale(),
            totalBySex(withheld));
    // the gender table's own warnings (what --min-cell cannot hide, a breakdown too large to
    // check exactly, a scale without a cumulative level's grade) are the report's too
    warnings.addAll(gender.warnings());
    GeoReport geo = null;
    ReportDocument.GeoSection geoSection;
    warnings.addAll(GeoReporting.withheldWarnings(withheld, p.minCell(), p.setup() != null));
    if (p.setup() != null) {
      geo =
          GeoReporting.report(
              p.setup(),
              p.reading(),
              p.scale().provenance(),
              p.geo(),
              GeoReporting.Sort.NAME,
              Set.of(),
              p.minCell(),
              withheld);
      geoSection = ReportDocument.GeoSection.of(geo);
    } else {
      geoSection =
          new ReportDocument.GeoSection(
              false,
              NO_RANGES,
              GeoReporting.counted(p.scheme(), p.geo()),
              null,
              List.of(),
              GeoReporting.outside(p.geo().nonMembers(), withheld));
      warnings.add(NO_RANGES);
    }
    RegionsReport regions =
        RegionsReporting.report(
            input,
            reconciliation,
            p.regionsPopulation(),
            p.regions(),
            p.setup() == null ? null : p.geo(),
            p.membership(),
            p.membershipBasis(),
            p.scheme(),
            p.setup(),
            List.of(),
            p.minCell(),
            withheld);
    ReportDocument document =
        new ReportDocument(
            "divcalc",
            ReportSchema.VERSION,
            VersionProvider.version(),
            "report",
            p.generatedAt(),
            input,
            reconciliation,
            parameters(p),
            ReportDocument.GenderSection.of(gender),
            geoSection,
            ReportDocument.RegionsSection.of(regions),
            List.copyOf(warnings));
    return new CombinedReport(document, gender, geo, regions);
  }

  /**
   * The cells of the regional table's total row by sex that it withholds, as the gender table's
   * cells of its row for everyone: the same staff (the report's two tables count one population),
   * so the two rows must withhold the same cells, or one would print what the other hides.
   */
  private static Set<GenderSuppression.Cell> totalBySex(
      RepresentationSuppression.Withheld withheld) {
    Set<RepresentationSuppression.Column> total =
        withheld.regions().getOrDefault(RegionalDistribution.TOTAL_ROW, Set.of());
    Set<GenderSuppression.Cell> cells = EnumSet.noneOf(GenderSuppression.Cell.class);
    for (RepresentationSuppression.Column c : total) {
      switch (c) {
        case WOMEN -> cells.add(GenderSuppression.Cell.WOMEN);
        case MEN -> cells.add(GenderSuppression.Cell.MEN);
        case OTHER -> cells.add(GenderSuppression.Cell.OTHER);
        case NOT_RECORDED -> cells.add(GenderSuppression.Cell.NOT_RECORDED);
        case STAFF -> cells.add(GenderSuppression.Cell.TOTAL);
        case GEOGRAPHICAL -> {
          // not in the gender table
        }
      }
    }
    return cells;
  }

  private static ReportDocument.Parameters parameters(Parts p) {
    RangeSetup s = p.setup();
    List<ChoiceLine> choices = new ArrayList<>();
    if (s != null) {
      choices.addAll(RangesReporting.choices(s.choices()));
    } else {
      choices.add(new ChoiceLine("as-of date", p.asOf().toString(), p.asOfReason()));
      choices.add(
          new ChoiceLine(
              "scheme",
              p.scheme().scheme().name(),
              p.scheme().origin().equals("built-in")
                  ? "built-in (default of --scheme)"
                  : "--scheme " + p.scheme().origin()));
      choices.add(new ChoiceLine("ranges", "none", "neither --base-figure nor --ranges given"));
    }
    return new ReportDocument.Parameters(
        p.asOf().toString(),
        p.scale().provenance(),
        RangesReporting.scheme(p.scheme()),
        s == null ? "none" : s.formula() != null ? "formula" : "published",
        s != null && s.formula() != null ? s.formula().baseFigure() : null,
        s == null ? null : GeoReporting.comparison(s),
        choices,
        // without ranges, the Member States list (the membership) and the alias list (which State
        // each nationality is) are still used (found in the review of session 8)
        RangesReporting.datasets(
            s != null ? s.datasets() : RangeSetup.membershipDatasets(p.asOf())),
        p.minCell());
  }

  /** The report in a text format. */
  String render(ReportFormat format) {
    return switch (format) {
      case TEXT -> ReportRender.text(document, gender, geo, regions);
      case JSON -> Json.write(document);
      case MARKDOWN -> ReportRender.markdown(document, gender, geo, regions);
      case CSV -> throw new IllegalStateException("CSV goes to a directory");
    };
  }

  /** One table per CSV file. */
  List<Table> csvTables() {
    return ReportRender.csvTables(document, gender, geo, regions);
  }
}
