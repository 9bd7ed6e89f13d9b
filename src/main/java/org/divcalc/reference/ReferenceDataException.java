package org.divcalc.reference;

/** A reference dataset (embedded or given by the user) that cannot be used, with where and why. */
public final class ReferenceDataException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ReferenceDataException(String message) {
    super(message);
  }

  public ReferenceDataException(String message, Throwable cause) {
    super(message, cause);
  }
}
