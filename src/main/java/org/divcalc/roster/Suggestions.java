package org.divcalc.roster;

import java.util.Collection;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Finds the closest known spelling to an unrecognised one, for "did you mean ...?" hints. */
public final class Suggestions {
  private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

  private Suggestions() {}

  /**
   * The candidate nearest to {@code found}, compared case-insensitively, when it is close enough to
   * be a plausible typo: at most a third of the longer string, and at least one edit away.
   */
  public static Optional<String> closest(String found, Collection<String> candidates) {
    String f = found.toLowerCase(java.util.Locale.ROOT).trim();
    if (f.length() < 2) {
      return Optional.empty();
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      String c = candidate.toLowerCase(java.util.Locale.ROOT);
      int d = DISTANCE.apply(f, c);
      if (d < bestDistance
          || (d == bestDistance && best != null && candidate.compareTo(best) < 0)) {
        best = candidate;
        bestDistance = d;
      }
    }
    int limit = Math.max(1, Math.max(f.length(), best == null ? 0 : best.length()) / 3);
    return bestDistance <= limit ? Optional.ofNullable(best) : Optional.empty();
  }

  /** " (did you mean 'X'?)" or the empty string. */
  public static String hint(String found, Collection<String> candidates) {
    return closest(found, candidates).map(s -> " (did you mean '" + s + "'?)").orElse("");
  }
}
