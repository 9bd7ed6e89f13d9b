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
    for (String v : values) {
      set.add(fold(v));
    }
    this.values = set;
    this.written = List.copyOf(values);
    this.value = Objects.requireNonNull(value, "value");
  }

  private static String fold(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }

  /** True when the staff member passes the filter. */
  public boolean test(StaffMember staff) {
    return values.contains(fold(value.apply(staff))) != negated;
  }

  /** "funding=RB" or "appointment!=temporary", values as given (after normalisation). */
  public String describe() {
    return column + (negated ? "!=" : "=") + String.join(",", written);
  }
}
