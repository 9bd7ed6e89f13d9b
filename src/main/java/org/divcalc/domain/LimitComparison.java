package org.divcalc.domain;

/** Whether a staff count is compared with the rounded limits (as published) or the exact ones. */
public enum LimitComparison {
  /** Limits rounded to whole posts, as printed in governing-body documents. */
  ROUNDED,
  /** Limits as computed, before rounding. */
  EXACT;

  /** The lower-case name used in scheme files and reports. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
