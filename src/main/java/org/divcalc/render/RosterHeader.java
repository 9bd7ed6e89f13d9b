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
    sb.append("Population: ").append(p.description());
    sb.append(": ")
        .append(p.inPopulation())
        .append(" of ")
        .append(p.rowsCounted())
        .append(" counted staff\n");
    for (String rule : p.rules()) {
      sb.append("  rule: ").append(rule).append('\n');
    }
    if (!p.filters().isEmpty()) {
      sb.append("Filters: ")
          .append(String.join("; ", p.filters()))
          .append(": ")
          .append(p.kept())
          .append(" staff kept\n");
    }
    return sb.toString();
  }
}
