package org.divcalc.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.divcalc.domain.GeographicalDistribution;
import org.divcalc.domain.NonMemberCount;
import org.divcalc.domain.RepresentationStatus;
import org.divcalc.domain.RepresentationSuppression;
import org.divcalc.domain.StateRepresentation;
import org.divcalc.reference.States;
import org.divcalc.report.GeoReport;
import org.divcalc.report.GeoStateLine;
import org.divcalc.report.GeoSummary;
import org.divcalc.report.PopulationSection;
import org.divcalc.roster.RosterReading;

/** Turns a finished geographical distribution into the report of {@code divcalc geo}. */
final class GeoReporting {
  /**
   * The scheme's rules that look at a column the roster lacks: without a funding column nobody
   * passes a funding rule, and without an appointment or post-type column an exclusion excludes
   * nobody. Each is said, since the figures then rest on it (where a geographical column is
   * present, the rules only decide its blank cells).
   */
  /**
   * How counts are compared with the limits: the scheme's way (rounded or exact) for the formula; a
   * published table's limits are compared exactly as given, never rounded.
   */
  static String comparison(RangeSetup setup) {
    return setup.formula() != null
        ? setup.scheme().scheme().parameters().comparison().key()
        : org.divcalc.domain.LimitComparison.EXACT.key();
  }

  /** The base letters of U+00C0 to U+017F (Latin-1 and Latin Extended-A), as NFD gives them. */
  private static final String BASE_LETTERS =
      "AAAAAA\u00C6CEEEEIIII\u00D0NOOOOO\u00D7OUUUUY\u00DE\u00DFaaaaaa\u00E6ceeeeiiii\u00F0nooooo\u00F7ouuuuy\u00FEyAaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi\u0132\u0133JjKk\u0138LlLlLlLlLlNnNnNn\u0149\u014A\u014BOoOoOo\u0152\u0153RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZz\u017F";

  /**
   * A name's sort key: lower case, each accented Latin letter as its base letter. (A collator would
   * do as well for the Member States' names, but costs tens of milliseconds to set up.)
   */
  static String alphabetical(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 0xC0 && c < 0x180) {
        c = BASE_LETTERS.charAt(c - 0xC0);
      }
      sb.append(Character.toLowerCase(c));
    }
    return sb.toString();
  }

  /**
   * The warnings about the regional and geographical figures' withheld counts: too many withheld
   * for the exact check, and any that what every report prints still gives away.
   */
  static List<String> withheldWarnings(
      RepresentationSuppression.Withheld withheld, int minCell, boolean statuses) {
    List<String> warnings = new ArrayList<>();
    if (!withheld.checkedExactly()) {
      warnings.add(
          withheld.cells()
              + " cells of the regional and geographical figures are withheld: more than the "
              + org.divcalc.domain.CellSuppression.EXACT_AUDIT_LIMIT
              + " up to which divcalc also checks every combination of totals exactly; each"
              + " withheld cell is protected against every total and subtotal shown"
              + (statuses ? " and against what the statuses say" : "")
              + ", but review the figures before publishing them");
    }
    String exposed = exposed(withheld, minCell, statuses);
    if (exposed != null) {
      warnings.add(exposed);
    }
    return warnings;
  }

  /** The warning for withheld counts that what every report prints still gives away, or null. */
  private static String exposed(
      RepresentationSuppression.Withheld withheld, int minCell, boolean statuses) {
    if (withheld.exposed().isEmpty()) {
      return null;
    }
    return "--min-cell "
        + minCell
        + ": "
        + withheld.exposed().size()
        + " withheld count(s) of the regional and geographical figures ("
        + org.divcalc.report.CellNames.of(withheld.exposed())
        + ") can still be worked out from the totals every report prints (the staff counted, the staff subject to"
        + " geographical distribution)"
        + (statuses
            ? " and what the statuses say (an unrepresented State has no nationals, any other"
                + " status at least one)"
            : "")
        + ": there are too few staff to hide them among; do not publish these figures as they"
        + " are (the number counts table cells, not people; fewer filters or a coarser grouping"
        + " may help)";
  }

  /**
   * Adds {@code what} (its %s: the rule's values) when the rule has values and the roster has no
   * column for {@code field}.
   */
  private static void unseen(
      List<String> warnings,
      org.divcalc.roster.HeaderMapping mapping,
      org.divcalc.roster.Field field,
      java.util.Set<String> values,
      String what) {
    if (values.isEmpty() || mapping.column(field).isPresent()) {
      return;
    }
    String name = field.canonicalName();
    warnings.add(
        what.replace("%s", String.join(", ", new java.util.TreeSet<>(values)))
            + ", and the roster has no "
            + name.replace('_', ' ')
            + " column (map one with --column "
            + name
            + "=HEADER)");
  }

  /**
   * The warnings about who is subject to geographical distribution: a rule on a column the roster
   * lacks (unless the roster's geographical column decided for everyone), and nobody subject at all
   * (unless the missing funding column already says so).
   */
  static List<String> geographicalWarnings(
      org.divcalc.domain.GeographicalRules rules,
      org.divcalc.roster.HeaderMapping mapping,
      org.divcalc.domain.GeographicalFunnel funnel,
      int minCell) {
    List<String> warnings = new ArrayList<>();
    if (!funnel.columnDecidedAll()) {
      warnings.addAll(unseenRules(rules, mapping));
      if (!funnel.gradesNeverMet().isEmpty() && funnel.offered() > 0) {
        warnings.add(
            "the scheme counts grade(s) "
                + String.join(", ", funnel.gradesNeverMet())
                + " beside its categories, and no staff member counted has them: a scheme's"
                + " grades must be the grade scale's codes, as the gender table shows them"
                + " (G-7, not GS-7 or G7, with the built-in scale)");
      }
      warnings.addAll(funnel.unknownValueWarnings(minCell));
    }
    boolean noFunding =
        !rules.funding().isEmpty()
            && mapping.column(org.divcalc.roster.Field.FUNDING).isEmpty()
            && mapping.column(org.divcalc.roster.Field.GEOGRAPHICAL).isEmpty();
    if (funnel.warning() != null && !noFunding) {
      warnings.add(funnel.warning());
    }
    return warnings;
  }

  private static List<String> unseenRules(
      org.divcalc.domain.GeographicalRules rules, org.divcalc.roster.HeaderMapping mapping) {
    String where =
        mapping.column(org.divcalc.roster.Field.GEOGRAPHICAL).isPresent()
            ? "where the roster's geographical column is blank, "
            : "";
    List<String> warnings = new ArrayList<>();
    unseen(
        warnings,
        mapping,
        org.divcalc.roster.Field.FUNDING,
        rules.funding(),
        where
            + "nobody is subject to geographical distribution: the scheme counts funding %s only");
    unseen(
        warnings,
        mapping,
        org.divcalc.roster.Field.APPOINTMENT,
        rules.excludedAppointments(),
        where + "nobody is left out for the appointment type: the scheme excludes %s");
    unseen(
        warnings,
        mapping,
        org.divcalc.roster.Field.POST_TYPE,
        rules.excludedPostTypes(),
        where + "nobody is left out for the post type: the scheme excludes %s");
    return warnings;
  }

  private GeoReporting() {}

  /** How the per-State table is ordered. */
  enum Sort {
    NAME,
    STATUS,
    SHORTFALL
  }

  static GeoReport report(
      RangeSetup setup,
      RosterReading reading,
      String gradeScale,
      GeographicalDistribution distribution,
      Sort sort,
      Set<RepresentationStatus> statuses,
      int minCell,
      RepresentationSuppression.Withheld withheld) {
    List<StateRepresentation> all = distribution.states();
    List<GeoStateLine> shown = new ArrayList<>();
    for (StateRepresentation s : sorted(all, sort)) {
      if (statuses.isEmpty() || statuses.contains(s.status())) {
        shown.add(line(s, withheld.states().contains(s.state().iso3())));
      }
    }
    List<String> warnings = new ArrayList<>(setup.warnings());
    warnings.addAll(Sections.warnings(reading));
    warnings.addAll(
        geographicalWarnings(
            setup.scheme().scheme().rules(), reading.mapping(), distribution.funnel(), minCell));
    warnings.addAll(withheldWarnings(withheld, minCell, true));
    return new GeoReport(
        "divcalc",
        org.divcalc.report.ReportSchema.VERSION,
        VersionProvider.version(),
        "geo",
        setup.asOf().toString(),
        setup.formula() != null ? "formula" : "published",
        setup.formula() != null ? setup.formula().baseFigure() : null,
        comparison(setup),
        Sections.input(reading, gradeScale),
        Sections.reconciliation(reading),
        RangesReporting.scheme(setup.scheme()),
        RangesReporting.choices(setup.choices()),
        RangesReporting.datasets(setup.datasets()),
        counted(setup.scheme(), distribution),
        summary(distribution.summary(), withheld),
        new GeoReport.Shown(
            sort.name().toLowerCase(java.util.Locale.ROOT),
            statuses.stream().sorted().map(RepresentationStatus::key).toList(),
            shown.size()),
        shown,
        outside(distribution.nonMembers(), withheld),
        minCell,
        warnings);
  }

  private static List<StateRepresentation> sorted(List<StateRepresentation> states, Sort sort) {
    // the alphabet's order (Côte d'Ivoire before Croatia, Türkiye before Turkmenistan), the same
    // on every machine; then the code for a tie
    Comparator<StateRepresentation> byName =
        Comparator.<StateRepresentation, String>comparing(s -> alphabetical(s.state().name()))
            .thenComparing(s -> s.state().name())
            .thenComparing(s -> s.state().iso3());
    Comparator<StateRepresentation> order =
        switch (sort) {
          case NAME -> byName;
          case STATUS ->
              Comparator.<StateRepresentation>comparingInt(s -> s.status().ordinal())
                  .thenComparing(s -> s.belowMidpoint() == null || !s.belowMidpoint())
                  .thenComparing(byName);
          case SHORTFALL ->
              Comparator.<StateRepresentation>comparingLong(s -> -s.neededForLower())
                  .thenComparingLong(
                      s -> s.neededForMidpoint() == null ? 0 : -s.neededForMidpoint())
                  .thenComparing(byName);
        };
    return states.stream().sorted(order).toList();
  }

  private static GeoStateLine line(StateRepresentation s, boolean hidden) {
    boolean hasRange = s.range() != null;
    if (hidden) {
      return new GeoStateLine(
          s.state().iso3(),
          s.state().name(),
          null,
          hasRange ? s.range().lower() : null,
          hasRange ? s.range().midpoint() : null,
          hasRange ? s.range().upper() : null,
          s.status().key(),
          s.belowMidpoint(),
          null,
          null,
          null,
          List.of("nationals", "neededForLower", "neededForMidpoint", "aboveUpper"));
    }
    return new GeoStateLine(
        s.state().iso3(),
        s.state().name(),
        s.nationals(),
        hasRange ? s.range().lower() : null,
        hasRange ? s.range().midpoint() : null,
        hasRange ? s.range().upper() : null,
        s.status().key(),
        s.belowMidpoint(),
        s.neededForLower(),
        s.neededForMidpoint(),
        s.aboveUpper(),
        List.of());
  }

  static GeoSummary summary(
      GeographicalDistribution.Summary s, RepresentationSuppression.Withheld withheld) {
    Map<RepresentationStatus, Integer> by = s.byStatus();
    return new GeoSummary(
        s.memberStates(),
        by.get(RepresentationStatus.UNREPRESENTED),
        by.get(RepresentationStatus.UNDER_REPRESENTED),
        by.get(RepresentationStatus.WITHIN_RANGE),
        s.withinBelowMidpoint(),
        s.withinAtOrAboveMidpoint(),
        s.withinMidpointUnknown(),
        by.get(RepresentationStatus.OVER_REPRESENTED),
        by.get(RepresentationStatus.NO_RANGE),
        withheld.totals().contains("nationals") ? null : s.nationals(),
        withheld.totals().contains("outside") ? null : s.outsideMembership());
  }

  /** Who was counted as subject to geographical distribution, and how many. */
  static PopulationSection counted(
      org.divcalc.reference.SchemeFile.Scheme scheme, GeographicalDistribution distribution) {
    return new PopulationSection(
        "geographical",
        "staff subject to geographical distribution (the scheme's rules)",
        scheme.scheme().rules().describe(),
        List.of(),
        distribution.offered(),
        distribution.subject(),
        distribution.subject());
  }

  static List<GeoReport.OutsideLine> outside(
      List<NonMemberCount> counts, RepresentationSuppression.Withheld withheld) {
    States states = States.embedded();
    List<GeoReport.OutsideLine> lines = new ArrayList<>();
    for (NonMemberCount c : counts) {
      String name =
          states
              .byIso3(c.code())
              .map(org.divcalc.reference.State::name)
              .or(() -> org.divcalc.roster.NationalityResolver.embedded().areaName(c.code()))
              .orElse(c.kind().label());
      lines.add(
          new GeoReport.OutsideLine(
              c.code(),
              name,
              c.kind().key(),
              withheld.outside().contains(c.code()) ? null : c.staff()));
    }
    return lines;
  }
}
