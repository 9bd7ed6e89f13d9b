package org.divcalc.domain;

/** The staff categories of the UN common system, highest first. */
public enum GradeCategory {
  UNGRADED("Ungraded", true),
  DIRECTOR("Director", true),
  PROFESSIONAL("Professional", true),
  NATIONAL_PROFESSIONAL("National Professional", false),
  FIELD_SERVICE("Field Service", false),
  GENERAL_SERVICE("General Service", false);

  private final String label;
  private final boolean professionalAndHigher;

  GradeCategory(String label, boolean professionalAndHigher) {
    this.label = label;
    this.professionalAndHigher = professionalAndHigher;
  }

  /** The name printed in reports. */
  public String label() {
    return label;
  }

  /** True for the categories in "Professional and higher": P, D and ungraded. */
  public boolean isProfessionalAndHigher() {
    return professionalAndHigher;
  }

  /** The lower-case, hyphenated name used in grade-scale files and JSON. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** The category named by {@link #key()} (or the enum name), or null when there is none. */
  public static GradeCategory fromKey(String key) {
    for (GradeCategory c : values()) {
      if (c.key().equalsIgnoreCase(key.trim()) || c.name().equalsIgnoreCase(key.trim())) {
        return c;
      }
    }
    return null;
  }
}
