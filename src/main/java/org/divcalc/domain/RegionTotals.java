package org.divcalc.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The figures of one row of a regional breakdown: a region, the Member States in no region, the
 * staff outside the membership, or the total.
 *
 * @param region the region's name, or the name of the special row
 * @param kind what the row is
 * @param memberStates Member States in the row
 * @param staff staff of the chosen population (and filters), by recorded sex
 * @param geographical staff subject to geographical distribution under the scheme's rules
 * @param ranges the row's States against their desirable ranges, or null when no ranges were given
 */
public record RegionTotals(
    String region,
    Kind kind,
    int memberStates,
    GenderCount staff,
    long geographical,
    RangeTotals ranges) {

  /** What a row of the breakdown is. */
  public enum Kind {
    /** A region of the grouping. */
    REGION,
    /** Member States the grouping puts in no region. */
    NO_GROUP,
    /** Staff who are not nationals of a Member State: observer States, stateless, unknown. */
    OUTSIDE_MEMBERSHIP,
    /** The sum of every other row. */
    TOTAL;

    /** The lower-case, hyphenated key used in JSON and CSV. */
    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  public RegionTotals {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(staff, "staff");
    if (memberStates < 0 || geographical < 0) {
      throw new IllegalArgumentException(region + ": negative count");
    }
    if (ranges != null && ranges.states() != memberStates) {
      throw new IllegalStateException(
          region
              + ": statuses count "
              + ranges.states()
              + " States for "
              + memberStates
              + " Member States");
    }
  }

  /**
   * A row's Member States by status, and the sums of their limits.
   *
   * @param byStatus Member States per status, every status present (0 included)
   * @param lower sum of the lower limits of the States that have a range
   * @param midpoint sum of their midpoints, or null when a published table omits some
   * @param upper sum of their upper limits
   */
  public record RangeTotals(
      Map<RepresentationStatus, Integer> byStatus,
      BigDecimal lower,
      BigDecimal midpoint,
      BigDecimal upper) {
    /** No States, no limits. */
    public static final RangeTotals NONE =
        new RangeTotals(Map.of(), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    public RangeTotals {
      Map<RepresentationStatus, Integer> all = new EnumMap<>(RepresentationStatus.class);
      for (RepresentationStatus s : RepresentationStatus.values()) {
        all.put(s, byStatus.getOrDefault(s, 0));
      }
      byStatus = Collections.unmodifiableMap(all);
      Objects.requireNonNull(lower, "lower");
      Objects.requireNonNull(upper, "upper");
    }

    /** The totals with one more State. */
    public RangeTotals plus(StateRepresentation s) {
      DesirableRange r = s.range();
      return plus(
          new RangeTotals(
              Map.of(s.status(), 1),
              r == null ? BigDecimal.ZERO : r.lower(),
              r == null ? BigDecimal.ZERO : r.midpoint(),
              r == null ? BigDecimal.ZERO : r.upper()));
    }

    /** The sum of two totals; the midpoint is unknown when either is. */
    public RangeTotals plus(RangeTotals o) {
      Map<RepresentationStatus, Integer> sum = new EnumMap<>(byStatus);
      o.byStatus.forEach((k, v) -> sum.merge(k, v, Integer::sum));
      return new RangeTotals(
          sum,
          lower.add(o.lower),
          midpoint == null || o.midpoint == null ? null : midpoint.add(o.midpoint),
          upper.add(o.upper));
    }

    /** The number of States counted, whatever their status. */
    public int states() {
      return byStatus.values().stream().mapToInt(Integer::intValue).sum();
    }
  }
}
