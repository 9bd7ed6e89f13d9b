package org.divcalc.roster;

/**
 * A roster that cannot be used at all (missing file, binary file, no header, a required column
 * missing), with a message that names the file and, where it helps, the line and column.
 */
public final class RosterInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RosterInputException(String message) {
    super(message);
  }

  public RosterInputException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The file could not be read: "FILE: cannot be read (why)". */
  static RosterInputException unreadable(Object file, Exception e) {
    return new RosterInputException(file + ": cannot be read (" + e.getMessage() + ")", e);
  }
}
