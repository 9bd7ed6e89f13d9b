package org.divcalc.roster;

/**
 * Free-text values (funding, org unit, any column a breakdown or filter names) as they are compared
 * and grouped: a no-break space, which web pages and HR systems put in exports, reads as a space.
 */
public final class Spaces {
  private Spaces() {}

  /** {@code value} with each no-break space (U+00A0, U+2007, U+202F) as a space. */
  public static String ordinary(String value) {
    if (value.indexOf('\u00a0') < 0 && value.indexOf('\u2007') < 0 && value.indexOf('\u202f') < 0) {
      return value;
    }
    return value.replace('\u00a0', ' ').replace('\u2007', ' ').replace('\u202f', ' ');
  }

  /** {@link #ordinary} without the spaces at either end. */
  public static String stripped(String value) {
    return ordinary(value).strip();
  }
}
