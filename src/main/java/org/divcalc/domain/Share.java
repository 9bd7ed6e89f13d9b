package org.divcalc.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A part of a whole (a region's staff of all staff), kept as the two counts so that the exact ratio
 * is never lost and every rounding starts from it.
 *
 * @param part the part
 * @param whole the whole
 */
public record Share(long part, long whole) {
  public Share {
    if (part < 0 || whole < 0 || part > whole) {
      throw new IllegalArgumentException("not a share: " + part + " of " + whole);
    }
  }

  /**
   * part ÷ whole as a fraction rounded half up to {@code scale} decimals; empty when whole is 0.
   */
  public Optional<BigDecimal> fraction(int scale) {
    return ratio(1, scale);
  }

  /** part ÷ whole in per cent rounded half up to {@code scale} decimals; empty when whole is 0. */
  public Optional<BigDecimal> percent(int scale) {
    return ratio(100, scale);
  }

  private Optional<BigDecimal> ratio(int multiplier, int scale) {
    if (whole == 0) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(part)
            .multiply(BigDecimal.valueOf(multiplier))
            .divide(BigDecimal.valueOf(whole), MathContext.DECIMAL128)
            .setScale(scale, RoundingMode.HALF_UP));
  }
}
