package org.divcalc.roster;

import java.util.List;
import java.util.Locale;

/** The canonical roster fields of the domain guide, with the header spellings exports use. */
public enum Field {
  ID(
      false,
      "staff_id",
      "id",
      "staff id",
      "staff number",
      "staff no",
      "index no",
      "index number",
      "index",
      "personnel number",
      "personnel no",
      "pers no",
      "employee id",
      "employee number",
      "emp id",
      "emplid",
      "person id",
      "matricule"),
  SEX(true, "sex", "gender", "sex code", "gender code", "sexe", "genre"),
  GRADE(
      true,
      "grade",
      "level",
      "grade level",
      "grade code",
      "post grade",
      "post level",
      "personal grade",
      "staff grade",
      "pay grade",
      "classe",
      "grade of post"),
  NATIONALITY(
      true,
      "nationality",
      "country of nationality",
      "nationality code",
      "nationality country",
      "citizenship",
      "nationalite",
      "nationality iso",
      "nat"),
  FUNDING(
      false,
      "funding",
      "fund",
      "funding source",
      "source of funds",
      "source of funding",
      "fund type",
      "funding type",
      "budget",
      "budget source"),
  APPOINTMENT(
      false,
      "appointment",
      "appointment type",
      "contract type",
      "contract",
      "type of appointment",
      "type of contract",
      "employment type"),
  POST_TYPE(false, "post_type", "post type", "post category", "special post type"),
  GEOGRAPHICAL(
      false,
      "geographical",
      "geo",
      "subject to gd",
      "subject to geographical distribution",
      "geographical post",
      "geographic",
      "gd",
      "geo post");

  private final boolean required;
  private final List<String> synonyms;

  Field(boolean required, String... synonyms) {
    this.required = required;
    this.synonyms = List.of(synonyms);
  }

  /** True when a roster without this column cannot be used. */
  public boolean isRequired() {
    return required;
  }

  /** Header spellings taken for this field, the canonical name first. */
  public List<String> synonyms() {
    return synonyms;
  }

  /** The canonical name, as in the canonical CSV and in {@code --column FIELD=HEADER}. */
  public String canonicalName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The field with this canonical name, or null. */
  public static Field fromCanonicalName(String name) {
    for (Field f : values()) {
      if (f.canonicalName().equalsIgnoreCase(name.trim().replace('-', '_'))) {
        return f;
      }
    }
    return null;
  }

  /** The comparison key of a header: lower case, accents removed, letters and digits only. */
  public static String headerKey(String header) {
    return NationalityResolver.key(header);
  }
}
