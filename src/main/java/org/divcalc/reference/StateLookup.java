package org.divcalc.reference;

import java.util.Optional;

/** Finds the State a spelling names (code, number or name), for reading user-supplied files. */
public interface StateLookup {
  /** The State the spelling names, or empty. */
  Optional<State> state(String spelling);

  /** " (did you mean 'Kenya'?)" for a near miss, or the empty string. */
  String hint(String spelling);
}
