package org.divcalc.domain;

import java.util.Set;
import java.util.TreeSet;

/**
 * Which staff are subject to geographical distribution under a scheme; a roster's explicit
 * geographical flag, when present, overrides these rules.
 *
 * @param categories grade categories counted
 * @param grades canonical grade codes counted besides the categories (usually none)
 * @param funding funding codes counted (matched ignoring case); empty means any funding
 * @param excludedAppointments appointment types not counted (case-insensitive)
 * @param excludedPostTypes post types not counted (case-insensitive)
 */
public record GeographicalRules(
    Set<GradeCategory> categories,
    Set<String> grades,
    Set<String> funding,
    Set<String> excludedAppointments,
    Set<String> excludedPostTypes) {

  public GeographicalRules {
    categories = Set.copyOf(categories);
    grades = Set.copyOf(grades);
    // in the domain's spelling, as the roster's values are read ("Regular budget" is RB)
    funding = canonical(funding, PostValues::funding);
    excludedAppointments = canonical(excludedAppointments, PostValues::appointment);
    excludedPostTypes = canonical(excludedPostTypes, PostValues::postType);
  }

  /**
   * The UN Secretariat's rules of 1988–2023: Professional and higher, regular-budget posts,
   * excluding language posts and temporary appointments.
   */
  public static GeographicalRules unSecretariat1988() {
    return new GeographicalRules(
        Set.of(GradeCategory.UNGRADED, GradeCategory.DIRECTOR, GradeCategory.PROFESSIONAL),
        Set.of(),
        Set.of("RB"),
        Set.of("temporary"),
        Set.of("language"));
  }

  /** Why a staff member is not subject to geographical distribution: the first rule failed. */
  public enum LeftOut {
    /** The roster's geographical column says no. */
    COLUMN,
    /** A grade the scheme does not count. */
    GRADE,
    /** A funding the scheme does not count. */
    FUNDING,
    /** An excluded appointment type. */
    APPOINTMENT,
    /** An excluded post type. */
    POST_TYPE
  }

  /** True when the staff member is subject to geographical distribution. */
  public boolean counts(StaffMember staff) {
    return leftOut(staff) == null;
  }

  /** The first rule that leaves the staff member out, or null when he is counted. */
  public LeftOut leftOut(StaffMember staff) {
    if (staff.geographical() != null) {
      return staff.geographical() ? null : LeftOut.COLUMN;
    }
    if (!categories.contains(staff.grade().category()) && !grades.contains(staff.grade().code())) {
      return LeftOut.GRADE;
    }
    if (!funding.isEmpty() && !matches(funding, staff.funding())) {
      return LeftOut.FUNDING;
    }
    if (matches(excludedAppointments, staff.appointment())) {
      return LeftOut.APPOINTMENT;
    }
    if (matches(excludedPostTypes, staff.postType())) {
      return LeftOut.POST_TYPE;
    }
    return null;
  }

  /** The rules in words, one condition a line, for reports. */
  public java.util.List<String> describe() {
    java.util.List<String> lines = new java.util.ArrayList<>();
    lines.add(
        "a geographical column in the roster (if there is one), where it has a value, decides");
    java.util.List<String> levels = new java.util.ArrayList<>();
    categories.stream().sorted().forEach(c -> levels.add(c.key()));
    grades.stream().sorted().forEach(levels::add);
    lines.add("otherwise: grade category or grade one of " + String.join(", ", levels));
    lines.add(
        funding.isEmpty()
            ? "any funding"
            : "and funding one of " + String.join(", ", new TreeSet<>(funding)));
    if (!excludedAppointments.isEmpty()) {
      lines.add(
          "and appointment not one of " + String.join(", ", new TreeSet<>(excludedAppointments)));
    }
    if (!excludedPostTypes.isEmpty()) {
      lines.add("and post type not one of " + String.join(", ", new TreeSet<>(excludedPostTypes)));
    }
    return lines;
  }

  private static Set<String> canonical(
      Set<String> values, java.util.function.UnaryOperator<String> spelling) {
    Set<String> out = new TreeSet<>();
    for (String v : values) {
      out.add(spelling.apply(v.trim()));
    }
    return Set.copyOf(out);
  }

  /**
   * Whether {@code value}, as the roster reader gives it (in the domain's spelling where it is
   * one), is one of {@code values}, ignoring case.
   */
  static boolean matches(Set<String> values, String value) {
    if (values.isEmpty()) {
      return false;
    }
    String v = value.trim();
    for (String candidate : values) {
      if (candidate.equalsIgnoreCase(v)) {
        return true;
      }
    }
    return false;
  }
}
