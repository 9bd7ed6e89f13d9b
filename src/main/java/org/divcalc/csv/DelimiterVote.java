package org.divcalc.csv;

import java.util.List;

/**
 * Chooses a CSV file's delimiter from its first lines, for rosters and for users' reference files
 * alike: of the candidates, the one that occurs (outside quotes) on the header line and the same
 * number of times on the most of the lines after it; ties go to the one the header holds more
 * often, then to the earlier candidate.
 *
 * @param delimiter the delimiter chosen
 * @param headerCount how often it occurs on the header line
 * @param agreeing on how many of the following lines it occurs as often
 */
public record DelimiterVote(char delimiter, int headerCount, int agreeing) {
  /** Comma, semicolon, tab and pipe, in order of preference. */
  public static final char[] CANDIDATES = {',', ';', '\t', '|'};

  /**
   * The vote of {@code lines} (the header line first, blank lines left out), or null when no
   * candidate occurs on the header line.
   */
  public static DelimiterVote of(List<String> lines) {
    DelimiterVote best = null;
    for (char c : CANDIDATES) {
      int header = countOutsideQuotes(lines.get(0), c);
      if (header == 0) {
        continue;
      }
      int agreeing = 0;
      for (int i = 1; i < lines.size(); i++) {
        if (countOutsideQuotes(lines.get(i), c) == header) {
          agreeing++;
        }
      }
      if (best == null
          || agreeing > best.agreeing
          || (agreeing == best.agreeing && header > best.headerCount)) {
        best = new DelimiterVote(c, header, agreeing);
      }
    }
    return best;
  }

  /** How often {@code c} occurs in {@code line} outside double quotes. */
  public static int countOutsideQuotes(String line, char c) {
    int count = 0;
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (ch == '"') {
        quoted = !quoted;
      } else if (ch == c && !quoted) {
        count++;
      }
    }
    return count;
  }
}
