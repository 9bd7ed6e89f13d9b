package org.divcalc.roster;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.divcalc.domain.Nationality;
import org.divcalc.reference.ReferenceTable;
import org.divcalc.reference.State;
import org.divcalc.reference.StateLookup;
import org.divcalc.reference.States;

/**
 * Resolves the ways exports write a nationality (ISO alpha-2 and alpha-3 codes, M49 numbers, UN
 * names, UNTERM names and common alternative names) to a State, ignoring case, accents, punctuation
 * and spacing.
 */
public final class NationalityResolver implements StateLookup {
  private static final Set<String> STATELESS = Set.of("stateless", "xxa", "apatride", "nostate");
  private static final Set<String> UNKNOWN =
      Set.of(
          "",
          "unknown",
          "none",
          "notknown",
          "notrecorded",
          "unspecified",
          "xxx",
          "zzz",
          "notstated",
          "notavailable",
          "null");

  /**
   * "N/A" means unknown, but a bare "NA" is Namibia's alpha-2 code: "NA" written with anything but
   * its two letters ("N.A", "(N/A)", "N - A") is unknown too, never Namibia.
   */
  private static final Set<String> NOT_APPLICABLE = Set.of("n/a", "n.a.", "#n/a", "-", "?");

  private final Map<String, State> byKey = new HashMap<>();

  /**
   * The list of other names read (found in session 8's audit: it decides rows, unfingerprinted).
   */
  private final org.divcalc.reference.DatasetUse aliases;

  /**
   * Countries and areas that are neither Member States nor observer States (Cook Islands, Kosovo),
   * by spelling: their nationals are counted and reported apart (found in session 9's audit: they
   * were excluded as unrecognised).
   */
  private final Map<String, String> areaByKey = new HashMap<>();

  private final Map<String, String> areaNames = new HashMap<>();

  private final org.divcalc.reference.DatasetUse areas;

  private final Set<String> displayNames = new TreeSet<>();

  /**
   * The spellings a "did you mean" may offer: the UN names and the other names of four letters or
   * more ("Turky": Turkey; found in the review of session 8).
   */
  private final Set<String> hintNames = new TreeSet<>();

  /** The resolver over the embedded Member States, built once per run (perhaps ahead of use). */
  public static NationalityResolver embedded() {
    return org.divcalc.reference.Ahead.get(
        "nationality resolver", () -> new NationalityResolver(States.embedded()));
  }

  /** A resolver over the given States, with the embedded list of alternative names. */
  public NationalityResolver(States states) {
    for (State s : states.all()) {
      add(s.iso3(), s);
      add(s.iso2(), s);
      add(s.name(), s);
      add(s.protocolShortName(), s);
      add(s.protocolFormalName(), s);
      displayNames.add(s.name());
      if (s.m49() != null && !s.m49().isBlank()) {
        add(stripLeadingZeros(s.m49()), s);
      }
    }
    ReferenceTable aliases = ReferenceTable.embedded("nationality_aliases.csv", "alias", "iso3");
    this.aliases =
        org.divcalc.reference.DatasetUse.of("nationality aliases", aliases, "every alias");
    for (Map<String, String> row : aliases.rows()) {
      states.byIso3(row.get("iso3")).ifPresent(s -> add(row.get("alias"), s));
      if (row.get("alias").strip().length() >= 4) {
        hintNames.add(row.get("alias").strip());
      }
    }
    ReferenceTable other =
        ReferenceTable.embedded("other_areas.csv", "iso3", "iso2", "m49", "name", "other_names");
    this.areas =
        org.divcalc.reference.DatasetUse.of("other countries and areas", other, "every area");
    for (Map<String, String> row : other.rows()) {
      String iso3 = row.get("iso3");
      areaNames.put(iso3, row.get("name"));
      List<String> spellings = new java.util.ArrayList<>();
      spellings.add(iso3);
      spellings.add(row.get("iso2"));
      spellings.add(row.get("name"));
      if (!row.get("m49").isBlank()) {
        spellings.add(stripLeadingZeros(row.get("m49")));
      }
      for (String name : row.get("other_names").split("\\|")) {
        spellings.add(name);
        if (name.strip().length() >= 4) {
          hintNames.add(name.strip());
        }
      }
      for (String spelling : spellings) {
        // a State's spelling wins: the area is the last resort
        if (spelling != null && !spelling.isBlank() && !byKey.containsKey(key(spelling))) {
          areaByKey.putIfAbsent(key(spelling), iso3);
        }
      }
      hintNames.add(row.get("name"));
    }
    hintNames.addAll(displayNames);
  }

  private void add(String spelling, State state) {
    if (spelling == null || spelling.isBlank()) {
      return;
    }
    byKey.putIfAbsent(key(spelling), state);
  }

  /**
   * The embedded list of other names ("Turkey", "UK") the resolver reads, with its fingerprint: it
   * decides which State a roster's nationality or a file's State name is.
   */
  public org.divcalc.reference.DatasetUse aliases() {
    return aliases;
  }

  /** The embedded lists the resolver reads besides the States: the aliases and the other areas. */
  public List<org.divcalc.reference.DatasetUse> datasets() {
    return List.of(aliases, areas);
  }

  /** The name of a country or area that is not a State ("Cook Islands"), by its alpha-3 code. */
  public Optional<String> areaName(String iso3) {
    return Optional.ofNullable(areaNames.get(iso3));
  }

  /** The resolved State, or empty when the spelling names none. */
  @Override
  public Optional<State> state(String spelling) {
    String k = key(spelling);
    if (!k.isEmpty() && allDigits(k)) {
      k = stripLeadingZeros(k);
    }
    return Optional.ofNullable(byKey.get(k));
  }

  /**
   * The nationality a roster value stands for: a State, stateless, or unknown (blank and the usual
   * "unknown" spellings); empty when the value is not recognised.
   */
  public Optional<Nationality> resolve(String value) {
    String k = key(value);
    String bare = value.strip();
    // a value of punctuation alone is unknown only when short and without question marks ("-",
    // "--"; a lone "?" is in NOT_APPLICABLE): "??" or "??????" is what a name in another script
    // (中国) becomes when saved in an encoding without its letters, and is reported rather than
    // counted as unknown (found in session 8's defect hunt and its review)
    if ((UNKNOWN.contains(k) && (!k.isEmpty() || (bare.length() <= 3 && bare.indexOf('?') < 0)))
        || NOT_APPLICABLE.contains(bare.toLowerCase(Locale.ROOT))
        || (k.equals("na") && !bare.equalsIgnoreCase("na"))) {
      return Optional.of(Nationality.UNKNOWN);
    }
    if (STATELESS.contains(k)) {
      return Optional.of(Nationality.STATELESS);
    }
    Optional<Nationality> state =
        state(value)
            .map(
                s ->
                    new Nationality(
                        s.iso3(),
                        s.observer()
                            ? Nationality.Kind.OBSERVER_STATE
                            : Nationality.Kind.MEMBER_STATE));
    if (state.isPresent()) {
      return state;
    }
    String area = areaByKey.get(!k.isEmpty() && allDigits(k) ? stripLeadingZeros(k) : k);
    return area == null
        ? Optional.empty()
        : Optional.of(new Nationality(area, Nationality.Kind.OTHER_AREA));
  }

  /** " (did you mean 'Kenya'?)" for a near miss, or the empty string. */
  @Override
  public String hint(String value) {
    return Suggestions.hint(value, hintNames);
  }

  /** The UN names of every known State, sorted. */
  public Collection<String> names() {
    return displayNames;
  }

  /** Lower case, accents removed, "&" as "and", nothing but letters and digits. */
  static String key(String spelling) {
    String trimmed = spelling.trim();
    // decomposing leaves ASCII as it is; skipping it for ASCII saves start-up time
    String decomposed =
        isAscii(trimmed) ? trimmed : Normalizer.normalize(trimmed, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (c == '&') {
        sb.append("and");
      } else if (Character.isLetterOrDigit(c)) {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static String stripLeadingZeros(String digits) {
    return digits.replaceFirst("^0+(?=.)", "");
  }
}
