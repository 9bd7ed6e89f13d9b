package org.divcalc.roster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.divcalc.domain.Sex;

/** Maps the sex and gender spellings of HR exports (English, French, Spanish) to {@link Sex}. */
public final class SexNormaliser {
  private static final Map<String, Sex> VOCABULARY = new HashMap<>();

  static {
    for (String s : List.of("f", "female", "w", "woman", "women", "femme", "mujer", "femenino")) {
      VOCABULARY.put(s, Sex.FEMALE);
    }
    for (String s : List.of("m", "male", "man", "men", "homme", "h", "hombre", "masculino")) {
      VOCABULARY.put(s, Sex.MALE);
    }
    for (String s :
        List.of(
            "x",
            "other",
            "nonbinary",
            "diverse",
            "d",
            "o",
            "autre",
            "otro",
            "another",
            "genderdiverse",
            "nb")) {
      VOCABULARY.put(s, Sex.OTHER);
    }
    for (String s :
        List.of(
            "",
            "u",
            "unknown",
            "notrecorded",
            "notknown",
            "notstated",
            "na",
            "none",
            "undisclosed",
            "prefernottosay",
            "declined",
            "null")) {
      VOCABULARY.put(s, Sex.NOT_RECORDED);
    }
  }

  private SexNormaliser() {}

  /** The sex a value stands for, or empty when the value is not in the vocabulary. */
  public static Optional<Sex> normalise(String value) {
    return Optional.ofNullable(VOCABULARY.get(NationalityResolver.key(value)));
  }

  /** " (did you mean 'female'?)" for a near miss, or the empty string. */
  public static String hint(String value) {
    return Suggestions.hint(
        value, List.of("F", "M", "X", "female", "male", "other", "woman", "man", "unknown"));
  }

  /** The accepted spellings, for error messages and documentation. */
  public static String describe() {
    return "F/female/W/woman, M/male/man, X/other, or blank/unknown for not recorded";
  }
}
