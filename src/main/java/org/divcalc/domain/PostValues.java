package org.divcalc.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The values of the three columns the geographical rules read, funding, appointment type and post
 * type, as the domain spells them (RB, XB, PK; permanent, continuing, fixed-term, temporary;
 * language), and the other spellings exports use for them ("Regular budget", "TA" for a temporary
 * appointment, "Language post"). Found in session 9's audit: such spellings were taken as other
 * values without a word, which changed who is subject to geographical distribution.
 *
 * <p>A spelling is matched ignoring case, spaces and the marks {@code . - _ /}; a value that is no
 * known spelling is kept as written, and reports warn about it.
 */
public final class PostValues {
  private PostValues() {}

  /** The funding codes of the domain. */
  public static final Set<String> FUNDING = Set.of("RB", "XB", "PK");

  /** The appointment types of the domain. */
  public static final Set<String> APPOINTMENTS =
      Set.of("permanent", "continuing", "fixed-term", "temporary");

  /** The special post types of the domain (blank for any other post). */
  public static final Set<String> POST_TYPES = Set.of("language");

  private static final Map<String, String> FUNDING_SPELLINGS =
      Map.ofEntries(
          Map.entry("rb", "RB"),
          Map.entry("regularbudget", "RB"),
          Map.entry("xb", "XB"),
          Map.entry("extrabudgetary", "XB"),
          Map.entry("extrabudget", "XB"),
          Map.entry("pk", "PK"),
          Map.entry("pko", "PK"),
          Map.entry("peacekeeping", "PK"),
          Map.entry("peacekeepingbudget", "PK"));

  private static final Map<String, String> APPOINTMENT_SPELLINGS =
      Map.ofEntries(
          Map.entry("permanent", "permanent"),
          Map.entry("permanentappointment", "permanent"),
          Map.entry("pa", "permanent"),
          Map.entry("continuing", "continuing"),
          Map.entry("continuingappointment", "continuing"),
          Map.entry("ca", "continuing"),
          Map.entry("fixedterm", "fixed-term"),
          Map.entry("fixedtermappointment", "fixed-term"),
          Map.entry("fta", "fixed-term"),
          Map.entry("temporary", "temporary"),
          Map.entry("temporaryappointment", "temporary"),
          Map.entry("temp", "temporary"),
          Map.entry("ta", "temporary"));

  private static final Map<String, String> POST_TYPE_SPELLINGS =
      Map.of(
          "language", "language",
          "languagepost", "language",
          "lang", "language");

  /** The domain's code for a funding spelling, else {@code value} as given. */
  public static String funding(String value) {
    return canonical(FUNDING_SPELLINGS, value);
  }

  /** The domain's name for an appointment type spelling, else {@code value} as given. */
  public static String appointment(String value) {
    return canonical(APPOINTMENT_SPELLINGS, value);
  }

  /** The domain's name for a post type spelling, else {@code value} as given. */
  public static String postType(String value) {
    return canonical(POST_TYPE_SPELLINGS, value);
  }

  private static String canonical(Map<String, String> spellings, String value) {
    if (value.isEmpty()) {
      return value;
    }
    String known = spellings.get(key(value));
    return known == null ? value : known;
  }

  private static String key(String value) {
    StringBuilder sb = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c != ' ' && c != '.' && c != '-' && c != '_' && c != '/') {
        sb.append(c);
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }
}
