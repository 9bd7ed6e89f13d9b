package org.divcalc.render;

import org.divcalc.report.InputSection;
import org.divcalc.report.PopulationSection;
import org.divcalc.report.ReconciliationSection;

/** The lines that open every analysis report: the roster, how its rows reconcile, who counted. */
final class RosterHeader {
  private RosterHeader() {}

  static String text(InputSection in, ReconciliationSection rec, PopulationSection p) {
    StringBuilder sb = new StringBuilder();
    sb.append("Roster: ")
        .append(in.file())
        .append("\n  ")
        .append(in.encoding())
        .append(", delimiter ")
        .append(in.delimiter())
        .append("; ")
        .append(rec.rowsRead())
        .append(" rows read = ")
        .append(rec.rowsCounted())
        .append(" counted + ")
        .append(rec.rowsExcluded())
        .append(" excluded\n");
    sb.append(population(p));
    return sb.toString();
  }

  /** Who was counted: the population, its rules and the filters, with how many each kept. */
  public static String population(PopulationSection p) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        TableFormats.wrap(
            "Population: "
                + p.description()
                + ": "
                + p.inPopulation()
                + " of "
                + p.rowsCounted()
                + " counted staff",
            TableFormats.WIDTH));
    for (String rule : p.rules()) {
      sb.append("  rule: ").append(rule).append('\n');
    }
    if (!p.filters().isEmpty()) {
      sb.append(
          TableFormats.wrap(
              "Filters: " + String.join("; ", p.filters()) + ": " + p.kept() + " staff kept",
              TableFormats.WIDTH));
    }
    return sb.toString();
  }
}
