package org.divcalc.render;

import org.divcalc.report.InputSection;

/** The "what divcalc read and assumed" block shared by every text report. */
public final class InputText {
  private InputText() {}

  public static String render(InputSection in) {
    StringBuilder sb = new StringBuilder();
    sb.append("Roster: ").append(in.file()).append('\n');
    sb.append("  size:      ")
        .append(in.sizeBytes())
        .append(" bytes, SHA-256 ")
        .append(in.sha256())
        .append('\n');
    sb.append("  encoding:  ")
        .append(in.encoding())
        .append(" (")
        .append(in.encodingReason())
        .append(")\n");
    sb.append("  delimiter: ")
        .append(in.delimiter())
        .append(" (")
        .append(in.delimiterReason())
        .append(")\n");
    sb.append("  grades:    ").append(in.gradeScale()).append('\n');
    sb.append("\nColumns:\n");
    TextTable t =
        TextTable.of(
            java.util.List.of("field", "column", "header", "why"),
            java.util.List.of(
                TextTable.Align.LEFT,
                TextTable.Align.RIGHT,
                TextTable.Align.LEFT,
                TextTable.Align.LEFT));
    for (InputSection.ColumnUse c : in.columns()) {
      t.row(c.field(), Integer.toString(c.column()), c.header(), c.reason());
    }
    sb.append(ValidationText.indent(t.render()));
    if (!in.otherColumns().isEmpty()) {
      sb.append("  other columns (for --by and --where): ")
          .append(String.join(", ", in.otherColumns()))
          .append('\n');
    }
    for (String note : in.notes()) {
      sb.append("  note: ").append(note).append('\n');
    }
    return sb.toString();
  }
}
