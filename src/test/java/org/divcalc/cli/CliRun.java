package org.divcalc.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import org.divcalc.Main;

/**
 * Runs the real divcalc command line in-process and keeps what it printed; its {@code toString}
 * shows arguments, exit code, stdout and stderr, for failure messages.
 */
public record CliRun(String[] args, int exitCode, String out, String err) {
  public static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    try (PrintWriter o = new PrintWriter(out);
        PrintWriter e = new PrintWriter(err)) {
      code = Main.run(args, o, e);
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
