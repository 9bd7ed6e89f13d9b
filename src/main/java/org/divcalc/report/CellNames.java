package org.divcalc.report;

import java.util.List;

/** Table cells named in a warning: the first few, then how many more. */
public final class CellNames {
  /** How many cells a warning names before it says "and N more". */
  static final int SHOWN = 8;

  private CellNames() {}

  /** "women at P-4, men at P-4 and 3 more"; empty for none. */
  public static String of(List<String> names) {
    int shown = Math.min(names.size(), SHOWN);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < shown; i++) {
      if (i > 0) {
        sb.append(i == names.size() - 1 ? " and " : ", ");
      }
      sb.append(names.get(i));
    }
    if (names.size() > shown) {
      sb.append(" and ").append(names.size() - shown).append(" more");
    }
    return sb.toString();
  }
}
