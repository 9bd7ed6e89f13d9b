package org.divcalc.domain;

import java.util.List;

/** Counts staff by grade and recorded sex as rows stream past; memory is fixed by the scale. */
public final class GenderTally {
  private final GradeScale scale;
  private final long[][] counts;

  public GenderTally(GradeScale scale) {
    this.scale = scale;
    this.counts = new long[scale.grades().size()][Sex.values().length];
  }

  /** Counts one staff member. */
  public void add(StaffMember staff) {
    add(staff, 1);
  }

  /** Counts {@code count} staff members like {@code staff}. */
  public void add(StaffMember staff, long count) {
    counts[staff.grade().rank()][staff.sex().ordinal()] += count;
  }

  /** The count at one grade. */
  public GenderCount at(Grade grade) {
    long[] c = counts[grade.rank()];
    return new GenderCount(
        c[Sex.FEMALE.ordinal()],
        c[Sex.MALE.ordinal()],
        c[Sex.OTHER.ordinal()],
        c[Sex.NOT_RECORDED.ordinal()]);
  }

  /** The scale the tally counts by. */
  public GradeScale scale() {
    return scale;
  }

  /** The table of the domain guide: grades, category subtotals, cumulative levels, total. */
  public List<GenderRow> rows() {
    return GenderLevels.rows(this);
  }
}
