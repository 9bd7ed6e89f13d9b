package org.divcalc.domain;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A {@code --where} condition: a column's (normalised) value is, or is not, one of a set of values,
 * compared ignoring case and surrounding spaces.
 */
public final class StaffFilter {
  private final String column;
  private final boolean negated;
  private final Set<String> values;
  private final List<String> written;
  private final Function<StaffMember, String> value;

  /** The values some staff member tested had (folded); a value never met is said in reports. */
  private final Set<String> met = new java.util.HashSet<>();

  private boolean tested;

  /**
   * A filter.
   *
   * @param column the column or field name as the user wrote it, for reports
   * @param negated true for {@code !=}
   * @param values the accepted (or, when negated, rejected) values, already normalised
   * @param value how to read the normalised value from a staff member
   */
  public StaffFilter(
      String column, boolean negated, List<String> values, Function<StaffMember, String> value) {
    this.column = Objects.requireNonNull(column, "column");
    this.negated = negated;
    if (values.isEmpty()) {
      throw new IllegalArgumentException("a filter needs at least one value");
    }
    TreeSet<String> set = new TreeSet<>();
    List<String> distinct = new java.util.ArrayList<>();
    for (String v : values) {
      // two spellings of one value ("Regular budget,RB", "P5,P-5") are said once, as normalised
      if (set.add(fold(v))) {
        distinct.add(v);
      }
    }
    this.values = set;
    this.written = List.copyOf(distinct);
    this.value = Objects.requireNonNull(value, "value");
  }

  private static String fold(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }

  /** True when the staff member passes the filter. */
  public boolean test(StaffMember staff) {
    tested = true;
    String v = fold(value.apply(staff));
    boolean in = values.contains(v);
    if (in) {
      met.add(v);
    }
    return in != negated;
  }

  /**
   * "funding=RB" or "appointment!=temporary", values as given (after normalisation); with the
   * values no staff member had, once staff were tested: "org_unit=OCHA,Geneva (no staff member has
   * Geneva)", so that a misspelt value, or one cut at a comma, does not go unnoticed.
   */
  public String describe() {
    List<String> shown = new java.util.ArrayList<>();
    for (String w : written) {
      // a value holding a comma is quoted, as it is given, so that it reads as one value
      shown.add(w.indexOf(',') >= 0 ? '"' + w.replace("\"", "\"\"") + '"' : w);
    }
    String d = column + (negated ? "!=" : "=") + String.join(",", shown);
    List<String> never = new java.util.ArrayList<>();
    for (String w : written) {
      if (!met.contains(fold(w)) && !never.contains(w)) {
        never.add(w);
      }
    }
    return tested && !never.isEmpty()
        ? d + " (no staff member has " + String.join(", ", never) + ")"
        : d;
  }
}
