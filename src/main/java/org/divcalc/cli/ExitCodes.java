package org.divcalc.cli;

/** The exit codes of every divcalc command, the same across commands. */
public final class ExitCodes {
  /** Done; the report was written. */
  public static final int OK = 0;

  /** A bug in divcalc: an unexpected error (please report it with --stacktrace output). */
  public static final int INTERNAL_ERROR = 1;

  /** The command line is wrong: unknown option, bad value, missing argument. */
  public static final int USAGE = 2;

  /** An input cannot be used at all: missing or binary file, no header, required column missing. */
  public static final int UNUSABLE_INPUT = 3;

  /** Some rows have errors (always for validate; with --strict for the other commands). */
  public static final int ROW_ERRORS = 4;

  /** A check the user asked for failed (for example --fail-below). */
  public static final int CHECK_FAILED = 5;

  /** The output could not be written; no partial file is left. */
  public static final int OUTPUT_ERROR = 6;

  /** The exit-code list shown by --help, as picocli wants it. */
  static final String[] HELP = {
    "0:Success.",
    "1:Internal error (a bug; rerun with --stacktrace and report it), or out of memory (rerun with a larger -Xmx).",
    "2:Usage error: unknown option, bad value or missing argument.",
    "3:Unusable input: missing, empty or binary file, no header, required column missing,"
        + " bad reference or scheme file.",
    "4:Rows with errors: validate found errors, or --strict and some rows have errors.",
    "5:A requested check failed (--fail-below).",
    "6:The output could not be written (nothing partial is left behind)."
  };

  private ExitCodes() {}
}
