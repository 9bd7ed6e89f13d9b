package org.divcalc.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.divcalc.Main;

/**
 * Runs the real divcalc command line in-process and keeps what it printed; its {@code toString}
 * shows arguments, exit code, stdout and stderr, for failure messages.
 */
public record CliRun(String[] args, int exitCode, String out, String err) {
  public static CliRun of(String... args) {
    return on(null, args);
  }

  /** Runs with "today" fixed at {@code today} (the system clock when null). */
  public static CliRun on(LocalDate today, String... args) {
    Clock clock =
        today == null
            ? Clock.systemDefaultZone()
            : Clock.fixed(today.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    try (PrintWriter o = new PrintWriter(out);
        PrintWriter e = new PrintWriter(err)) {
      code = Main.run(args, o, e, clock);
    }
    return new CliRun(args, code, out.toString(), err.toString());
  }

  @Override
  public String toString() {
    return "divcalc "
        + String.join(" ", Arrays.asList(args))
        + "\nexit code: "
        + exitCode
        + "\n--- stdout ---\n"
        + out
        + "--- stderr ---\n"
        + err;
  }
}
