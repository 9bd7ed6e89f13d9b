package org.divcalc.reference;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The UN regular-budget scale of assessments, by period (embedded: 2004-2006 to 2025-2027), or a
 * user file with a State column and {@code rate_pct}, with or without {@code period_start} and
 * {@code period_end}.
 */
public final class ScaleOfAssessments {
  static final String FILE = "un_scale_of_assessments.csv";

  private final ReferenceTable source;
  private final List<ScalePeriod> periods;

  private ScaleOfAssessments(ReferenceTable source, List<ScalePeriod> periods) {
    this.source = source;
    this.periods = List.copyOf(periods);
  }

  /** The embedded scale. */
  public static ScaleOfAssessments embedded(StateLookup lookup) {
    return of(ReferenceTable.embedded(FILE), lookup);
  }

  /** A scale from a user file. */
  public static ScaleOfAssessments fromFile(Path path, StateLookup lookup) {
    return of(ReferenceTable.file(path), lookup);
  }

  private static ScaleOfAssessments of(ReferenceTable table, StateLookup lookup) {
    String stateColumn = StateColumn.find(table);
    String rateColumn = StateColumn.require(table, "rate", "rate_pct", "rate_percent");
    Optional<String> startColumn = table.firstColumn("period_start");
    Optional<String> endColumn = table.firstColumn("period_end");
    if (startColumn.isPresent() != endColumn.isPresent()) {
      throw new ReferenceDataException(
          table.origin() + ": line 1: expected both period_start and period_end, or neither");
    }
    Map<String, Map<String, BigDecimal>> byPeriod = new TreeMap<>();
    for (int i = 0; i < table.rows().size(); i++) {
      String period = "0-0";
      if (startColumn.isPresent()) {
        long start = StateColumn.whole(table, i, startColumn.get(), "a year such as 2013");
        long end = StateColumn.whole(table, i, endColumn.get(), "a year such as 2015");
        if (end < start) {
          throw new ReferenceDataException(
              table.where(i, endColumn.get())
                  + ": found "
                  + end
                  + ", expected a year not before period_start "
                  + start);
        }
        period = start + "-" + end;
      }
      State state = StateColumn.state(table, i, stateColumn, lookup);
      BigDecimal rate =
          StateColumn.decimal(table, i, rateColumn, "a rate in per cent such as 0.001 or 10.833");
      if (byPeriod.computeIfAbsent(period, k -> new TreeMap<>()).put(state.iso3(), rate) != null) {
        throw new ReferenceDataException(
            table.where(i, stateColumn)
                + ": "
                + state.name()
                + " has a second rate"
                + (period.equals("0-0") ? "" : " for " + period));
      }
    }
    if (byPeriod.isEmpty()) {
      throw new ReferenceDataException(table.origin() + ": no rates (the file has no data rows)");
    }
    List<ScalePeriod> periods = new ArrayList<>();
    for (Map.Entry<String, Map<String, BigDecimal>> e : byPeriod.entrySet()) {
      String[] years = e.getKey().split("-", -1);
      periods.add(
          new ScalePeriod(Integer.parseInt(years[0]), Integer.parseInt(years[1]), e.getValue()));
    }
    return new ScaleOfAssessments(table, periods);
  }

  /** The file the scale was read from. */
  public ReferenceTable source() {
    return source;
  }

  /** Every period, earliest first. */
  public List<ScalePeriod> periods() {
    return periods;
  }

  /** The period containing the date: the latest-starting one when periods overlap. */
  public Optional<ScalePeriod> periodOn(LocalDate date) {
    ScalePeriod found = null;
    for (ScalePeriod p : periods) {
      if (p.contains(date)) {
        found = p;
      }
    }
    return Optional.ofNullable(found);
  }

  /** "2004-2006 ... 2025-2027", for messages and the data listing. */
  public String coverage() {
    return periods.size() == 1
        ? periods.get(0).label()
        : periods.get(0).label() + " ... " + periods.get(periods.size() - 1).label();
  }
}
