package org.divcalc.domain;

import java.util.Objects;

/**
 * A Member State of the membership a report covers.
 *
 * @param iso3 ISO 3166-1 alpha-3 code
 * @param name name printed in reports
 */
public record MemberState(String iso3, String name) {
  public MemberState {
    Objects.requireNonNull(iso3, "iso3");
    Objects.requireNonNull(name, "name");
  }
}
