package org.divcalc.cli;

/** An output that cannot be written; the message names the path and the reason. */
public final class OutputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public OutputException(String message, Throwable cause) {
    super(message, cause);
  }

  public OutputException(String message) {
    super(message);
  }
}
