package org.divcalc.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A system of desirable ranges: the formula's parameters, the rules saying which staff count, and
 * the period the scheme is valid for.
 *
 * @param name short identifier printed in reports
 * @param description what the scheme is and where its values come from
 * @param validFrom first day the scheme applies
 * @param validTo last day the scheme applies, or null when open-ended
 * @param parameters the formula's parameters
 * @param rules which staff are subject to geographical distribution
 */
public record RangeScheme(
    String name,
    String description,
    LocalDate validFrom,
    LocalDate validTo,
    RangeParameters parameters,
    GeographicalRules rules) {

  /** The name of the built-in scheme. */
  public static final String UN_SECRETARIAT_1988 = "un-secretariat-1988";

  public RangeScheme {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(validFrom, "validFrom");
    Objects.requireNonNull(parameters, "parameters");
    Objects.requireNonNull(rules, "rules");
    if (validTo != null && validTo.isBefore(validFrom)) {
      throw new IllegalArgumentException(
          "validTo " + validTo + " is before validFrom " + validFrom);
    }
  }

  /**
   * The UN Secretariat's system of 1988–2023 (General Assembly resolution 42/220 A; replaced from 1
   * January 2024 by resolution 77/278).
   */
  public static RangeScheme unSecretariat1988() {
    return new RangeScheme(
        UN_SECRETARIAT_1988,
        "UN Secretariat system of desirable ranges, 1988-2023 (GA resolution 42/220 A and"
            + " following; replaced from 1 January 2024 by resolution 77/278)",
        LocalDate.of(1988, 1, 1),
        LocalDate.of(2023, 12, 31),
        RangeParameters.unSecretariat1988(),
        GeographicalRules.unSecretariat1988());
  }

  /** True when the date falls within the period the scheme is valid for. */
  public boolean isValidOn(LocalDate date) {
    return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
  }

  /** "1988-01-01..2023-12-31", or "from 2004-01-01" when open-ended. */
  public String validity() {
    return validTo == null ? "from " + validFrom : validFrom + ".." + validTo;
  }
}
