package org.divcalc.roster;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the field delimiter of a roster from its first lines: of comma, semicolon, tab and pipe,
 * the one that occurs (outside quotes) on the header line and the same number of times on the most
 * of the following lines; ties go to the earlier in that list.
 */
final class DelimiterSniffer {
  private static final int LINES = 20;

  private DelimiterSniffer() {}

  /** The delimiter and why, from the start of the decoded text. */
  static Detected sniff(String sample) {
    List<String> lines = firstLines(sample);
    if (lines.isEmpty()) {
      return new Detected(',', "the file has no header line; took the comma");
    }
    Character hinted = excelHint(lines.get(0));
    if (hinted != null) {
      return new Detected(
          hinted,
          "line 1 is Excel's delimiter hint for "
              + name(hinted)
              + " (sep=; the line is skipped, the header is the next line)");
    }
    org.divcalc.csv.DelimiterVote vote = org.divcalc.csv.DelimiterVote.of(lines);
    char best = vote == null ? 0 : vote.delimiter();
    int bestHeaderCount = vote == null ? 0 : vote.headerCount();
    int bestAgreeing = vote == null ? 0 : vote.agreeing();
    if (best == 0) {
      return new Detected(
          ',', "none of , ; tab | occurs on the header line; took the comma (one column)");
    }
    return new Detected(
        best,
        // joined, not String.format: digits must not follow the machine's locale
        name(best)
            + " occurs "
            + bestHeaderCount
            + " times on the header line and as often on "
            + bestAgreeing
            + " of the next "
            + (lines.size() - 1)
            + " lines");
  }

  /**
   * The delimiter of an Excel hint line {@code sep=;} (which Excel writes on line 1 of some CSV
   * exports), or null when the line is no such hint.
   */
  static Character excelHint(String line) {
    // only a line break may follow: the hint's character may itself be a tab or a space
    String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    if (l.length() < 5 || !l.regionMatches(true, 0, "sep=", 0, 4) || !l.substring(5).isBlank()) {
      return null;
    }
    char c = l.charAt(4);
    return c == '"' || Character.isLetterOrDigit(c) ? null : c;
  }

  /** "';'", "tab", ... for messages. */
  static String name(char delimiter) {
    return switch (delimiter) {
      case '\t' -> "tab";
      case ' ' -> "space";
      default -> "'" + delimiter + "'";
    };
  }

  private static List<String> firstLines(String sample) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    while (start < sample.length() && lines.size() <= LINES) {
      // a line ends at LF, CRLF or a lone CR (old Mac files), as the reader reads them
      int end = start;
      while (end < sample.length() && sample.charAt(end) != '\n' && sample.charAt(end) != '\r') {
        end++;
      }
      boolean complete = end < sample.length();
      String line = sample.substring(start, end);
      if (!line.isBlank() && (complete || lines.isEmpty())) {
        lines.add(line);
      }
      start = end + 1;
      if (complete
          && sample.charAt(end) == '\r'
          && start < sample.length()
          && sample.charAt(start) == '\n') {
        start++;
      }
    }
    return lines;
  }

  /** A chosen delimiter and the reason. */
  record Detected(char delimiter, String reason) {}
}
