package org.divcalc.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The levels a gender table reports: each grade present, each category present, the cumulative
 * levels of the domain guide and the grand total.
 *
 * <p>"P-5 and above" (the ILO's senior-staff indicator) is P-5, D-1, D-2 and ungraded; "D-1 and
 * above" is the UN's senior level; "Professional and higher" is P, D and ungraded.
 */
public final class GenderLevels {
  /** The cumulative levels, highest threshold first. */
  public enum Cumulative {
    P5_AND_ABOVE("P-5+", "P-5 and above", "P-5"),
    D1_AND_ABOVE("D-1+", "D-1 and above", "D-1"),
    PROFESSIONAL_AND_HIGHER("P+", "Professional and higher", null);

    private final String key;
    private final String label;
    private final String threshold;

    Cumulative(String key, String label, String threshold) {
      this.key = key;
      this.label = label;
      this.threshold = threshold;
    }

    public String key() {
      return key;
    }

    public String label() {
      return label;
    }

    /**
     * Which grades of a scale the level takes, or empty when the scale has no threshold grade (an
     * organization's own scale without P-5, say). The threshold is found by its spelling ("P5" is
     * P-5); the level takes every grade of a more senior category (ungraded above director above
     * professional) and the grades of the threshold's own category listed at or above it, so that
     * the order of the categories in a scale file does not matter.
     */
    public Optional<Predicate<Grade>> members(GradeScale scale) {
      if (threshold == null) {
        return Optional.of(g -> g.category().isProfessionalAndHigher());
      }
      return scale
          .lookup(threshold)
          .filter(t -> t.category().isProfessionalAndHigher())
          .map(
              t ->
                  g ->
                      g.category().isProfessionalAndHigher()
                          && (seniority(g.category()) > seniority(t.category())
                              || (g.category() == t.category() && g.rank() <= t.rank())));
    }

    private static int seniority(GradeCategory c) {
      return switch (c) {
        case UNGRADED -> 3;
        case DIRECTOR -> 2;
        case PROFESSIONAL -> 1;
        default -> 0;
      };
    }

    /** The grade the level starts from ("P-5"), or null for Professional and higher. */
    public String threshold() {
      return threshold;
    }
  }

  public static final String TOTAL_KEY = "all";

  private GenderLevels() {}

  static List<GenderRow> rows(GenderTally tally) {
    GradeScale scale = tally.scale();
    List<GenderRow> rows = new ArrayList<>();
    GradeCategory current = null;
    GenderCount subtotal = GenderCount.ZERO;
    for (Grade g : scale.grades()) {
      GenderCount c = tally.at(g);
      if (current != null && g.category() != current) {
        addCategory(rows, current, subtotal);
        subtotal = GenderCount.ZERO;
      }
      current = g.category();
      subtotal = subtotal.plus(c);
      if (c.total() > 0) {
        rows.add(new GenderRow(g.code(), g.code(), GenderRow.Kind.GRADE, c));
      }
    }
    addCategory(rows, current, subtotal);
    for (Cumulative level : Cumulative.values()) {
      level
          .members(scale)
          .ifPresent(
              members -> {
                GenderCount sum = GenderCount.ZERO;
                for (Grade g : scale.grades()) {
                  if (members.test(g)) {
                    sum = sum.plus(tally.at(g));
                  }
                }
                rows.add(new GenderRow(level.key(), level.label(), GenderRow.Kind.CUMULATIVE, sum));
              });
    }
    GenderCount total = GenderCount.ZERO;
    for (Grade g : scale.grades()) {
      total = total.plus(tally.at(g));
    }
    rows.add(new GenderRow(TOTAL_KEY, "All staff", GenderRow.Kind.TOTAL, total));
    return rows;
  }

  private static void addCategory(List<GenderRow> rows, GradeCategory category, GenderCount c) {
    if (category != null && c.total() > 0) {
      rows.add(new GenderRow(category.key(), category.label(), GenderRow.Kind.CATEGORY, c));
    }
  }

  /**
   * The row key a user's level name stands for: a grade in any spelling the scale knows, a
   * category, "P-5+" / "P-5 and above", "D-1+", "P+" / "Professional and higher", or "all".
   */
  public static Optional<String> resolve(String name, GradeScale scale) {
    String k = GradeScale.key(name).replace("ANDABOVE", "+").replace("ANDHIGHER", "+");
    switch (k) {
      case "P5+":
        return Optional.of(Cumulative.P5_AND_ABOVE.key());
      case "D1+":
        return Optional.of(Cumulative.D1_AND_ABOVE.key());
      case "P+":
      case "PROFESSIONAL+":
        return Optional.of(Cumulative.PROFESSIONAL_AND_HIGHER.key());
      case "ALL":
      case "TOTAL":
      case "ALLSTAFF":
        return Optional.of(TOTAL_KEY);
      default:
        break;
    }
    Optional<Grade> grade = scale.lookup(name);
    if (grade.isPresent()) {
      return Optional.of(grade.get().code());
    }
    GradeCategory category = GradeCategory.fromKey(name.toLowerCase(Locale.ROOT).replace(' ', '-'));
    return Optional.ofNullable(category).map(GradeCategory::key);
  }
}
