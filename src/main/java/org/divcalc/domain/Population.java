package org.divcalc.domain;

/** Which staff a statistic counts, before any {@code --where} filters. */
public enum Population {
  ALL("all", "all staff"),
  PROFESSIONAL("professional", "Professional and higher staff (P, D and ungraded grades)"),
  GEOGRAPHICAL("geographical", "staff subject to geographical distribution (the scheme's rules)");

  private final String key;
  private final String description;

  Population(String key, String description) {
    this.key = key;
    this.description = description;
  }

  public String key() {
    return key;
  }

  /** What the population is, for reports. */
  public String description() {
    return description;
  }
}
