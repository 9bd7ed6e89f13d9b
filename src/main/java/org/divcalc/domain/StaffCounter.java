package org.divcalc.domain;

import java.util.function.Consumer;

/**
 * An analysis that only counts staff: being handed a staff member with a count is the same as being
 * handed that staff member that many times, in any order. That lets a reader add up identical rows
 * before handing them over.
 */
public interface StaffCounter extends Consumer<StaffMember> {
  /**
   * Counts {@code count} staff members equal to {@code staff}.
   *
   * @param count at least 1
   */
  void accept(StaffMember staff, long count);

  @Override
  default void accept(StaffMember staff) {
    accept(staff, 1);
  }
}
