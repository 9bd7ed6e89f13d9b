package org.divcalc.report;

/**
 * Member States per status; the five counts add up to the membership.
 *
 * @param memberStates N
 * @param unrepresented no national counted
 * @param underRepresented 0 &lt; count &lt; lower
 * @param withinRange lower ≤ count ≤ upper
 * @param withinBelowMidpoint within range, count &lt; midpoint
 * @param withinAtOrAboveMidpoint within range, count ≥ midpoint
 * @param withinMidpointUnknown within range, no midpoint given
 * @param overRepresented count &gt; upper
 * @param noRange no range in the published table
 * @param nationals staff counted against the ranges; null when withheld (--min-cell)
 * @param outsideMembership staff subject to geographical distribution whose nationality is not a
 *     Member State; null when withheld (--min-cell)
 */
public record GeoSummary(
    int memberStates,
    int unrepresented,
    int underRepresented,
    int withinRange,
    int withinBelowMidpoint,
    int withinAtOrAboveMidpoint,
    int withinMidpointUnknown,
    int overRepresented,
    int noRange,
    Long nationals,
    Long outsideMembership) {
  public GeoSummary {
    if (unrepresented + underRepresented + withinRange + overRepresented + noRange
        != memberStates) {
      throw new IllegalArgumentException("the statuses do not partition the membership");
    }
  }
}
