package org.divcalc.roster;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Remembers how the first few thousand distinct spellings of a column were normalised: a roster
 * repeats a handful of grades, sexes and nationalities millions of times, and the normalisers
 * (accent stripping, key building) cost more than a lookup. Bounded, so that a column of distinct
 * values keeps memory flat: past the limit, values are normalised anew.
 */
final class ValueCache<T> {
  static final int LIMIT = 4096;

  private final Function<String, T> normaliser;
  private final Map<String, T> known = new HashMap<>();

  ValueCache(Function<String, T> normaliser) {
    this.normaliser = normaliser;
  }

  T get(String value) {
    T t = known.get(value);
    if (t == null) {
      t = normaliser.apply(value);
      if (known.size() < LIMIT) {
        known.put(value, t);
      }
    }
    return t;
  }
}
