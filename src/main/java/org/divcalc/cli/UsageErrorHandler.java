package org.divcalc.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Prints a usage error as one line with picocli's "did you mean" suggestions, and where to find the
 * options, instead of the whole usage text; exit code {@link ExitCodes#USAGE}.
 */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
  @Override
  public int handleParseException(CommandLine.ParameterException thrown, String[] args) {
    CommandLine cl = thrown.getCommandLine();
    CommandLine.ParameterException e = thrown;
    PrintWriter err = cl.getErr();
    if (thrown instanceof CommandLine.MissingParameterException
        && !cl.getUnmatchedArguments().isEmpty()) {
      // picocli checks required parameters before unknown options: "validate -zz" would say only
      // that the roster is missing, when the mistake to see first is the option; both are said
      e = new CommandLine.UnmatchedArgumentException(cl, cl.getUnmatchedArguments());
    }
    err.println("divcalc: " + e.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    if (e != thrown) {
      err.println("divcalc: " + thrown.getMessage());
    }
    String command = cl.getCommandSpec().qualifiedName();
    err.println("Run '" + command + " --help' for the options.");
    err.flush();
    return ExitCodes.USAGE;
  }
}
