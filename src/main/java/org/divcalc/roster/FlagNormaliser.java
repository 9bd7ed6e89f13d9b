package org.divcalc.roster;

import java.util.Optional;
import java.util.Set;

/** Reads yes/no columns such as "subject to geographical distribution". */
public final class FlagNormaliser {
  private static final Set<String> YES = Set.of("y", "yes", "true", "1", "t", "oui", "si", "x");
  private static final Set<String> NO = Set.of("n", "no", "false", "0", "f", "non");

  private FlagNormaliser() {}

  /** True or false; empty when the value is blank or neither (the caller decides). */
  public static Optional<Boolean> normalise(String value) {
    String k = NationalityResolver.key(value);
    if (YES.contains(k)) {
      return Optional.of(Boolean.TRUE);
    }
    if (NO.contains(k)) {
      return Optional.of(Boolean.FALSE);
    }
    return Optional.empty();
  }
}
