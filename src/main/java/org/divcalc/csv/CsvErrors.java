package org.divcalc.csv;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Commons CSV's parse errors in words: "(startline 2) EOF reached before encapsulated token
 * finished", wrapped in an UncheckedIOException, becomes "line 2: a quoted field is never closed
 * (an unbalanced quote?)", without the library's class names.
 */
public final class CsvErrors {
  private static final Pattern LINE = Pattern.compile("\\((?:start)?line (\\d+)\\)\\s*(.*)");
  private static final Pattern AT =
      Pattern.compile(
          "(Invalid character between encapsulated token and delimiter).* at line: (\\d+)");

  private CsvErrors() {}

  /** What went wrong, with the line when the parser gave one. */
  public static String describe(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null
        && t.getCause() != t
        && !LINE.matcher(message(t)).find()
        && !AT.matcher(message(t)).find()) {
      t = t.getCause();
    }
    String message = message(t);
    Matcher at = AT.matcher(message);
    if (at.find()) {
      return "line "
          + at.group(2)
          + ": text after a closing quote (a quote inside a quoted field must be doubled: \"\")";
    }
    Matcher m = LINE.matcher(message);
    if (!m.find()) {
      return message;
    }
    String what = m.group(2);
    String words;
    if (what.startsWith("EOF reached before encapsulated token finished")) {
      words = "a quoted field is never closed (an unbalanced quote?)";
    } else if (what.startsWith("invalid char between encapsulated token and delimiter")) {
      words = "text after a closing quote (a quote inside a field must be doubled: \"\")";
    } else {
      words = what;
    }
    return "line " + m.group(1) + ": " + words;
  }

  private static String message(Throwable t) {
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    // an exception's message that repeats its cause's "class: message"
    int colon = m.indexOf(": ");
    return colon > 0 && m.substring(0, colon).matches("[a-z]+(\\.[a-zA-Z_$]+)+")
        ? m.substring(colon + 2)
        : m;
  }
}
