package org.divcalc.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A target share of women at one level, and how a count measures up to it.
 *
 * @param level key of the level the target applies to ("P-5+", "P-4", "all", ...)
 * @param percent the target in per cent, 0 to 100
 */
public record GenderTarget(String level, BigDecimal percent) {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public GenderTarget {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(percent, "percent");
    if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
      throw new IllegalArgumentException("a target is a percentage from 0 to 100: " + percent);
    }
  }

  /** Whether a level with this count meets the target. */
  public enum Status {
    MET,
    NOT_MET,
    /** Nobody at the level has a recorded sex: the target can be neither met nor missed. */
    NO_STAFF
  }

  /** Met when women ÷ recorded ≥ target, compared exactly (women × 100 ≥ target × recorded). */
  public Status status(GenderCount count) {
    if (count.recorded() == 0) {
      return Status.NO_STAFF;
    }
    return womenNeeded(count) == 0 ? Status.MET : Status.NOT_MET;
  }

  /**
   * The smallest whole k ≥ 0 with (women + k) ÷ recorded ≥ target: how many more women at the level
   * would meet the target with the same headcount, assuming k posts change hands.
   */
  public long womenNeeded(GenderCount count) {
    BigDecimal required =
        percent
            .multiply(BigDecimal.valueOf(count.recorded()))
            .divide(HUNDRED)
            .setScale(0, RoundingMode.CEILING);
    long k = required.longValueExact() - count.women();
    return Math.max(0, k);
  }
}
