package org.divcalc.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.divcalc.domain.GenderCount;
import org.divcalc.domain.RegionTotals;
import org.divcalc.domain.RepresentationStatus;
import org.divcalc.domain.RepresentationSuppression.Column;
import org.divcalc.domain.Share;

/**
 * One row of a regional breakdown as reported.
 *
 * @param region the region, "no group", "non-member / unknown nationality" or "Total"
 * @param kind "region", "no-group", "outside-membership" or "total"
 * @param memberStates Member States in the row
 * @param staff staff of the chosen population
 * @param staffShare staff ÷ all staff of the population, a fraction rounded half up to {@link
 *     RegionsReport#SHARE_DECIMALS} decimals, null when there are no staff at all
 * @param women staff recorded as female
 * @param men staff recorded as male
 * @param other staff recorded as neither
 * @param notRecorded staff with no recorded sex
 * @param womenShare women ÷ staff with recorded sex, rounded like staffShare, null when none
 * @param geographical staff subject to geographical distribution under the scheme's rules
 * @param geographicalShare geographical ÷ all geographical staff, rounded like staffShare
 * @param ranges statuses and sums of limits, or null when no ranges were given
 * @param suppressed the fields withheld by --min-cell (null values); empty without it
 */
public record RegionLine(
    String region,
    String kind,
    int memberStates,
    Long staff,
    BigDecimal staffShare,
    Long women,
    Long men,
    Long other,
    Long notRecorded,
    BigDecimal womenShare,
    Long geographical,
    BigDecimal geographicalShare,
    RangeFigures ranges,
    List<String> suppressed) {

  public RegionLine {
    suppressed = List.copyOf(suppressed);
  }

  /**
   * A row's Member States by status and the sums of their limits.
   *
   * @param unrepresented States with no national counted
   * @param underRepresented States below their lower limit
   * @param withinRange States within their range
   * @param overRepresented States above their upper limit
   * @param noRange States a published table gives no range for
   * @param lower sum of the States' lower limits
   * @param midpoint sum of their midpoints, exact; null when a published table omits some
   * @param upper sum of their upper limits
   */
  public record RangeFigures(
      int unrepresented,
      int underRepresented,
      int withinRange,
      int overRepresented,
      int noRange,
      BigDecimal lower,
      BigDecimal midpoint,
      BigDecimal upper) {

    static RangeFigures of(RegionTotals.RangeTotals t) {
      if (t == null) {
        return null;
      }
      return new RangeFigures(
          t.byStatus().get(RepresentationStatus.UNREPRESENTED),
          t.byStatus().get(RepresentationStatus.UNDER_REPRESENTED),
          t.byStatus().get(RepresentationStatus.WITHIN_RANGE),
          t.byStatus().get(RepresentationStatus.OVER_REPRESENTED),
          t.byStatus().get(RepresentationStatus.NO_RANGE),
          plain(t.lower()),
          t.midpoint() == null ? null : plain(t.midpoint()),
          plain(t.upper()));
    }

    private static BigDecimal plain(BigDecimal v) {
      BigDecimal s = v.stripTrailingZeros();
      return s.scale() < 0 ? s.setScale(0) : s;
    }
  }

  /** The reported row of a region, its shares taken of the total row. */
  public static RegionLine of(RegionTotals row, RegionTotals total) {
    return of(row, total, Set.of());
  }

  /**
   * The reported row, with the columns {@code hidden} withheld and every share that would reveal
   * one of them.
   */
  public static RegionLine of(RegionTotals row, RegionTotals total, Set<Column> hidden) {
    GenderCount c = row.staff();
    int d = RegionsReport.SHARE_DECIMALS;
    boolean staffHidden = hidden.contains(Column.STAFF);
    boolean recordedHidden =
        hidden.contains(Column.WOMEN)
            || hidden.contains(Column.MEN)
            || hidden.contains(Column.OTHER);
    boolean geoHidden = hidden.contains(Column.GEOGRAPHICAL);
    List<String> withheld = new ArrayList<>();
    for (Column col : Column.values()) {
      if (hidden.contains(col)) {
        withheld.add(field(col));
      }
    }
    if (staffHidden) {
      withheld.add("staffShare");
    }
    if (recordedHidden) {
      withheld.add("womenShare");
    }
    if (geoHidden) {
      withheld.add("geographicalShare");
    }
    return new RegionLine(
        row.region(),
        row.kind().key(),
        row.memberStates(),
        staffHidden ? null : c.total(),
        staffHidden ? null : new Share(c.total(), total.staff().total()).fraction(d).orElse(null),
        hidden.contains(Column.WOMEN) ? null : c.women(),
        hidden.contains(Column.MEN) ? null : c.men(),
        hidden.contains(Column.OTHER) ? null : c.other(),
        hidden.contains(Column.NOT_RECORDED) ? null : c.notRecorded(),
        recordedHidden ? null : c.womenShare(d).orElse(null),
        geoHidden ? null : row.geographical(),
        geoHidden
            ? null
            : new Share(row.geographical(), total.geographical()).fraction(d).orElse(null),
        RangeFigures.of(row.ranges()),
        withheld);
  }

  private static String field(Column c) {
    return switch (c) {
      case STAFF -> "staff";
      case WOMEN -> "women";
      case MEN -> "men";
      case OTHER -> "other";
      case NOT_RECORDED -> "notRecorded";
      case GEOGRAPHICAL -> "geographical";
    };
  }

  /** True when --min-cell withheld this field. */
  public boolean isSuppressed(String field) {
    return suppressed.contains(field);
  }
}
