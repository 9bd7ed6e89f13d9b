package org.divcalc.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Prints a usage error as one line with picocli's "did you mean" suggestions, and where to find the
 * options, instead of the whole usage text; exit code {@link ExitCodes#USAGE}.
 */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
  @Override
  public int handleParseException(CommandLine.ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    PrintWriter err = cl.getErr();
    err.println("divcalc: " + e.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    String command = cl.getCommandSpec().qualifiedName();
    err.println("Run '" + command + " --help' for the options.");
    err.flush();
    return ExitCodes.USAGE;
  }
}
