package org.divcalc.domain;

import java.util.Objects;
import java.util.function.Function;

/**
 * One usable roster row after normalisation.
 *
 * <p>The staff id is deliberately absent: nothing downstream of the reader needs it, and reports
 * must not print it.
 *
 * @param line physical line of the file on which the row starts
 * @param sex recorded sex
 * @param grade canonical grade
 * @param nationality normalised nationality
 * @param funding source of funds as written (trimmed), or empty
 * @param appointment appointment type as written (trimmed), or empty
 * @param postType special post type as written (trimmed), or empty
 * @param geographical the explicit "subject to geographical distribution" flag, or null when the
 *     roster has no such column
 * @param columns any roster column by header name, for breakdowns and filters
 */
public record StaffMember(
    long line,
    Sex sex,
    Grade grade,
    Nationality nationality,
    String funding,
    String appointment,
    String postType,
    Boolean geographical,
    Function<String, String> columns) {
  public StaffMember {
    Objects.requireNonNull(sex, "sex");
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(nationality, "nationality");
    Objects.requireNonNull(funding, "funding");
    Objects.requireNonNull(appointment, "appointment");
    Objects.requireNonNull(postType, "postType");
    Objects.requireNonNull(columns, "columns");
  }

  /** The value of any roster column by header name (empty when absent). */
  public String column(String header) {
    String v = columns.apply(header);
    return v == null ? "" : v;
  }
}
