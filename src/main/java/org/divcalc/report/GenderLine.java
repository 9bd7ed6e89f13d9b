package org.divcalc.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.divcalc.domain.GenderCount;
import org.divcalc.domain.GenderRow;
import org.divcalc.domain.GenderSuppression.Cell;

/**
 * One row of a gender table as reported. With {@code --min-cell}, a suppressed count and every
 * figure computed from it are null, and {@code suppressed} names them.
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
 *     null when recorded is 0 or when suppressed
 * @param suppressed the fields withheld by small-cell suppression (empty without it)
 */
public record GenderLine(
    String key,
    String label,
    String kind,
    Long women,
    Long men,
    Long other,
    Long notRecorded,
    Long recorded,
    Long total,
    BigDecimal womenShare,
    List<String> suppressed) {

  public GenderLine {
    suppressed = List.copyOf(suppressed);
  }

  static GenderLine of(GenderRow row) {
    return of(row, Set.of());
  }

  static GenderLine of(GenderRow row, Set<Cell> cells) {
    GenderCount c = row.count();
    boolean recordedHidden =
        cells.contains(Cell.WOMEN) || cells.contains(Cell.MEN) || cells.contains(Cell.OTHER);
    List<String> withheld = new ArrayList<>();
    for (Cell cell : Cell.values()) {
      if (cells.contains(cell)) {
        withheld.add(fieldName(cell));
      }
    }
    if (recordedHidden) {
      withheld.add("recorded");
      withheld.add("womenShare");
    }
    return new GenderLine(
        row.key(),
        row.label(),
        row.kind().name().toLowerCase(java.util.Locale.ROOT),
        cells.contains(Cell.WOMEN) ? null : c.women(),
        cells.contains(Cell.MEN) ? null : c.men(),
        cells.contains(Cell.OTHER) ? null : c.other(),
        cells.contains(Cell.NOT_RECORDED) ? null : c.notRecorded(),
        recordedHidden ? null : c.recorded(),
        cells.contains(Cell.TOTAL) ? null : c.total(),
        recordedHidden ? null : c.womenShare(GenderReport.SHARE_DECIMALS).orElse(null),
        withheld);
  }

  private static String fieldName(Cell cell) {
    return switch (cell) {
      case WOMEN -> "women";
      case MEN -> "men";
      case OTHER -> "other";
      case NOT_RECORDED -> "notRecorded";
      case TOTAL -> "total";
    };
  }

  /** True when small-cell suppression withheld this field. */
  public boolean isSuppressed(String field) {
    return suppressed.contains(field);
  }

  /**
   * The women's share in per cent, one decimal, from the exact counts; empty when nobody has a
   * recorded sex or when it is suppressed.
   */
  @JsonIgnore
  public Optional<BigDecimal> womenPercent() {
    if (women == null || recorded == null || recorded == 0) {
      return Optional.empty();
    }
    return new GenderCount(women, recorded - women, 0, 0).womenPercent(1);
  }
}
