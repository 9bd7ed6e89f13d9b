package org.divcalc.domain;

import java.util.Objects;

/**
 * A canonical grade of a grade scale.
 *
 * @param code the canonical code, e.g. {@code P-5}
 * @param category the staff category the grade belongs to
 * @param rank position in the scale, 0 for the highest grade
 */
public record Grade(String code, GradeCategory category, int rank) implements Comparable<Grade> {
  public Grade {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(category, "category");
    if (code.isBlank()) {
      throw new IllegalArgumentException("grade code is blank");
    }
    if (rank < 0) {
      throw new IllegalArgumentException("rank must not be negative: " + rank);
    }
  }

  /** Highest grade first. */
  @Override
  public int compareTo(Grade other) {
    return Integer.compare(rank, other.rank);
  }

  @Override
  public String toString() {
    return code;
  }

  // Written out, as a record would: the generated methods are linked at their first call, a few
  // milliseconds of every run's start-up for a type compared while the grade scale is built.
  @Override
  public boolean equals(Object o) {
    return o instanceof Grade g && rank == g.rank && code.equals(g.code) && category == g.category;
  }

  @Override
  public int hashCode() {
    return (31 * code.hashCode() + category.ordinal()) * 31 + rank;
  }
}
