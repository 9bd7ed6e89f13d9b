package org.divcalc.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Counts, for the staff a scheme's rules leave out of geographical distribution, the rule that left
 * each out, so that a report with nobody subject to geographical distribution can say why (a
 * funding column left blank, say) rather than show every State unrepresented without a word.
 */
public final class GeographicalFunnel implements StaffCounter {
  private final GeographicalRules rules;
  private final Map<GeographicalRules.LeftOut, Long> leftOut =
      new EnumMap<>(GeographicalRules.LeftOut.class);
  private long offered;
  private long subject;
  private long blankFunding;
  private long byColumn;

  /**
   * The values of funding, appointment type and post type that a rule read and neither the domain
   * nor the scheme knows, with how many staff have each (at most {@link #MAX_UNKNOWN} distinct).
   */
  private final Unknown unknownFunding = new Unknown();

  private final Unknown unknownAppointments = new Unknown();
  private final Unknown unknownPostTypes = new Unknown();

  /** Distinct unknown values remembered per column; the rest are only counted. */
  static final int MAX_UNKNOWN = 1000;

  /**
   * Staff a value must have for a warning to quote it: a value on one or two rows could be a name
   * that an unquoted delimiter shifted into the column.
   */
  static final int QUOTED_FROM = 3;

  /** The grades the rules list beside their categories that some staff member has. */
  private final java.util.Set<String> gradesMet = new java.util.TreeSet<>();

  public GeographicalFunnel(GeographicalRules rules) {
    this.rules = rules;
  }

  @Override
  public void accept(StaffMember staff, long count) {
    count(staff, count);
  }

  /**
   * Counts {@code count} staff like {@code staff}; returns the rule that left them out, or null.
   */
  public GeographicalRules.LeftOut count(StaffMember staff, long count) {
    offered += count;
    if (staff.geographical() != null) {
      byColumn += count;
    }
    if (!rules.grades().isEmpty() && rules.grades().contains(staff.grade().code())) {
      gradesMet.add(staff.grade().code());
    }
    GeographicalRules.LeftOut why = rules.leftOut(staff);
    if (staff.geographical() == null && why != GeographicalRules.LeftOut.GRADE) {
      // each rule reads its column only for the staff the rules before it kept
      unknownFunding.note(rules.funding(), staff.funding(), PostValues.FUNDING, count);
      if (why != GeographicalRules.LeftOut.FUNDING) {
        unknownAppointments.note(
            rules.excludedAppointments(), staff.appointment(), PostValues.APPOINTMENTS, count);
        if (why != GeographicalRules.LeftOut.APPOINTMENT) {
          unknownPostTypes.note(
              rules.excludedPostTypes(), staff.postType(), PostValues.POST_TYPES, count);
        }
      }
    }
    if (why == null) {
      subject += count;
      return null;
    }
    leftOut.merge(why, count, Long::sum);
    if (why == GeographicalRules.LeftOut.FUNDING && staff.funding().isBlank()) {
      blankFunding += count;
    }
    return why;
  }

  /**
   * The grades the rules count beside their categories that no staff member offered has: a grade
   * spelled otherwise than the grade scale spells it never matches.
   */
  public java.util.Set<String> gradesNeverMet() {
    java.util.Set<String> never = new java.util.TreeSet<>(rules.grades());
    never.removeAll(gradesMet);
    return never;
  }

  /**
   * Whether the roster's geographical column decided for every staff member read (and some were
   * read): the rules on funding, appointment and post type then decided nothing.
   */
  public boolean columnDecidedAll() {
    return offered > 0 && byColumn == offered;
  }

  /**
   * A warning for each rule column with values that neither the domain nor the scheme knows, which
   * the rule then read as "not RB", "not temporary" or "not a language post" without a word.
   */
  public List<String> unknownValueWarnings(int minCell) {
    int quotedFrom = Math.max(QUOTED_FROM, minCell);
    List<String> warnings = new ArrayList<>();
    unknownFunding
        .warning(
            quotedFrom,
            "funding",
            "RB, XB and PK",
            "the scheme counts only "
                + String.join(", ", new TreeSet<>(rules.funding()))
                + ", so they are not subject to geographical distribution")
        .ifPresent(warnings::add);
    unknownAppointments
        .warning(
            quotedFrom,
            "appointment",
            "permanent, continuing, fixed-term and temporary",
            "the scheme excludes only "
                + String.join(", ", new TreeSet<>(rules.excludedAppointments()))
                + ", so they are counted")
        .ifPresent(warnings::add);
    unknownPostTypes
        .warning(
            quotedFrom,
            "post type",
            "language",
            "the scheme excludes only "
                + String.join(", ", new TreeSet<>(rules.excludedPostTypes()))
                + " posts, so they are counted")
        .ifPresent(warnings::add);
    return warnings;
  }

  /** The unknown values of one rule column, with the staff who have each. */
  private static final class Unknown {
    private final Map<String, Long> staff = new java.util.HashMap<>();
    private long total;
    private long beyondCap;

    void note(
        java.util.Set<String> ruleValues,
        String value,
        java.util.Set<String> domainValues,
        long count) {
      if (ruleValues.isEmpty()
          || value.isEmpty()
          || domainValues.contains(value)
          || GeographicalRules.matches(ruleValues, value)) {
        return;
      }
      total += count;
      if (staff.size() < MAX_UNKNOWN || staff.containsKey(value)) {
        staff.merge(value, count, Long::sum);
      } else {
        beyondCap += count;
      }
    }

    java.util.Optional<String> warning(
        int quotedFrom, String column, String known, String consequence) {
      if (total == 0) {
        return java.util.Optional.empty();
      }
      List<Map.Entry<String, Long>> shown =
          staff.entrySet().stream()
              .filter(e -> e.getValue() >= quotedFrom)
              .sorted(
                  Map.Entry.<String, Long>comparingByValue()
                      .reversed()
                      .thenComparing(Map.Entry.comparingByKey()))
              .toList();
      List<String> parts = new ArrayList<>();
      for (Map.Entry<String, Long> e : shown.subList(0, Math.min(shown.size(), 10))) {
        parts.add("'" + e.getKey() + "' (" + e.getValue() + ")");
      }
      long hidden = staff.size() - Math.min(shown.size(), 10);
      if (hidden > 0 || beyondCap > 0) {
        parts.add(
            (beyondCap > 0 ? "more" : Long.toString(hidden))
                + " other value(s) not quoted (a value is quoted when at least "
                + quotedFrom
                + " staff have it"
                + (quotedFrom > QUOTED_FROM
                    ? ", --min-cell"
                    : ": one on fewer rows could be personal data shifted into the column")
                + ")");
      }
      return java.util.Optional.of(
          column
              + ": "
              + total
              + (total == 1 ? " staff member has" : " staff have")
              + " a value other than "
              + known
              + " (in any spelling the README lists) or one the scheme names: "
              + String.join(", ", parts)
              + "; "
              + consequence
              + ". Write the values as the domain does, or name them in a scheme (--scheme)");
    }
  }

  /** Staff offered to the rules. */
  public long offered() {
    return offered;
  }

  /** Staff counted by the rules. */
  public long subject() {
    return subject;
  }

  /** Staff left out by {@code why}. */
  public long leftOut(GeographicalRules.LeftOut why) {
    return leftOut.getOrDefault(why, 0L);
  }

  /**
   * A warning when staff were read but none is subject to geographical distribution, with how many
   * each rule left out; null otherwise.
   */
  public String warning() {
    if (offered == 0 || subject > 0) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    add(parts, GeographicalRules.LeftOut.COLUMN, "by the roster's geographical column");
    add(parts, GeographicalRules.LeftOut.GRADE, "by grade (the scheme counts " + levels() + ")");
    long funding = leftOut(GeographicalRules.LeftOut.FUNDING);
    if (funding > 0) {
      parts.add(
          funding
              + " by funding (the scheme counts "
              + String.join(", ", new TreeSet<>(rules.funding()))
              + " only"
              + (blankFunding > 0 ? "; the funding is blank for " + blankFunding + " of them" : "")
              + ")");
    }
    add(
        parts,
        GeographicalRules.LeftOut.APPOINTMENT,
        "by appointment type (the scheme excludes "
            + String.join(", ", new TreeSet<>(rules.excludedAppointments()))
            + ")");
    add(
        parts,
        GeographicalRules.LeftOut.POST_TYPE,
        "by post type (the scheme excludes "
            + String.join(", ", new TreeSet<>(rules.excludedPostTypes()))
            + ")");
    return "nobody is subject to geographical distribution: of the "
        + offered
        + " staff counted, the scheme's rules left out "
        + String.join(", ", parts)
        + "; check the columns these rules read ('divcalc validate' shows how they were mapped)";
  }

  private void add(List<String> parts, GeographicalRules.LeftOut why, String how) {
    long n = leftOut(why);
    if (n > 0) {
      parts.add(n + " " + how);
    }
  }

  /** The categories and grades counted, in scale order then alphabetical, as the rules say. */
  private String levels() {
    List<String> all = new ArrayList<>();
    rules.categories().stream().sorted().forEach(c -> all.add(c.label()));
    String categories =
        all.isEmpty()
            ? ""
            : "the "
                + String.join(", ", all).replaceFirst(", ([^,]*)$", " and $1")
                + (all.size() == 1 ? " category" : " categories");
    String grades = String.join(", ", new TreeSet<>(rules.grades()));
    if (grades.isEmpty()) {
      return categories;
    }
    return categories.isEmpty() ? "grades " + grades : categories + " and grades " + grades;
  }
}
