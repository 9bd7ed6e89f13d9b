package org.divcalc.report;

import java.math.BigDecimal;
import org.divcalc.domain.GenderCount;
import org.divcalc.domain.GenderRow;

/**
 * One row of a gender table as reported.
 *
 * @param key stable key: grade code, category key, "P-5+", "D-1+", "P+" or "all"
 * @param label the row's name
 * @param kind "grade", "category", "cumulative" or "total"
 * @param women women
 * @param men men
 * @param other recorded as neither
 * @param notRecorded no recorded sex
 * @param recorded denominator of the share: women + men + other
 * @param total recorded + not recorded
 * @param womenShare women ÷ recorded, a fraction with {@link GenderReport#SHARE_DECIMALS} decimals,
 *     null when recorded is 0
 */
public record GenderLine(
    String key,
    String label,
    String kind,
    long women,
    long men,
    long other,
    long notRecorded,
    long recorded,
    long total,
    BigDecimal womenShare) {

  static GenderLine of(GenderRow row) {
    GenderCount c = row.count();
    return new GenderLine(
        row.key(),
        row.label(),
        row.kind().name().toLowerCase(java.util.Locale.ROOT),
        c.women(),
        c.men(),
        c.other(),
        c.notRecorded(),
        c.recorded(),
        c.total(),
        c.womenShare(GenderReport.SHARE_DECIMALS).orElse(null));
  }

  /** The count this line reports. */
  public GenderCount count() {
    return new GenderCount(women, men, other, notRecorded);
  }
}
