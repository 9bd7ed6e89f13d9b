package org.divcalc.render;

import org.divcalc.report.RangesReport;

/** Draws a ranges report as text for a terminal, or as Markdown. */
public final class RangesText {
  private RangesText() {}

  /** The whole report as aligned text. */
  public static String text(RangesReport r) {
    StringBuilder sb = new StringBuilder();
    sb.append("divcalc ")
        .append(r.toolVersion())
        .append(": desirable ranges as at ")
        .append(r.asOf())
        .append("\n\n");
    for (String line : SchemeText.lines(r.scheme(), r.method().equals("formula"))) {
      sb.append(line).append('\n');
    }
    sb.append('\n').append(TableFormats.text(RangesTables.choices(r.choices())));
    sb.append('\n').append(TableFormats.text(RangesTables.inputs(r.inputs())));
    sb.append('\n').append(TableFormats.text(RangesTables.ranges(r, false)));
    warnings(sb, r, "warning: ");
    return sb.toString();
  }

  /** The whole report as Markdown. */
  public static String markdown(RangesReport r) {
    StringBuilder sb = new StringBuilder();
    sb.append("## Desirable ranges as at ").append(r.asOf()).append("\n\n");
    for (String line : SchemeText.lines(r.scheme(), r.method().equals("formula"))) {
      sb.append("- ").append(line).append('\n');
    }
    sb.append('\n').append(TableFormats.markdown(RangesTables.choices(r.choices())));
    sb.append('\n').append(TableFormats.markdown(RangesTables.inputs(r.inputs())));
    sb.append('\n').append(TableFormats.markdown(RangesTables.ranges(r, false)));
    warnings(sb, r, "- **Warning:** ");
    sb.append("\n_divcalc ").append(r.toolVersion()).append("_\n");
    return sb.toString();
  }

  private static void warnings(StringBuilder sb, RangesReport r, String prefix) {
    if (!r.warnings().isEmpty()) {
      sb.append('\n');
      for (String w : r.warnings()) {
        sb.append(prefix).append(w).append('\n');
      }
    }
  }
}
