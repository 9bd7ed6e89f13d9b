package org.divcalc;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Set;
import org.divcalc.cli.DivcalcCommand;
import org.divcalc.cli.ExitCodes;
import org.divcalc.reference.Preload;

/** Entry point: runs divcalc with the given streams and returns the exit code. */
public final class Main {
  private static final String INFLATION = "sun.reflect.inflationThreshold";

  /** Commands that read the embedded reference data (ahead of their use, see Preload). */
  private static final Set<String> READS_REFERENCE =
      Set.of("report", "gender", "geo", "regions", "ranges", "validate");

  private Main() {}

  /** Whether an argument is one of the options, alone or as --option=value. */
  private static boolean names(String[] args, String... options) {
    for (String arg : args) {
      for (String option : options) {
        if (arg.equals(option) || arg.startsWith(option + "=")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Runs divcalc; the only I/O is through {@code out} and {@code err} and the files named. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, new SystemClock());
  }

  /** The same, with the clock that says what "today" is (the default of dates such as --as-of). */
  public static int run(String[] args, PrintWriter out, PrintWriter err, Clock clock) {
    try {
      int code = DivcalcCommand.commandLine(out, err, clock, args).execute(args);
      // a PrintWriter keeps write errors to itself: a report sent to a full disk or a closed
      // pipe must not end as a success (checkError flushes first)
      if (out.checkError()
          && (code == ExitCodes.OK
              || code == ExitCodes.ROW_ERRORS
              || code == ExitCodes.CHECK_FAILED)) {
        err.println(
            "divcalc: standard output cannot be written (a full disk, or a closed pipe?): what"
                + " was sent there is incomplete");
        err.flush();
        return ExitCodes.OUTPUT_ERROR;
      }
      return code;
    } catch (OutOfMemoryError e) {
      return outOfMemory(err);
    } catch (LinkageError e) {
      // a class whose initialisation ran out of memory earlier cannot be used afterwards
      if (causedByMemory(e)) {
        return outOfMemory(err);
      }
      throw e;
    }
  }

  private static int outOfMemory(PrintWriter err) {
    err.println("divcalc: out of memory; run java with a larger -Xmx (for example -Xmx2g)");
    err.flush();
    return 1;
  }

  static boolean causedByMemory(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError
          || String.valueOf(t.getMessage()).contains("OutOfMemoryError")) {
        return true;
      }
      // a class whose initialisation ran out of memory on another thread, earlier in this run
      if (t instanceof NoClassDefFoundError
          && String.valueOf(t.getMessage()).startsWith("Could not initialize class")
          && org.divcalc.domain.OutOfMemory.seen()) {
        return true;
      }
    }
    return false;
  }

  public static void main(String[] args) {
    // Reflection (picocli's, and the JSON writer's over records) then calls through the JVM's
    // native accessors instead of generating a class per method called often: generating them
    // costs more start-up than the calls they speed up, in a run this short.
    if (System.getProperty(INFLATION) == null) {
      System.setProperty(INFLATION, String.valueOf(Integer.MAX_VALUE));
    }
    if (args.length > 0 && READS_REFERENCE.contains(args[0])) {
      boolean ranges = args[0].equals("ranges") || names(args, "--base-figure", "--ranges");
      Preload.start(ranges, () -> DivcalcCommand.prepare(ranges));
    }
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
