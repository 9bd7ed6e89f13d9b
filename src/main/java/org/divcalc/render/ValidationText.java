package org.divcalc.render;

import java.util.List;
import org.divcalc.report.ProblemSection;
import org.divcalc.report.ValidationReport;

/** Renders a {@link ValidationReport} for a person at a terminal. */
public final class ValidationText {
  /** Problems printed in full before the rest are only counted. */
  public static final int SHOWN_PROBLEMS = 20;

  private ValidationText() {}

  public static String render(ValidationReport report) {
    StringBuilder sb = new StringBuilder();
    sb.append(InputText.render(report.input()));
    sb.append('\n');
    sb.append(ReconciliationText.render(report.reconciliation()));
    sb.append('\n');
    problems(sb, report.problems());
    sb.append('\n');
    sb.append(
        report.clean()
            ? "Result: no row has an error.\n"
            : "Result: "
                + report.problems().errors()
                + " error(s); the rows concerned are left"
                + " out of every count.\n");
    return sb.toString();
  }

  private static void problems(StringBuilder sb, ProblemSection p) {
    if (p.total() == 0) {
      sb.append("Problems: none\n");
      return;
    }
    sb.append("Problems: ")
        .append(p.total())
        .append(" (")
        .append(p.errors())
        .append(p.errors() == 1 ? " error, " : " errors, ")
        .append(p.warnings())
        .append(p.warnings() == 1 ? " warning)\n" : " warnings)\n");
    TextTable byKind =
        TextTable.of(
            List.of("kind", "severity", "count"),
            List.of(TextTable.Align.LEFT, TextTable.Align.LEFT, TextTable.Align.RIGHT));
    for (ProblemSection.KindCount k : p.byKind()) {
      byKind.row(k.kind(), k.severity(), Long.toString(k.count()));
    }
    sb.append(indent(byKind.render()));
    sb.append('\n');
    List<ProblemSection.Problem> listed = p.listed();
    int shown = Math.min(SHOWN_PROBLEMS, listed.size());
    for (int i = 0; i < shown; i++) {
      ProblemSection.Problem problem = listed.get(i);
      sb.append("  line ").append(problem.line());
      if (problem.column() > 0) {
        sb.append(", column ").append(problem.column());
      }
      sb.append(": ")
          .append(problem.severity())
          .append(": ")
          .append(problem.message())
          .append('\n');
    }
    if (p.total() > shown) {
      sb.append("  ... and ")
          .append(p.total() - shown)
          .append(" more (")
          .append(p.total())
          .append(" in all; --format json lists the first ")
          .append(listed.size())
          .append(")\n");
    }
  }

  static String indent(String block) {
    StringBuilder sb = new StringBuilder();
    for (String line : block.split("\n", -1)) {
      if (!line.isEmpty()) {
        sb.append("  ").append(line);
      }
      sb.append('\n');
    }
    return sb.substring(0, sb.length() - 1);
  }
}
