package org.divcalc.reference;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A Member State or non-member observer State of the United Nations.
 *
 * @param iso3 ISO 3166-1 alpha-3 code, the key of every reference dataset
 * @param iso2 ISO 3166-1 alpha-2 code
 * @param m49 UN M49 numeric code, three digits
 * @param name UN short name as printed in A/RES/79/249
 * @param protocolShortName UNTERM short name, without the trailing "(the)" and asterisk
 * @param protocolFormalName UNTERM formal name, without the leading "the" and asterisk
 * @param observer true for a non-member observer State (Holy See, State of Palestine)
 * @param admitted date of admission to the UN, or null for an observer State
 */
public record State(
    String iso3,
    String iso2,
    String m49,
    String name,
    String protocolShortName,
    String protocolFormalName,
    boolean observer,
    LocalDate admitted) {
  public State {
    Objects.requireNonNull(iso3, "iso3");
    Objects.requireNonNull(name, "name");
    if (!iso3.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("not an alpha-3 code: " + iso3);
    }
    if (!observer && admitted == null) {
      throw new IllegalArgumentException(iso3 + ": a Member State needs an admission date");
    }
  }

  /** True when the State was a Member State on the given date. */
  public boolean isMemberOn(LocalDate date) {
    return !observer && !admitted.isAfter(date);
  }
}
