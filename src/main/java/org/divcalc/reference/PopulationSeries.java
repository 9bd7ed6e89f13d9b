package org.divcalc.reference;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Total population (mid-year) by State and year (embedded: World Bank SP.POP.TOTL, 2000-2024), or a
 * user file with a State column and {@code population}, with or without {@code year}.
 */
public final class PopulationSeries {
  static final String FILE = "population_world_bank.csv";

  private final ReferenceTable source;
  private final boolean dated;
  private final Map<Integer, Map<String, Long>> byYear;

  private PopulationSeries(
      ReferenceTable source, boolean dated, Map<Integer, Map<String, Long>> byYear) {
    this.source = source;
    this.dated = dated;
    this.byYear = byYear;
  }

  /** The embedded series. */
  public static PopulationSeries embedded(StateLookup lookup) {
    return of(ReferenceTable.embedded(FILE), lookup);
  }

  /** A series from a user file. */
  public static PopulationSeries fromFile(Path path, StateLookup lookup) {
    return of(ReferenceTable.file(path), lookup);
  }

  private static PopulationSeries of(ReferenceTable table, StateLookup lookup) {
    String stateColumn = StateColumn.find(table);
    String populationColumn = StateColumn.require(table, "population", "population");
    Optional<String> yearColumn = table.firstColumn("year");
    Map<Integer, Map<String, Long>> byYear = new TreeMap<>();
    for (int i = 0; i < table.rows().size(); i++) {
      int year = 0;
      if (yearColumn.isPresent()) {
        long y = StateColumn.whole(table, i, yearColumn.get(), "a year such as 2012");
        if (y < 1 || y > 9999) {
          // found in the review of session 8: 4294969318 was cast to the int 2022
          throw new ReferenceDataException(
              table.where(i, yearColumn.get())
                  + ": found '"
                  + table.rows().get(i).get(yearColumn.get())
                  + "', expected a year such as 2012");
        }
        year = (int) y;
      }
      State state = StateColumn.state(table, i, stateColumn, lookup);
      long population =
          StateColumn.whole(
              table, i, populationColumn, "a whole number of people such as 127561489");
      if (byYear.computeIfAbsent(year, k -> new TreeMap<>()).put(state.iso3(), population)
          != null) {
        throw new ReferenceDataException(
            table.where(i, stateColumn)
                + ": "
                + state.name()
                + " has a second population figure"
                + (yearColumn.isPresent() ? " for " + year : ""));
      }
    }
    if (byYear.isEmpty()) {
      throw new ReferenceDataException(
          table.origin() + ": no population figures (the file has no data rows)");
    }
    return new PopulationSeries(table, yearColumn.isPresent(), byYear);
  }

  /** The file the series was read from. */
  public ReferenceTable source() {
    return source;
  }

  /** False for a file without a year column: one set of figures, whatever the date. */
  public boolean dated() {
    return dated;
  }

  /** The years present, earliest first (for an undated file, the single key 0). */
  public java.util.Set<Integer> years() {
    return byYear.keySet();
  }

  /** The figures of one year (of the only set for an undated file), by alpha-3 code. */
  public Optional<Map<String, Long>> year(int year) {
    // read-only: the embedded series is built once per run and shared (see Ahead)
    return Optional.ofNullable(byYear.get(dated ? year : 0))
        .map(java.util.Collections::unmodifiableMap);
  }

  /** "2000-2024", for messages and the data listing. */
  public String coverage() {
    if (!dated) {
      return "undated";
    }
    OptionalInt min = years().stream().mapToInt(Integer::intValue).min();
    OptionalInt max = years().stream().mapToInt(Integer::intValue).max();
    return min.getAsInt() + "-" + max.getAsInt();
  }
}
