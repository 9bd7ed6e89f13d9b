package org.divcalc.reference;

import java.nio.file.Path;

/**
 * The user's replacements for the embedded inputs of the range formula; null means "embedded".
 *
 * @param members file listing the States of the membership
 * @param scale file of assessment rates
 * @param population file of population figures
 * @param populationYear year of population figures to use instead of the one chosen by date
 */
public record RangeSources(Path members, Path scale, Path population, Integer populationYear) {
  /** Every input embedded, every choice by date. */
  public static RangeSources embedded() {
    return new RangeSources(null, null, null, null);
  }
}
