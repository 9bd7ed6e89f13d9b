package org.divcalc.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An ordered grade scale (highest first) with the spellings that normalise to each grade.
 *
 * <p>The built-in scale is the one of the UN common system described in the domain guide;
 * organizations with other scales load theirs from a file.
 */
public final class GradeScale {
  private final String name;
  private final String provenance;
  private final List<Grade> grades;
  private final Map<String, Grade> byKey;

  private GradeScale(String name, String provenance, List<Grade> grades, Map<String, Grade> byKey) {
    this.name = name;
    this.provenance = provenance;
    this.grades = List.copyOf(grades);
    this.byKey = Collections.unmodifiableMap(byKey);
  }

  /** The name printed in reports ("built-in UN common system" or the file name). */
  public String name() {
    return name;
  }

  /**
   * What reports record as the scale used: the name, and for a scale read from a file the file's
   * SHA-256, so that an auditor can tell which file it was.
   */
  public String provenance() {
    return provenance;
  }

  /** Every grade, highest first. */
  public List<Grade> grades() {
    return grades;
  }

  /** The grade a spelling normalises to, if any. */
  public Optional<Grade> lookup(String spelling) {
    return Optional.ofNullable(byKey.get(key(spelling)));
  }

  /** The grade with exactly this canonical code, if any. */
  public Optional<Grade> byCode(String code) {
    return grades.stream().filter(g -> g.code().equals(code)).findFirst();
  }

  /** Every spelling key known, for "did you mean" hints. */
  public java.util.Set<String> canonicalCodes() {
    java.util.Set<String> codes = new java.util.LinkedHashSet<>();
    grades.forEach(g -> codes.add(g.code()));
    return codes;
  }

  /**
   * The comparison key of a spelling: upper case with spaces, dots, hyphens and other dashes,
   * underscores and slashes removed, so that {@code P-5}, {@code p5}, {@code P 5}, {@code P.5} and
   * {@code P–5} meet.
   */
  public static String key(String spelling) {
    StringBuilder sb = new StringBuilder(spelling.length());
    for (int i = 0; i < spelling.length(); i++) {
      char c = spelling.charAt(i);
      // full-width forms, as an East Asian input method types them (Ｐ－４ is P-4)
      if (c >= '\uff01' && c <= '\uff5e') {
        c = (char) (c - 0xfee0);
      }
      if (c == ' '
          || c == '\u3000'
          || c == '.'
          || c == '-'
          || c == '_'
          || c == '/'
          || c == '\u00a0') {
        continue;
      }
      // the dashes word processors put for a hyphen (P–4), and U+2212 minus
      if ((c >= '\u2010' && c <= '\u2015')
          || c == '\u2212'
          || c == '\u00ad'
          || c == '\u2007'
          || c == '\u202f') {
        continue;
      }
      sb.append(c);
    }
    return sb.toString().toUpperCase(Locale.ROOT);
  }

  /** Builds a scale grade by grade, highest first. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** Collects grades and synonyms, rejecting a spelling claimed by two grades. */
  public static final class Builder {
    private final String name;
    private String provenance;
    private final List<Grade> grades = new ArrayList<>();
    private final Map<String, Grade> byKey = new LinkedHashMap<>();

    private Builder(String name) {
      this.name = name;
    }

    /** Adds the next (lower) grade with its synonyms; the code itself is always a synonym. */
    public Builder grade(String code, GradeCategory category, String... synonyms) {
      Grade grade = new Grade(code, category, grades.size());
      if (byKey.containsKey(key(code)) && byKey.get(key(code)).code().equals(code)) {
        throw new IllegalArgumentException("grade " + code + " is listed twice");
      }
      grades.add(grade);
      claim(code, grade);
      for (String s : synonyms) {
        claim(s, grade);
      }
      return this;
    }

    private void claim(String spelling, Grade grade) {
      String k = key(spelling);
      if (k.isEmpty()) {
        return;
      }
      Grade previous = byKey.putIfAbsent(k, grade);
      if (previous != null && !previous.equals(grade)) {
        throw new IllegalArgumentException(
            "spelling '" + spelling + "' is claimed by both " + previous.code() + " and " + grade);
      }
    }

    /** What reports record as the scale (default: its name). */
    public Builder provenance(String provenance) {
      this.provenance = provenance;
      return this;
    }

    public GradeScale build() {
      if (grades.isEmpty()) {
        throw new IllegalArgumentException("a grade scale needs at least one grade");
      }
      return new GradeScale(name, provenance == null ? name : provenance, grades, byKey);
    }
  }

  /** The built-in scale of the UN common system (domain guide, "Grades and categories"). */
  public static GradeScale unCommonSystem() {
    Builder b = builder("built-in UN common system scale");
    b.grade("SG", GradeCategory.UNGRADED, "Secretary-General");
    b.grade("DSG", GradeCategory.UNGRADED, "Deputy Secretary-General");
    b.grade("DG", GradeCategory.UNGRADED, "Director-General");
    b.grade("DDG", GradeCategory.UNGRADED, "Deputy Director-General");
    b.grade("USG", GradeCategory.UNGRADED, "Under-Secretary-General");
    b.grade("ASG", GradeCategory.UNGRADED, "Assistant Secretary-General");
    b.grade("ADG", GradeCategory.UNGRADED, "Assistant Director-General");
    b.grade("UG", GradeCategory.UNGRADED, "Ungraded");
    b.grade("D-2", GradeCategory.DIRECTOR);
    b.grade("D-1", GradeCategory.DIRECTOR);
    for (int i = 5; i >= 1; i--) {
      b.grade("P-" + i, GradeCategory.PROFESSIONAL);
    }
    for (char c = 'E'; c >= 'A'; c--) {
      b.grade("NO-" + c, GradeCategory.NATIONAL_PROFESSIONAL, "NPO-" + c, "NO" + c);
    }
    for (int i = 7; i >= 1; i--) {
      b.grade("FS-" + i, GradeCategory.FIELD_SERVICE);
    }
    for (int i = 7; i >= 1; i--) {
      b.grade("G-" + i, GradeCategory.GENERAL_SERVICE, "GS-" + i, "GS-" + i + " (OL)");
    }
    return b.build();
  }
}
