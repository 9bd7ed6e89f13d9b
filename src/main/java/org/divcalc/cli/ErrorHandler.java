package org.divcalc.cli;

import java.io.PrintWriter;
import org.divcalc.reference.ReferenceDataException;
import org.divcalc.roster.RosterInputException;
import picocli.CommandLine;

/**
 * Turns every error a command throws into one line on stderr and an exit code; a stack trace only
 * with {@code --stacktrace} or for a bug.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(
      Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    boolean stacktrace = commandLine.getParseResult().hasMatchedOption("--stacktrace");
    int code;
    String message;
    if (e instanceof CommandLine.ParameterException
        || e instanceof CommandLine.TypeConversionException) {
      // (a file name in an option read as text, such as --grouping, is converted late)
      err.println("divcalc: " + e.getMessage());
      err.println(
          "Run '" + commandLine.getCommandSpec().qualifiedName() + " --help' for the options.");
      err.flush();
      return ExitCodes.USAGE;
    }
    if (e instanceof org.divcalc.domain.GenderAnalysis.TooManyGroups) {
      err.println("divcalc: --by: " + e.getMessage());
      err.flush();
      return ExitCodes.USAGE;
    }
    if (e instanceof RosterInputException || e instanceof ReferenceDataException) {
      code = ExitCodes.UNUSABLE_INPUT;
      message = e.getMessage();
    } else if (e instanceof OutputException) {
      code = ExitCodes.OUTPUT_ERROR;
      message = e.getMessage();
    } else {
      code = ExitCodes.INTERNAL_ERROR;
      message = "internal error: " + e + " (a bug; rerun with --stacktrace and report it)";
    }
    err.println("divcalc: " + message);
    if (stacktrace) {
      e.printStackTrace(err);
    }
    err.flush();
    return code;
  }
}
