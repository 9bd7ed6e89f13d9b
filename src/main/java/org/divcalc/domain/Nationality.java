package org.divcalc.domain;

import java.util.Objects;

/**
 * A staff member's nationality for geographical purposes, after normalisation.
 *
 * @param code ISO 3166-1 alpha-3 code of the State or area, or {@code STATELESS} / {@code UNKNOWN}
 * @param kind whether the code is a Member State, an observer State, another country or area,
 *     stateless or unknown
 */
public record Nationality(String code, Kind kind) {
  /** What sort of nationality this is. */
  public enum Kind {
    MEMBER_STATE,
    OBSERVER_STATE,
    /**
     * A country or area that is neither a UN Member State nor an observer State (Cook Islands,
     * Kosovo): reported apart, assigned to no State.
     */
    OTHER_AREA,
    STATELESS,
    UNKNOWN
  }

  public static final Nationality STATELESS = new Nationality("STATELESS", Kind.STATELESS);
  public static final Nationality UNKNOWN = new Nationality("UNKNOWN", Kind.UNKNOWN);

  public Nationality {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(kind, "kind");
  }

  // Written out, as a record would: the generated methods are linked at their first call, which
  // costs start-up, and run slowly until compiled, for a type hashed for every distinct row.
  @Override
  public boolean equals(Object o) {
    return o instanceof Nationality n && kind == n.kind && code.equals(n.code);
  }

  @Override
  public int hashCode() {
    return 31 * code.hashCode() + kind.ordinal();
  }

  /** True when the nationality names a State (member or observer). */
  public boolean isState() {
    return kind == Kind.MEMBER_STATE || kind == Kind.OBSERVER_STATE;
  }
}
