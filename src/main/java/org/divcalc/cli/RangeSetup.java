package org.divcalc.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.divcalc.domain.DesirableRanges;
import org.divcalc.domain.FormulaRanges;
import org.divcalc.domain.MemberState;
import org.divcalc.domain.RangeFormula;
import org.divcalc.reference.Choice;
import org.divcalc.reference.DatasetUse;
import org.divcalc.reference.PublishedRangesFile;
import org.divcalc.reference.RangeBasis;
import org.divcalc.reference.RangeBasisLoader;
import org.divcalc.reference.RangeSources;
import org.divcalc.reference.SchemeFile;
import org.divcalc.reference.States;
import org.divcalc.roster.NationalityResolver;

/**
 * The desirable ranges the options ask for on a date: computed by the formula, or loaded from a
 * published table, with every choice, input and warning.
 *
 * @param asOf the snapshot date
 * @param scheme the scheme (its counting rules apply either way)
 * @param resolver resolves State spellings
 * @param basis the formula's inputs, or null with --ranges
 * @param formula the computed ranges, or null with --ranges
 * @param published the published table, or null without --ranges
 * @param choices the choices made, the as-of date first
 * @param datasets the datasets used
 * @param warnings what the user must know
 * @param membership the Member States on the as-of date, with or without a range, by name
 */
record RangeSetup(
    LocalDate asOf,
    SchemeFile.Scheme scheme,
    NationalityResolver resolver,
    RangeBasis basis,
    FormulaRanges formula,
    PublishedRangesFile.PublishedRanges published,
    List<Choice> choices,
    List<DatasetUse> datasets,
    List<String> warnings,
    List<MemberState> membership) {

  /**
   * The lists that decided who is a Member State and which State each nationality names: the Member
   * States list or membership file, and the nationality aliases.
   */
  List<DatasetUse> membershipDatasets() {
    return datasets.stream()
        .filter(
            d ->
                d.dataset().equals(RangeBasisLoader.MEMBER_STATES)
                    || d.dataset().equals(RangeBasisLoader.MEMBERSHIP_FILE)
                    || resolver.datasets().contains(d))
        .toList();
  }

  /**
   * The same without ranges: the embedded Member States list (admitted by {@code asOf}, or every
   * Member State without a date) and the nationality aliases.
   */
  static List<DatasetUse> membershipDatasets(LocalDate asOf) {
    List<DatasetUse> used = new ArrayList<>();
    used.add(
        DatasetUse.of(
            RangeBasisLoader.MEMBER_STATES,
            States.embedded().source(),
            asOf == null ? "every Member State" : "admitted by " + asOf));
    used.addAll(NationalityResolver.embedded().datasets());
    return used;
  }

  /** Reads and computes what the options describe. */
  static RangeSetup of(RangeOptions options, Clock clock) {
    RangeSources sources = options.sources();
    LocalDate asOf = options.asOf(clock);
    SchemeFile.Scheme scheme = options.scheme();
    List<Choice> choices = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    choices.add(new Choice("as-of date", asOf.toString(), options.asOfReason(clock)));
    choices.add(
        new Choice(
            "scheme",
            scheme.scheme().name(),
            scheme.origin().equals("built-in")
                ? "built-in (default of --scheme)"
                : "--scheme " + scheme.origin()));
    if (!scheme.scheme().isValidOn(asOf)) {
      warnings.add(
          "the scheme "
              + scheme.scheme().name()
              + " is valid "
              + scheme.scheme().validity()
              + "; "
              + asOf
              + " falls outside it, so its parameters and counting rules may not be those in force"
              + " on that date");
    }
    States states = States.embedded();
    NationalityResolver resolver = NationalityResolver.embedded();
    RangeBasisLoader loader = RangeBasisLoader.shared(states, resolver);
    List<DatasetUse> datasets = new ArrayList<>();
    if (options.ranges != null) {
      RangeBasisLoader.MemberSelection members = loader.membership(asOf, sources.members());
      choices.add(members.choice());
      PublishedRangesFile.PublishedRanges published =
          PublishedRangesFile.read(options.ranges, members.states(), resolver);
      choices.add(
          new Choice(
              "ranges", "published table", "--ranges " + options.ranges + ": no formula involved"));
      datasets.add(members.source());
      datasets.add(DatasetUse.of("published ranges", published.source(), "every row"));
      datasets.addAll(resolver.datasets());
      warnings.addAll(published.warnings());
      List<MemberState> membership =
          members.states().stream()
              .map(st -> new MemberState(st.iso3(), st.name()))
              .sorted(java.util.Comparator.comparing(MemberState::name))
              .toList();
      return new RangeSetup(
          asOf, scheme, resolver, null, null, published, choices, datasets, warnings, membership);
    }
    RangeBasis basis = loader.load(asOf, sources);
    choices.addAll(basis.choices());
    datasets.addAll(basis.datasets());
    datasets.addAll(resolver.datasets());
    warnings.addAll(basis.warnings());
    FormulaRanges formula =
        RangeFormula.compute(scheme.scheme().parameters(), options.baseFigure, basis.inputs());
    List<MemberState> membership =
        basis.inputs().stream()
            .map(in -> new MemberState(in.iso3(), in.name()))
            .sorted(java.util.Comparator.comparing(MemberState::name))
            .toList();
    return new RangeSetup(
        asOf, scheme, resolver, basis, formula, null, choices, datasets, warnings, membership);
  }

  /** The limits staff counts are compared with. */
  DesirableRanges limits() {
    return formula != null ? formula.limits() : published.ranges();
  }
}
