package org.divcalc.domain;

import java.util.Locale;
import java.util.Objects;

/**
 * Geographical staff whose nationality is not a Member State on the as-of date: counted and
 * reported apart, never dropped.
 *
 * @param code alpha-3 code, or STATELESS / UNKNOWN
 * @param kind why it is not in the membership
 * @param staff how many staff
 */
public record NonMemberCount(String code, Kind kind, long staff) {
  /** Why a nationality is outside the membership. */
  public enum Kind {
    OBSERVER_STATE("non-member observer State"),
    NOT_A_MEMBER_ON_DATE("not a Member State on the as-of date"),
    OTHER_AREA("not a UN Member or observer State"),
    STATELESS("stateless"),
    UNKNOWN("nationality unknown");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    public String key() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  public NonMemberCount {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(kind, "kind");
  }
}
