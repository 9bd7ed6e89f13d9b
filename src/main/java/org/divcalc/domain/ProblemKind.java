package org.divcalc.domain;

/** The kinds of problem a roster row can have, with whether the row is then excluded. */
public enum ProblemKind {
  BLANK_LINE(Severity.WARNING, true, "blank line"),
  WRONG_FIELD_COUNT(Severity.ERROR, true, "wrong number of fields"),
  UNBALANCED_QUOTE(Severity.ERROR, true, "unbalanced quote"),
  MISPLACED_QUOTE(Severity.ERROR, true, "text after a closing quote"),
  DUPLICATE_ID(Severity.ERROR, true, "duplicate staff id"),
  UNRECOGNISED_SEX(Severity.ERROR, true, "unrecognised sex"),
  MISSING_GRADE(Severity.ERROR, true, "no grade"),
  UNRECOGNISED_GRADE(Severity.ERROR, true, "unrecognised grade"),
  UNRECOGNISED_NATIONALITY(Severity.ERROR, true, "unrecognised nationality"),
  UNRECOGNISED_FLAG(Severity.ERROR, true, "unrecognised geographical flag"),
  NUL_CHARACTER(Severity.ERROR, true, "NUL byte in a field"),
  INVALID_BYTES(Severity.WARNING, false, "bytes invalid in the encoding"),
  MISSING_ID(Severity.WARNING, false, "no staff id"),
  LINE_BREAK_IN_FIELD(Severity.WARNING, false, "line break inside a field"),
  TRAILING_DELIMITER(Severity.WARNING, false, "delimiter after the last column");

  /** How serious a problem is. */
  public enum Severity {
    /** The row is excluded, or counted on an assumption the user should check. */
    WARNING,
    /** The row is excluded and the run is not clean. */
    ERROR
  }

  private final Severity severity;
  private final boolean excludesRow;
  private final String reason;

  ProblemKind(Severity severity, boolean excludesRow, String reason) {
    this.severity = severity;
    this.excludesRow = excludesRow;
    this.reason = reason;
  }

  public Severity severity() {
    return severity;
  }

  /** True when a row with this problem is left out of every count. */
  public boolean excludesRow() {
    return excludesRow;
  }

  /** The reason printed in the reconciliation. */
  public String reason() {
    return reason;
  }

  /** The lower-case, hyphenated name used in JSON. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
