package org.divcalc.domain;

import java.util.Locale;

/**
 * A Member State's status under the system of desirable ranges; the statuses partition the
 * membership.
 */
public enum RepresentationStatus {
  /** No national counted. */
  UNREPRESENTED("unrepresented"),
  /** 0 &lt; count &lt; lower limit. */
  UNDER_REPRESENTED("under-represented"),
  /** lower ≤ count ≤ upper. */
  WITHIN_RANGE("within range"),
  /** count &gt; upper limit. */
  OVER_REPRESENTED("over-represented"),
  /** A published table gave no range for the State, so no status can be given. */
  NO_RANGE("no range");

  private final String label;

  RepresentationStatus(String label) {
    this.label = label;
  }

  /** The name printed in reports. */
  public String label() {
    return label;
  }

  /** The lower-case, hyphenated key used in JSON and in {@code --status}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The status of a count against a range (null range: no range). */
  public static RepresentationStatus of(long count, DesirableRange range) {
    if (range == null) {
      return NO_RANGE;
    }
    if (count == 0) {
      return UNREPRESENTED;
    }
    java.math.BigDecimal c = java.math.BigDecimal.valueOf(count);
    if (c.compareTo(range.lower()) < 0) {
      return UNDER_REPRESENTED;
    }
    if (c.compareTo(range.upper()) > 0) {
      return OVER_REPRESENTED;
    }
    return WITHIN_RANGE;
  }
}
