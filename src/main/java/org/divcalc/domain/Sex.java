package org.divcalc.domain;

/** Sex or gender as recorded in the roster, reduced to the classes the gender statistics use. */
public enum Sex {
  FEMALE,
  MALE,
  /** Recorded, but neither female nor male (for example {@code X}); counts in the denominator. */
  OTHER,
  /** Nothing recorded; reported separately and left out of the denominator. */
  NOT_RECORDED;

  /** True when the staff member counts in the denominator of the women's share. */
  public boolean isRecorded() {
    return this != NOT_RECORDED;
  }
}
