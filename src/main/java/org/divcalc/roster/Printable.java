package org.divcalc.roster;

import java.util.Locale;

/**
 * Makes a roster value safe to quote in a one-line message: control characters escaped, long values
 * cut.
 */
final class Printable {
  static final int MAX_LENGTH = 60;

  private Printable() {}

  static String of(String value) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < value.length() && sb.length() < MAX_LENGTH; i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == 0x7F) {
        sb.append(String.format(Locale.ROOT, "\\x%02X", (int) c));
      } else {
        sb.append(c);
      }
    }
    if (sb.length() >= MAX_LENGTH && value.length() > MAX_LENGTH) {
      sb.setLength(MAX_LENGTH);
      sb.append("... (").append(value.length()).append(" characters)");
    }
    return sb.toString();
  }
}
