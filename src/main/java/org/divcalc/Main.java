package org.divcalc;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Set;
import org.divcalc.cli.DivcalcCommand;
import org.divcalc.reference.Preload;

/** Entry point: runs divcalc with the given streams and returns the exit code. */
public final class Main {
  private static final String INFLATION = "sun.reflect.inflationThreshold";

  /** Commands that read the embedded scale, population and groupings, and those that do not. */
  private static final Set<String> RANGES = Set.of("report", "geo", "regions", "ranges", "data");

  private static final Set<String> STATES = Set.of("gender", "validate");

  private Main() {}

  /** Runs divcalc; the only I/O is through {@code out} and {@code err} and the files named. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, new SystemClock());
  }

  /** The same, with the clock that says what "today" is (the default of dates such as --as-of). */
  public static int run(String[] args, PrintWriter out, PrintWriter err, Clock clock) {
    try {
      return DivcalcCommand.commandLine(out, err, clock, args).execute(args);
    } catch (OutOfMemoryError e) {
      err.println("divcalc: out of memory; run java with a larger -Xmx (for example -Xmx2g)");
      err.flush();
      return 1;
    }
  }

  public static void main(String[] args) {
    if (args.length > 0) {
      if (RANGES.contains(args[0])) {
        Preload.start(true);
      } else if (STATES.contains(args[0])) {
        Preload.start(false);
      }
    }
    // Reflection (picocli's, and the JSON writer's over records) then calls through the JVM's
    // native accessors instead of generating a class per method called often: generating them
    // costs more start-up than the calls they speed up, in a run this short.
    if (System.getProperty(INFLATION) == null) {
      System.setProperty(INFLATION, String.valueOf(Integer.MAX_VALUE));
    }
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
