package org.divcalc.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One Member State's geographical staff against its desirable range.
 *
 * @param state the Member State
 * @param nationals staff subject to geographical distribution with its nationality
 * @param range its desirable range, or null when a published table gives none
 * @param status its status
 * @param belowMidpoint for a State within range: whether the count is below the midpoint; null
 *     otherwise, or when the midpoint is unknown
 * @param neededForLower nationals it lacks to reach its lower limit (0 when it has enough)
 * @param neededForMidpoint nationals it lacks to reach its midpoint, or null when unknown
 * @param aboveUpper nationals above its upper limit (0 unless over-represented)
 */
public record StateRepresentation(
    MemberState state,
    long nationals,
    DesirableRange range,
    RepresentationStatus status,
    Boolean belowMidpoint,
    long neededForLower,
    Long neededForMidpoint,
    long aboveUpper) {

  public StateRepresentation {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(status, "status");
    if (nationals < 0) {
      throw new IllegalArgumentException("negative count");
    }
  }

  /** The representation of a State with {@code nationals} counted against {@code range}. */
  public static StateRepresentation of(MemberState state, long nationals, DesirableRange range) {
    RepresentationStatus status = RepresentationStatus.of(nationals, range);
    if (range == null) {
      return new StateRepresentation(state, nationals, null, status, null, 0, null, 0);
    }
    BigDecimal count = BigDecimal.valueOf(nationals);
    Boolean below =
        status == RepresentationStatus.WITHIN_RANGE && range.midpoint() != null
            ? count.compareTo(range.midpoint()) < 0
            : null;
    Long toMidpoint = range.midpoint() == null ? null : shortfall(range.midpoint(), count);
    long above =
        status == RepresentationStatus.OVER_REPRESENTED
            ? nationals - range.upper().setScale(0, RoundingMode.FLOOR).longValueExact()
            : 0;
    return new StateRepresentation(
        state, nationals, range, status, below, shortfall(range.lower(), count), toMidpoint, above);
  }

  /** The smallest whole k ≥ 0 with count + k ≥ limit. */
  private static long shortfall(BigDecimal limit, BigDecimal count) {
    BigDecimal gap = limit.subtract(count).setScale(0, RoundingMode.CEILING);
    return Math.max(0, gap.longValueExact());
  }
}
