package org.divcalc.render;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How exact decimals are printed: in full, or to a fixed number of places for reading. */
public final class Decimals {
  private Decimals() {}

  /** Every digit, no exponent, no trailing zeros ("202.5771", "3400"); empty for null. */
  public static String exact(BigDecimal value) {
    if (value == null) {
      return "";
    }
    BigDecimal v = value.stripTrailingZeros();
    return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
  }

  /** As given, with its trailing zeros ("0.40", "22.000"): published values print as published. */
  public static String given(BigDecimal value) {
    return value == null ? "" : value.toPlainString();
  }

  /** Rounded half up to {@code places} decimals for display ("212.712"); empty for null. */
  public static String fixed(BigDecimal value, int places) {
    return value == null ? "" : value.setScale(places, RoundingMode.HALF_UP).toPlainString();
  }

  /** A fraction as a percentage ("0.15" → "15"). */
  public static String percent(BigDecimal fraction) {
    return exact(fraction.movePointRight(2));
  }
}
