package org.divcalc.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.divcalc.domain.ProblemKind;
import org.divcalc.domain.RowProblem;
import org.divcalc.report.InputSection;
import org.divcalc.report.ProblemSection;
import org.divcalc.report.ReconciliationSection;
import org.divcalc.roster.ColumnMapping;
import org.divcalc.roster.Field;
import org.divcalc.roster.RosterReading;

/** Turns what the roster reader found into the report sections every command shares. */
final class Sections {
  private Sections() {}

  static InputSection input(RosterReading r, String gradeScale) {
    List<InputSection.ColumnUse> columns = new ArrayList<>();
    for (Field f : Field.values()) {
      ColumnMapping m = r.mapping().column(f).orElse(null);
      columns.add(
          m == null
              ? new InputSection.ColumnUse(
                  f.canonicalName(), 0, "", "no header matches; the field is not used")
              : new InputSection.ColumnUse(
                  f.canonicalName(), m.index() + 1, m.header(), m.reason()));
    }
    List<String> notes = new ArrayList<>(r.notes());
    if (r.mapping().column(Field.ID).isEmpty()) {
      notes.add("no staff id column: duplicate rows cannot be detected");
    }
    return new InputSection(
        r.file(),
        r.sizeBytes(),
        r.sha256(),
        r.encoding().label(),
        r.encoding().reason(),
        delimiterName(r.delimiter()),
        r.delimiterReason(),
        columns,
        r.mapping().otherColumns(),
        gradeScale,
        notes);
  }

  static String delimiterName(char d) {
    return switch (d) {
      case '\t' -> "tab";
      case ' ' -> "space";
      default -> "'" + d + "'";
    };
  }

  static ReconciliationSection reconciliation(RosterReading r) {
    List<ReconciliationSection.ReasonCount> reasons = new ArrayList<>();
    for (Map.Entry<ProblemKind, Long> e : r.reconciliation().excludedByReason().entrySet()) {
      reasons.add(
          new ReconciliationSection.ReasonCount(
              e.getKey().key(), e.getKey().reason(), e.getValue()));
    }
    return new ReconciliationSection(
        r.reconciliation().rowsRead(),
        r.reconciliation().rowsCounted(),
        r.reconciliation().rowsExcluded(),
        reasons);
  }

  static ProblemSection problems(RosterReading r) {
    List<ProblemSection.KindCount> byKind = new ArrayList<>();
    long errors = 0;
    for (ProblemKind kind : ProblemKind.values()) {
      long n = r.problemCounts().getOrDefault(kind, 0L);
      if (n > 0) {
        byKind.add(new ProblemSection.KindCount(kind.key(), severity(kind), n));
        if (kind.severity() == ProblemKind.Severity.ERROR) {
          errors += n;
        }
      }
    }
    List<ProblemSection.Problem> listed = new ArrayList<>();
    for (RowProblem p : r.problems()) {
      listed.add(
          new ProblemSection.Problem(
              p.line(), p.column(), severity(p.kind()), p.kind().key(), p.message()));
    }
    return new ProblemSection(
        r.problemTotal(),
        errors,
        r.problemTotal() - errors,
        byKind,
        listed,
        r.problemTotal() - listed.size());
  }

  /** What a reader of an analysis must know about the roster: excluded rows, assumptions. */
  static List<String> warnings(RosterReading r) {
    List<String> warnings = new ArrayList<>();
    long excluded = r.reconciliation().rowsExcluded();
    if (excluded > 0) {
      warnings.add(
          excluded
              + " of "
              + r.reconciliation().rowsRead()
              + " roster rows were excluded ("
              + String.join(", ", reasons(r))
              + "); 'divcalc validate' lists them by line");
    }
    long trailing = r.problemCounts().getOrDefault(ProblemKind.TRAILING_DELIMITER, 0L);
    if (trailing > 0) {
      warnings.add(
          trailing
              + " of "
              + r.reconciliation().rowsRead()
              + " roster rows end with a delimiter after the last column; the empty field it"
              + " opens was ignored (if such a row's values do not fit their columns, a value"
              + " holding an unquoted delimiter may have shifted them)");
    }
    for (org.divcalc.roster.ColumnMapping m : r.mapping().mappings()) {
      int also = m.reason().indexOf("; column ");
      if (also >= 0) {
        // two columns could be the field: which one was taken is never silent
        warnings.add(
            "the "
                + m.field().canonicalName()
                + " column is '"
                + m.header()
                + "' (column "
                + (m.index() + 1)
                + ")"
                + m.reason().substring(also));
      }
    }
    warnings.addAll(r.notes());
    return warnings;
  }

  private static List<String> reasons(RosterReading r) {
    List<String> reasons = new ArrayList<>();
    r.reconciliation()
        .excludedByReason()
        .forEach((kind, n) -> reasons.add(kind.reason() + ": " + n));
    return reasons;
  }

  /** Warnings on stderr, unless --quiet. */
  static void printWarnings(List<String> warnings, CommonOptions common, PrintWriter err) {
    if (common.quiet) {
      return;
    }
    for (String w : warnings) {
      err.println("divcalc: warning: " + w);
    }
    err.flush();
  }

  private static String severity(ProblemKind kind) {
    return kind.severity() == ProblemKind.Severity.ERROR ? "error" : "warning";
  }
}
