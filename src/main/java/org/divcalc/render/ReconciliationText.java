package org.divcalc.render;

import org.divcalc.report.ReconciliationSection;

/** The reconciliation block shared by every text report. */
public final class ReconciliationText {
  private ReconciliationText() {}

  public static String render(ReconciliationSection r) {
    StringBuilder sb = new StringBuilder();
    sb.append("Rows: ")
        .append(r.rowsRead())
        .append(" read = ")
        .append(r.rowsCounted())
        .append(" counted + ")
        .append(r.rowsExcluded())
        .append(" excluded\n");
    for (ReconciliationSection.ReasonCount c : r.excludedByReason()) {
      sb.append("  excluded, ").append(c.reason()).append(": ").append(c.rows()).append('\n');
    }
    return sb.toString();
  }
}
