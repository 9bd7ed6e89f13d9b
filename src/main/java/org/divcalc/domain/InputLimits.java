package org.divcalc.domain;

import java.math.BigDecimal;

/** Bounds on the numbers divcalc takes from options and files. */
public final class InputLimits {
  /**
   * The largest number an option or a reference file may give: far above any staff count, limit,
   * rate, population or base figure, and small enough that no count derived from it overflows a
   * long (found in session 8's defect hunt: 10^19 overflowed as an internal error).
   */
  public static final BigDecimal LARGEST = BigDecimal.TEN.pow(15);

  private InputLimits() {}
}
