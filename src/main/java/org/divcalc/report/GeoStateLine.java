package org.divcalc.report;

import java.math.BigDecimal;

/**
 * One Member State in the geographical table.
 *
 * @param iso3 alpha-3 code
 * @param name the State's name
 * @param nationals staff subject to geographical distribution of its nationality
 * @param lower lower limit (as compared: rounded or exact), null without a range
 * @param midpoint midpoint, null when unknown
 * @param upper upper limit, null without a range
 * @param status "unrepresented", "under-represented", "within-range", "over-represented" or
 *     "no-range"
 * @param belowMidpoint within range: true below the midpoint; otherwise null
 * @param neededForLower nationals lacking to reach the lower limit
 * @param neededForMidpoint nationals lacking to reach the midpoint, null when unknown
 * @param aboveUpper nationals above the upper limit
 * @param suppressed the fields withheld by --min-cell (the count and the figures that would reveal
 *     it); empty without suppression
 */
public record GeoStateLine(
    String iso3,
    String name,
    Long nationals,
    BigDecimal lower,
    BigDecimal midpoint,
    BigDecimal upper,
    String status,
    Boolean belowMidpoint,
    Long neededForLower,
    Long neededForMidpoint,
    Long aboveUpper,
    java.util.List<String> suppressed) {
  public GeoStateLine {
    suppressed = java.util.List.copyOf(suppressed);
  }
}
