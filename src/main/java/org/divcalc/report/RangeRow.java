package org.divcalc.report;

import java.math.BigDecimal;

/**
 * One Member State's desirable range in a report: exact values, then rounded ones. The formula's
 * intermediate values are null when the ranges come from a published table.
 *
 * @param iso3 ISO 3166-1 alpha-3 code
 * @param name UN short name
 * @param ratePct assessment rate in per cent
 * @param population population in the year used
 * @param membership membership factor
 * @param populationFactor population factor
 * @param contribution contribution factor
 * @param midpoint midpoint, exact (or as published)
 * @param flexibility distance of each limit from the midpoint before the floors
 * @param lowerExact lower limit before rounding
 * @param upperExact upper limit before rounding
 * @param lower lower limit in whole posts (or as published)
 * @param midpointRounded midpoint in whole posts
 * @param upper upper limit in whole posts (or as published)
 */
public record RangeRow(
    String iso3,
    String name,
    BigDecimal ratePct,
    Long population,
    BigDecimal membership,
    BigDecimal populationFactor,
    BigDecimal contribution,
    BigDecimal midpoint,
    BigDecimal flexibility,
    BigDecimal lowerExact,
    BigDecimal upperExact,
    BigDecimal lower,
    BigDecimal midpointRounded,
    BigDecimal upper) {}
