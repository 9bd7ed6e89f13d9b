package org.divcalc.domain;

/**
 * Whether memory ran short earlier in this run, on any thread, even if the work then went on (the
 * fast reader gives way to the plain one). A class whose static initialisation ran out of memory
 * cannot be used afterwards, and the JVM then reports only "Could not initialize class": knowing
 * that memory ran short lets divcalc say so rather than print a stack trace.
 */
public final class OutOfMemory {
  private static volatile boolean seen;

  private OutOfMemory() {}

  /** Records {@code e} when it is, or was caused by, an OutOfMemoryError. */
  public static void note(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        seen = true;
        return;
      }
    }
  }

  /** Whether an OutOfMemoryError was recorded in this run. */
  public static boolean seen() {
    return seen;
  }
}
