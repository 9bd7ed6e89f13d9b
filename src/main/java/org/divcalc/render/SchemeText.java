package org.divcalc.render;

import java.util.ArrayList;
import java.util.List;
import org.divcalc.report.SchemeSection;

/** The lines describing a scheme's parameters and counting rules, shared by the range reports. */
final class SchemeText {
  private SchemeText() {}

  /** One sentence per line, no indentation. */
  static List<String> lines(SchemeSection s) {
    return lines(s, true);
  }

  /**
   * The same; without {@code formula} (the ranges are a published table) the formula's weights,
   * flexibility and rounding, which decide nothing then, give way to one line that says so.
   */
  static List<String> lines(SchemeSection s, boolean formula) {
    List<String> lines = new ArrayList<>();
    lines.add(
        "Scheme "
            + s.name()
            + " ("
            + s.origin()
            + (s.sha256().isEmpty() ? "" : ", sha256 " + s.sha256())
            + "), valid "
            + (s.validTo() == null ? "from " + s.validFrom() : s.validFrom() + ".." + s.validTo())
            + ": "
            + s.description());
    if (!formula) {
      lines.add(
          "The scheme's formula (weights, flexibility, rounding) is not used: the ranges are a"
              + " published table, and counts are compared with its limits as given.");
    }
    lines.addAll(formula ? formulaLines(s) : List.of());
    SchemeSection.Counting c = s.counting();
    lines.add(
        "Staff counted: categories "
            + String.join(", ", c.categories())
            + (c.grades().isEmpty() ? "" : "; grades " + String.join(", ", c.grades()))
            + "; funding "
            + (c.funding().isEmpty() ? "any" : String.join(", ", c.funding()))
            + "; excluding appointments "
            + orNone(c.excludedAppointments())
            + "; excluding post types "
            + orNone(c.excludedPostTypes())
            + "; "
            + c.override()
            + ".");
    return lines;
  }

  private static List<String> formulaLines(SchemeSection s) {
    List<String> lines = new ArrayList<>();
    lines.add(
        "Weights: membership "
            + Decimals.given(s.membershipWeight())
            + ", population "
            + Decimals.given(s.populationWeight())
            + ", contribution "
            + Decimals.given(s.contributionWeight())
            + ".");
    lines.add(
        "Flexibility "
            + Decimals.percent(s.flexibility())
            + " % of the midpoint, at least "
            + Decimals.given(s.minimumFlexibility())
            + " posts; upper limit at least "
            + Decimals.given(s.upperLimitFloor())
            + " posts; lower limit at least "
            + Decimals.given(s.minimumPosts())
            + " posts.");
    lines.add(
        "Limits rounded "
            + s.rounding()
            + " to whole posts from the unrounded midpoint; counts are compared with the "
            + s.compareWith()
            + " limits.");
    return lines;
  }

  private static String orNone(List<String> values) {
    return values.isEmpty() ? "none" : String.join(", ", values);
  }
}
