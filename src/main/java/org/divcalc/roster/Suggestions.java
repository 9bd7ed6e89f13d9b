package org.divcalc.roster;

import java.util.Collection;
import java.util.Optional;

/** Finds the closest known spelling to an unrecognised one, for "did you mean ...?" hints. */
public final class Suggestions {
  private Suggestions() {}

  /**
   * The candidate nearest to {@code found}, compared case-insensitively, when it is close enough to
   * be a plausible typo: at most a third of the longer string, and at least one edit away (two
   * neighbouring letters swapped, "Keyna", count as one). Of equally near candidates, one with the
   * same first letter comes first ("P-6": P-5, not G-6), then the one whose differing characters
   * are nearest, then the alphabetical first.
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
      int d = distance(f, c);
      if (d < bestDistance || (d == bestDistance && best != null && before(candidate, best, f))) {
        best = candidate;
        bestDistance = d;
      }
    }
    int limit = Math.max(1, Math.max(f.length(), best == null ? 0 : best.length()) / 3);
    return bestDistance <= limit ? Optional.ofNullable(best) : Optional.empty();
  }

  private static boolean before(String candidate, String best, String found) {
    boolean same = sameStart(candidate, found);
    if (same != sameStart(best, found)) {
      return same;
    }
    // then the one whose differing characters are nearest ("P-6": P-5 before P-1)
    long gap = gap(candidate, found);
    long bestGap = gap(best, found);
    if (gap != bestGap) {
      return gap < bestGap;
    }
    return candidate.compareTo(best) < 0;
  }

  private static long gap(String candidate, String found) {
    String c = candidate.toLowerCase(java.util.Locale.ROOT);
    if (c.startsWith(found) || found.startsWith(c)) {
      return 0; // a word cut short or run on ("mal": male, before man)
    }
    if (c.length() != found.length()) {
      return Long.MAX_VALUE;
    }
    long sum = 0;
    for (int i = 0; i < c.length(); i++) {
      sum += Math.abs(c.charAt(i) - found.charAt(i));
    }
    return sum;
  }

  private static boolean sameStart(String candidate, String found) {
    return !candidate.isEmpty()
        && Character.toLowerCase(candidate.charAt(0)) == Character.toLowerCase(found.charAt(0));
  }

  /**
   * The number of single-character insertions, deletions, substitutions and swaps of two neighbours
   * that turn {@code a} into {@code b} (each substring edited once at most).
   */
  static int distance(String a, String b) {
    int n = a.length();
    int m = b.length();
    int[][] d = new int[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= m; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
      }
    }
    return d[n][m];
  }

  /** " (did you mean 'X'?)" or the empty string. */
  public static String hint(String found, Collection<String> candidates) {
    return closest(found, candidates).map(s -> " (did you mean '" + s + "'?)").orElse("");
  }
}
