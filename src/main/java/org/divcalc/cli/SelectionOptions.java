package org.divcalc.cli;

import java.util.ArrayList;
import java.util.List;
import org.divcalc.domain.GeographicalRules;
import org.divcalc.domain.Population;
import org.divcalc.domain.StaffFilter;
import org.divcalc.domain.StaffSelection;
import org.divcalc.report.PopulationSection;
import picocli.CommandLine.Option;

/** Who a statistic counts: {@code --population} and {@code --where}. */
public final class SelectionOptions {
  @Option(
      names = "--population",
      paramLabel = "NAME",
      description =
          "Who counts: all (default), professional (P, D and ungraded) or geographical (staff"
              + " subject to geographical distribution under the scheme's rules).")
  Population population = Population.ALL;

  @Option(
      names = "--where",
      paramLabel = "COLUMN=VALUES",
      description =
          "Keep only staff whose COLUMN is one of VALUES (comma-separated), or with != is none"
              + " of them: funding=RB, appointment!=temporary, grade=P-5,D-1. Repeatable.")
  List<String> where = new ArrayList<>();

  StaffSelection selection(StaffColumns columns, GeographicalRules rules) {
    List<StaffFilter> filters = new ArrayList<>();
    for (String w : where) {
      filters.add(columns.filter(w));
    }
    return new StaffSelection(population, rules::counts, filters);
  }

  PopulationSection section(StaffSelection s, GeographicalRules geographical) {
    List<String> rules =
        switch (s.population()) {
          case ALL -> List.of();
          case PROFESSIONAL -> List.of("grade category is ungraded, director or professional");
          case GEOGRAPHICAL -> geographical.describe();
        };

    return new PopulationSection(
        s.population().key(),
        s.population().description(),
        rules,
        s.filters().stream().map(StaffFilter::describe).toList(),
        s.seen(),
        s.inPopulation(),
        s.kept());
  }
}
