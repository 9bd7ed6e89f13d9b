package org.divcalc.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.divcalc.domain.DesirableRange;
import org.divcalc.domain.FormulaRanges;
import org.divcalc.domain.GeographicalRules;
import org.divcalc.domain.GradeCategory;
import org.divcalc.domain.RangeParameters;
import org.divcalc.domain.RangeScheme;
import org.divcalc.domain.StateRange;
import org.divcalc.reference.Choice;
import org.divcalc.reference.DatasetUse;
import org.divcalc.reference.SchemeFile;
import org.divcalc.report.ChoiceLine;
import org.divcalc.report.DatasetLine;
import org.divcalc.report.RangeRow;
import org.divcalc.report.RangesReport;
import org.divcalc.report.SchemeSection;

/** Turns computed or published ranges into the report records of {@code divcalc ranges}. */
final class RangesReporting {
  static final String PRECISION_NOTE =
      "Exact arithmetic: only membership ÷ N and population ÷ P are divisions, each rounded to 34"
          + " significant digits (IEEE decimal128); all else is exact.";

  private RangesReporting() {}

  static RangesReport report(RangeSetup setup) {
    FormulaRanges f = setup.formula();
    List<RangeRow> rows = new ArrayList<>();
    RangeRow totals;
    List<String> notes = new ArrayList<>();
    if (f != null) {
      f.states().forEach(s -> rows.add(row(s)));
      totals = totals(f);
      BigDecimal difference = f.sum(StateRange::midpoint).subtract(f.baseFigure());
      notes.add(PRECISION_NOTE);
      notes.add(
          "Text and Markdown show 3 decimals; JSON and CSV every digit. Sum of midpoints minus the"
              + " base figure: "
              + plain(difference)
              + ".");
      notes.add(
          "Rounded limits are the exact ones rounded "
              + rounding(f.parameters())
              + "; counts are compared with the "
              + f.parameters().comparison().key()
              + " limits.");
    } else {
      for (DesirableRange r : setup.published().ranges().ranges()) {
        rows.add(published(r.iso3(), r.name(), r.lower(), r.midpoint(), r.upper()));
      }
      List<DesirableRange> rs = setup.published().ranges().ranges();
      boolean allMid = rs.stream().allMatch(r -> r.midpoint() != null);
      totals =
          published(
              "Total",
              rs.size() + " Member States",
              sum(rs, DesirableRange::lower),
              allMid ? sum(rs, DesirableRange::midpoint) : null,
              sum(rs, DesirableRange::upper));
      notes.add(
          "Ranges as published in "
              + setup.published().source().origin()
              + "; no formula involved. Counts are compared with these limits as given.");
    }
    return new RangesReport(
        "divcalc",
        org.divcalc.report.ReportSchema.VERSION,
        VersionProvider.version(),
        "ranges",
        setup.asOf().toString(),
        f != null ? "formula" : "published",
        f != null ? f.baseFigure() : null,
        scheme(setup.scheme()),
        choices(setup.choices()),
        datasets(setup.datasets()),
        rows,
        totals,
        notes,
        setup.warnings());
  }

  static RangeRow row(StateRange s) {
    return new RangeRow(
        s.input().iso3(),
        s.input().name(),
        s.input().ratePct(),
        s.input().population(),
        trim(s.membership()),
        trim(s.populationFactor()),
        trim(s.contribution()),
        trim(s.midpoint()),
        trim(s.flexibility()),
        trim(s.lowerExact()),
        trim(s.upperExact()),
        s.lower(),
        s.midpointRounded(),
        s.upper());
  }

  private static RangeRow totals(FormulaRanges f) {
    return new RangeRow(
        "Total",
        f.memberCount() + " Member States",
        f.rateSumPct(),
        f.totalPopulation(),
        trim(f.sum(StateRange::membership)),
        trim(f.sum(StateRange::populationFactor)),
        trim(f.sum(StateRange::contribution)),
        trim(f.sum(StateRange::midpoint)),
        trim(f.sum(StateRange::flexibility)),
        trim(f.sum(StateRange::lowerExact)),
        trim(f.sum(StateRange::upperExact)),
        f.sum(StateRange::lower),
        f.sum(StateRange::midpointRounded),
        f.sum(StateRange::upper));
  }

  private static RangeRow published(
      String iso3, String name, BigDecimal lower, BigDecimal mid, BigDecimal upper) {
    return new RangeRow(
        iso3, name, null, null, null, null, null, mid, null, null, null, lower, null, upper);
  }

  private static BigDecimal sum(
      List<DesirableRange> ranges, Function<DesirableRange, BigDecimal> value) {
    return ranges.stream().map(value).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  static SchemeSection scheme(SchemeFile.Scheme s) {
    RangeScheme scheme = s.scheme();
    RangeParameters p = scheme.parameters();
    GeographicalRules rules = scheme.rules();
    List<String> categories = new ArrayList<>();
    for (GradeCategory c : GradeCategory.values()) {
      if (rules.categories().contains(c)) {
        categories.add(c.key());
      }
    }
    return new SchemeSection(
        scheme.name(),
        scheme.description(),
        s.origin(),
        s.sha256(),
        scheme.validFrom().toString(),
        scheme.validTo() == null ? null : scheme.validTo().toString(),
        p.membershipWeight(),
        p.populationWeight(),
        p.contributionWeight(),
        p.flexibility(),
        p.minimumFlexibility(),
        p.upperLimitFloor(),
        p.minimumPosts(),
        rounding(p),
        p.comparison().key(),
        new SchemeSection.Counting(
            categories,
            sorted(rules.grades()),
            sorted(rules.funding()),
            sorted(rules.excludedAppointments()),
            sorted(rules.excludedPostTypes()),
            "a roster's explicit geographical column, where filled in, overrides these rules"));
  }

  static String rounding(RangeParameters p) {
    return p.rounding().name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static List<String> sorted(java.util.Set<String> values) {
    return values.stream().sorted().toList();
  }

  static List<ChoiceLine> choices(List<Choice> choices) {
    return choices.stream().map(c -> new ChoiceLine(c.item(), c.value(), c.reason())).toList();
  }

  static List<DatasetLine> datasets(List<DatasetUse> uses) {
    return uses.stream()
        .map(d -> new DatasetLine(d.dataset(), d.origin(), d.sha256(), d.selection()))
        .toList();
  }

  /** A computed value without trailing zeros (202.5771, not 202.5771000), never negative scale. */
  private static BigDecimal trim(BigDecimal v) {
    BigDecimal t = v.stripTrailingZeros();
    return t.scale() < 0 ? t.setScale(0) : t;
  }

  static String plain(BigDecimal v) {
    return org.divcalc.render.Decimals.exact(v);
  }
}
