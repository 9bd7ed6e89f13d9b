package org.divcalc.domain;

import java.util.Objects;

/**
 * One problem found in a roster row.
 *
 * @param line physical line of the file (1 is the header)
 * @param column 1-based column of the field concerned, or 0 when the whole row is concerned
 * @param kind what sort of problem
 * @param message what was found and what was expected; never a staff id or a name
 */
public record RowProblem(long line, int column, ProblemKind kind, String message) {
  public RowProblem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    if (line < 1 || column < 0) {
      throw new IllegalArgumentException("bad position " + line + ":" + column);
    }
  }

  /** "line 12, column 3" or "line 12". */
  public String position() {
    return column > 0 ? "line " + line + ", column " + column : "line " + line;
  }
}
