package org.divcalc.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.divcalc.domain.RangeInput;
import org.divcalc.domain.ReferencePeriods;

/**
 * Assembles the inputs of the range formula for a date from the embedded datasets or the user's
 * files, choosing the membership, the scale period and the population year and saying why.
 */
public final class RangeBasisLoader {
  /** The dataset name of the Member States list, in a report's datasets. */
  public static final String MEMBER_STATES = "Member States";

  /** The dataset name of a --members file, in a report's datasets. */
  public static final String MEMBERSHIP_FILE = "membership";

  private static final int LISTED = 10;

  private final States states;
  private final StateLookup lookup;

  /** Whether {@link #lookup} is the run's one lookup over the embedded States. */
  private final boolean shared;

  /** A loader resolving user files' State names with {@code lookup}. */
  public RangeBasisLoader(States states, StateLookup lookup) {
    this(states, lookup, false);
  }

  private RangeBasisLoader(States states, StateLookup lookup, boolean shared) {
    this.states = states;
    this.lookup = lookup;
    this.shared = shared;
  }

  /**
   * A loader whose {@code lookup} is the run's one lookup over the embedded States: the embedded
   * scale and population it reads are then built once per run, perhaps ahead of use ({@link
   * #prepare}).
   */
  public static RangeBasisLoader shared(States states, StateLookup lookup) {
    return new RangeBasisLoader(states, lookup, true);
  }

  /** Builds the embedded scale and population now (on Preload's thread), for a later load. */
  public void prepare() {
    embeddedScale();
    embeddedPopulation();
  }

  private ScaleOfAssessments embeddedScale() {
    return shared
        ? Ahead.get("scale of assessments", () -> ScaleOfAssessments.embedded(lookup))
        : ScaleOfAssessments.embedded(lookup);
  }

  private PopulationSeries embeddedPopulation() {
    return shared
        ? Ahead.get("population", () -> PopulationSeries.embedded(lookup))
        : PopulationSeries.embedded(lookup);
  }

  /** The inputs on {@code asOf}; a missing or unusable input throws ReferenceDataException. */
  public RangeBasis load(LocalDate asOf, RangeSources sources) {
    List<Choice> choices = new ArrayList<>();
    List<String> warnings = new ArrayList<>();

    MemberSelection selection = membership(asOf, sources.members());
    List<State> members = selection.states();
    choices.add(selection.choice());

    ScaleOfAssessments scale =
        sources.scale() == null
            ? embeddedScale()
            : ScaleOfAssessments.fromFile(sources.scale(), lookup);
    ScalePeriod period =
        scale
            .periodOn(asOf)
            .orElseThrow(
                () ->
                    new ReferenceDataException(
                        scale.source().origin()
                            + ": no scale period contains "
                            + asOf
                            + " (periods: "
                            + scale.coverage()
                            + "); give the rates with --scale FILE"));
    choices.add(
        new Choice(
            "scale period",
            period.label(),
            period.undated()
                ? sources.scale() + " has no period columns; all its rates are used"
                : "the period of the scale that contains " + asOf));

    PopulationSeries series =
        sources.population() == null
            ? embeddedPopulation()
            : PopulationSeries.fromFile(sources.population(), lookup);
    int year = populationYear(series, asOf, sources, choices, warnings);
    Map<String, Long> population = series.year(year).orElseThrow();

    List<RangeInput> inputs = new ArrayList<>();
    List<String> noRate = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    List<String> noPopulation = new ArrayList<>();
    int rated = 0;
    // A scale without periods is taken to be the one in force on the date: its three-year period
    // began two years before the date's year at the earliest
    int began = period.undated() ? asOf.getYear() - 2 : period.startYear();
    NotionalRates notional = NotionalRates.embedded();
    for (State s : members) {
      BigDecimal rate = period.ratesPct().get(s.iso3());
      if (rate == null && s.observer()) {
        rate = notional.rate(s.iso3(), period).orElse(null);
        if (rate != null) {
          warnings.add(
              s.name()
                  + " is a non-member observer State: its notional rate "
                  + rate.toPlainString()
                  + " % for "
                  + period.label()
                  + " is used ("
                  + notional.source().origin()
                  + ")");
        }
      }
      if (rate == null) {
        // A State admitted during the period has no rate in its scale (it is assessed
        // separately); one that was a member when the period began should have one.
        // (an observer State cannot be held to that).
        boolean shouldHave =
            !s.observer()
                && s.admitted() != null
                && !s.admitted().isAfter(LocalDate.of(began, 1, 1));
        (shouldHave ? missing : noRate).add(s.name() + " (" + s.iso3() + ")");
        rate = BigDecimal.ZERO;
      }
      Long p = population.get(s.iso3());
      if (p == null) {
        noPopulation.add(s.name() + " (" + s.iso3() + ")");
        continue;
      }
      if (rate.signum() != 0 || period.ratesPct().containsKey(s.iso3())) {
        rated++;
      }
      inputs.add(new RangeInput(s.iso3(), s.name(), rate, p));
    }
    if (!noPopulation.isEmpty()) {
      throw new ReferenceDataException(
          series.source().origin()
              + ": no population figure"
              + (series.dated() ? " for " + year : "")
              + " for "
              + listed(noPopulation)
              + "; give the figures with --population-file FILE");
    }
    if (!missing.isEmpty()) {
      throw new ReferenceDataException(
          scale.source().origin()
              + ": no assessment rate"
              + " in the "
              + period.label()
              + " scale for "
              + listed(missing)
              + (period.undated()
                  ? ", Member State(s) since 1 January "
                      + began
                      + " or earlier (a file without periods is taken as the scale in force on "
                      + asOf
                      + ", whose period began in "
                      + began
                      + " at the earliest)"
                  : ", Member State(s) since the period began or earlier")
              + ": each should have a rate in the scale; "
              + (sources.scale() == null
                  ? "give the rates with --scale FILE"
                  : "add the missing rate(s) to the file"));
    }
    if (!noRate.isEmpty()) {
      warnings.add(
          "no assessment rate in the "
              + period.label()
              + " scale for "
              + listed(noRate)
              + ": contribution factor 0 (not a Member State when the period began, or an"
              + " observer; such States are assessed separately); "
              + (sources.scale() == null
                  ? "give the rate with --scale FILE"
                  : "add the rate to " + scale.source().origin()));
    }
    BigDecimal rateSum =
        inputs.stream().map(RangeInput::ratePct).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (rateSum.compareTo(new BigDecimal(100)) != 0) {
      boolean fractions =
          rateSum.compareTo(new BigDecimal("0.5")) > 0 && rateSum.compareTo(new BigDecimal(2)) < 0;
      warnings.add(
          "the rates of the "
              + rated
              + " States with a rate sum to "
              + rateSum.round(new java.math.MathContext(9)).stripTrailingZeros().toPlainString()
              + " %, not 100 %: the contribution factors do not add up to their weight of the"
              + " base figure, so the midpoints do not sum to the base figure"
              + (fractions
                  ? "; they look like fractions of 1: rate_pct is in per cent (Japan 8.033, not"
                      + " 0.08033)"
                  : ""));
    }
    String yearLabel = series.dated() ? "year " + year : "undated";
    return new RangeBasis(
        asOf,
        inputs,
        period,
        year,
        selection.source(),
        DatasetUse.of("scale of assessments", scale.source(), "period " + period.label()),
        DatasetUse.of("population", series.source(), yearLabel),
        choices,
        warnings);
  }

  /** The membership on {@code asOf}: the embedded Member States, or those listed in a file. */
  public MemberSelection membership(LocalDate asOf, java.nio.file.Path membersFile) {
    if (membersFile == null) {
      List<State> members = states.membersOn(asOf);
      if (members.isEmpty()) {
        throw new ReferenceDataException(
            states.source().origin() + ": no State had been admitted by " + asOf);
      }
      State latest = members.stream().max(Comparator.comparing(State::admitted)).orElseThrow();
      return new MemberSelection(
          members,
          DatasetUse.of(MEMBER_STATES, states.source(), "admitted by " + asOf),
          new Choice(
              "membership",
              members.size() + " Member States",
              "States admitted on or before "
                  + asOf
                  + " (the latest: "
                  + latest.name()
                  + ", "
                  + latest.admitted()
                  + ")"));
    }
    MembershipFile.Membership m = MembershipFile.read(membersFile, lookup);
    return new MemberSelection(
        m.states(),
        DatasetUse.of(MEMBERSHIP_FILE, m.source(), "every State listed"),
        new Choice(
            "membership",
            m.states().size() + " States",
            "the States listed in " + membersFile + " (--members)"));
  }

  /**
   * The States making up the membership, where they came from and why.
   *
   * @param states the States, sorted by name
   * @param source the dataset
   * @param choice the choice made
   */
  public record MemberSelection(List<State> states, DatasetUse source, Choice choice) {
    public MemberSelection {
      states = List.copyOf(states);
    }
  }

  private static int populationYear(
      PopulationSeries series,
      LocalDate asOf,
      RangeSources sources,
      List<Choice> choices,
      List<String> warnings) {
    if (!series.dated()) {
      choices.add(
          new Choice(
              "population year",
              "undated",
              sources.population() + " has no year column; its figures are used"));
      if (sources.populationYear() != null) {
        warnings.add(
            "--population-year "
                + sources.populationYear()
                + " is not used: "
                + sources.population()
                + " has no year column, so its figures are used whatever the year");
      }
      return 0;
    }
    if (sources.populationYear() != null) {
      int y = sources.populationYear();
      if (series.year(y).isEmpty()) {
        throw new ReferenceDataException(
            series.source().origin()
                + ": no population figures for "
                + y
                + " (years: "
                + series.coverage()
                + ")");
      }
      choices.add(new Choice("population year", Integer.toString(y), "--population-year " + y));
      return y;
    }
    OptionalInt y = ReferencePeriods.populationYear(series.years(), asOf);
    if (y.isEmpty()) {
      throw new ReferenceDataException(
          series.source().origin()
              + ": no year's mid-year figure (1 July) is on or before "
              + asOf
              + " (years: "
              + series.coverage()
              + "); give --population-year or --population-file FILE");
    }
    int chosen = y.getAsInt();
    // the rule's year, were every year in the data: later than the data's last when the as-of date
    // is past its last mid-year date by more than a year
    int wanted = ReferencePeriods.ruleYear(asOf);
    if (wanted > chosen) {
      String reason =
          "the rule (the latest year whose mid-year reference date is not after "
              + asOf
              + ") would take "
              + wanted
              + ", for which "
              + series.source().origin()
              + " has no figures; its latest year before that is used";
      choices.add(new Choice("population year", Integer.toString(chosen), reason));
      warnings.add(
          "population year "
              + chosen
              + " is used for "
              + asOf
              + ": "
              + series.source().origin()
              + " has no figures for "
              + wanted
              + "; give them with --population-file FILE, or choose this year with"
              + " --population-year "
              + chosen);
      return chosen;
    }
    choices.add(
        new Choice(
            "population year",
            Integer.toString(chosen),
            "the latest year whose mid-year reference date ("
                + LocalDate.of(chosen, 7, 1)
                + ") is not after "
                + asOf));
    return chosen;
  }

  private static String listed(List<String> names) {
    if (names.size() <= LISTED) {
      return String.join(", ", names);
    }
    return String.join(", ", names.subList(0, LISTED))
        + " and "
        + (names.size() - LISTED)
        + " more";
  }
}
