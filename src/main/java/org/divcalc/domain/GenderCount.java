package org.divcalc.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Staff counted by recorded sex. The women's share is women ÷ staff whose sex is recorded (women,
 * men and other); staff with no recorded sex are counted but left out of it.
 *
 * @param women staff recorded as female
 * @param men staff recorded as male
 * @param other staff recorded as neither (e.g. X); in the denominator
 * @param notRecorded staff with no recorded sex; not in the denominator
 */
public record GenderCount(long women, long men, long other, long notRecorded) {
  public static final GenderCount ZERO = new GenderCount(0, 0, 0, 0);

  public GenderCount {
    if (women < 0 || men < 0 || other < 0 || notRecorded < 0) {
      throw new IllegalArgumentException("counts cannot be negative");
    }
  }

  /** The denominator of the women's share. */
  public long recorded() {
    return women + men + other;
  }

  /** Every staff member, recorded or not. */
  public long total() {
    return recorded() + notRecorded;
  }

  /** The count plus another. */
  public GenderCount plus(GenderCount o) {
    return new GenderCount(
        women + o.women, men + o.men, other + o.other, notRecorded + o.notRecorded);
  }

  /** The count plus one staff member. */
  public GenderCount plus(Sex sex) {
    return plus(sex, 1);
  }

  /** The count plus {@code n} staff members of one sex. */
  public GenderCount plus(Sex sex, long n) {
    return switch (sex) {
      case FEMALE -> new GenderCount(women + n, men, other, notRecorded);
      case MALE -> new GenderCount(women, men + n, other, notRecorded);
      case OTHER -> new GenderCount(women, men, other + n, notRecorded);
      case NOT_RECORDED -> new GenderCount(women, men, other, notRecorded + n);
    };
  }

  /**
   * Women ÷ recorded as a fraction rounded half up to {@code scale} decimals; empty when nobody has
   * a recorded sex.
   */
  public Optional<BigDecimal> womenShare(int scale) {
    return ratio(1, scale);
  }

  /**
   * Women ÷ recorded in per cent, rounded half up to {@code scale} decimals straight from the exact
   * ratio (never from an already rounded share); empty when nobody has a recorded sex.
   */
  public Optional<BigDecimal> womenPercent(int scale) {
    return ratio(100, scale);
  }

  private Optional<BigDecimal> ratio(int multiplier, int scale) {
    if (recorded() == 0) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(women * multiplier)
            .divide(BigDecimal.valueOf(recorded()), MathContext.DECIMAL128)
            .setScale(scale, RoundingMode.HALF_UP));
  }
}
