package org.divcalc.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.divcalc.domain.GeographicalDistribution;
import org.divcalc.domain.Grouping;
import org.divcalc.domain.MemberState;
import org.divcalc.domain.RegionTotals;
import org.divcalc.domain.RegionalDistribution;
import org.divcalc.domain.RepresentationSuppression;
import org.divcalc.reference.SchemeFile;
import org.divcalc.report.GroupingSection;
import org.divcalc.report.InputSection;
import org.divcalc.report.PopulationSection;
import org.divcalc.report.ReconciliationSection;
import org.divcalc.report.RegionLine;
import org.divcalc.report.RegionsReport;

/** Turns a regional breakdown and the choices behind it into the report of {@code regions}. */
final class RegionsReporting {
  static final String SHARE_NOTE =
      "Shares are exact ratios (region ÷ total) rounded half up, each on its own: the exact"
          + " shares sum to 100 %, the printed ones may differ from 100.0 by a rounding step.";

  static final String WOMEN_NOTE =
      "Women % = women ÷ staff whose sex is recorded (women, men and other, e.g. X); staff with"
          + " no recorded sex count in the staff columns but not in the share.";

  private RegionsReporting() {}

  static RegionsReport report(
      InputSection input,
      ReconciliationSection reconciliation,
      PopulationSection population,
      RegionalDistribution regions,
      GeographicalDistribution geo,
      List<MemberState> membership,
      RegionsReport.Membership membershipBasis,
      SchemeFile.Scheme scheme,
      RangeSetup setup,
      List<String> warnings,
      int minCell,
      RepresentationSuppression.Withheld withheld) {
    RegionalDistribution.Breakdown breakdown = regions.breakdown(geo == null ? null : geo.states());
    List<RegionLine> rows = new ArrayList<>();
    for (RegionTotals r : breakdown.rows()) {
      rows.add(
          RegionLine.of(
              r, breakdown.total(), withheld.regions().getOrDefault(r.region(), Set.of())));
    }
    List<String> notes = new ArrayList<>();
    notes.add(SHARE_NOTE);
    notes.add(WOMEN_NOTE);
    notes.add(
        "Geographical staff are counted under the scheme's rules whatever --population and"
            + " --where select; they are the staff compared with the desirable ranges.");
    if (setup == null) {
      notes.add(
          "No ranges given: --base-figure B (or --ranges FILE) adds each region's Member States"
              + " by status and the sums of their limits.");
    } else {
      notes.add(
          "Limit sums add up the limits of each region's States that counts are compared with ("
              + setup.limits().basis()
              + "); midpoints are summed exactly.");
    }
    List<String> allWarnings = new ArrayList<>(warnings);
    if (setup != null) {
      allWarnings.addAll(setup.warnings());
    }
    allWarnings.addAll(GeoReporting.withheldWarnings(withheld, minCell, setup != null));
    return new RegionsReport(
        "divcalc",
        org.divcalc.report.ReportSchema.VERSION,
        VersionProvider.version(),
        "regions",
        input,
        reconciliation,
        population,
        section(regions.grouping(), membership),
        membershipBasis,
        new RegionsReport.Geographical(
            scheme.scheme().name(),
            scheme.scheme().rules().describe(),
            breakdown.total().geographical()),
        setup == null ? null : ranges(setup),
        RegionsReport.SHARE_DECIMALS,
        rows,
        RegionLine.of(
            breakdown.total(),
            breakdown.total(),
            withheld.regions().getOrDefault(breakdown.total().region(), Set.of())),
        notes,
        minCell,
        allWarnings);
  }

  private static GroupingSection section(Grouping g, List<MemberState> membership) {
    List<String> inNoGroup = new ArrayList<>();
    for (MemberState m : membership) {
      if (g.region(m.iso3()).isEmpty()) {
        inNoGroup.add(m.name());
      }
    }
    return new GroupingSection(
        g.name(), g.description(), g.origin(), g.sha256(), g.notes(), inNoGroup);
  }

  private static RegionsReport.Ranges ranges(RangeSetup setup) {
    return new RegionsReport.Ranges(
        setup.formula() != null ? "formula" : "published",
        setup.formula() != null ? setup.formula().baseFigure() : null,
        setup.limits().basis(),
        RangesReporting.scheme(setup.scheme()),
        RangesReporting.choices(setup.choices()),
        RangesReporting.datasets(setup.datasets()));
  }
}
