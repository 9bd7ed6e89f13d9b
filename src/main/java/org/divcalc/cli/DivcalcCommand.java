package org.divcalc.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** The top-level {@code divcalc} command: lists the subcommands and the exit codes. */
@Command(
    name = "divcalc",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Workforce diversity statistics from a staff roster export: women's share by grade,"
            + " geographical representation of Member States, regional breakdowns.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {},
    footer = {"", "Run 'divcalc COMMAND --help' for a command's options."})
public final class DivcalcCommand implements Runnable {
  /** Every subcommand, in the order help lists them. */
  private static final List<Class<?>> SUBCOMMANDS =
      List.of(
          ValidateCommand.class,
          GenderCommand.class,
          GeoCommand.class,
          ReportCommand.class,
          RangesCommand.class,
          RegionsCommand.class,
          DataCommand.class,
          SchemaCommand.class,
          CommandLine.HelpCommand.class);

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    // no command: a usage error (exit 2), so that a script that lost its command does not pass
    List<String> commands = new java.util.ArrayList<>(spec.subcommands().keySet());
    commands.remove("help");
    throw new CommandLine.ParameterException(
        spec.commandLine(), "missing a command: one of " + String.join(", ", commands));
  }

  /**
   * Builds what a command will build from the embedded data, ahead of it (on the read-ahead thread,
   * while the command line is parsed): the nationality resolver, and with {@code ranges} the scale
   * and the population read with it.
   */
  public static void prepare(boolean ranges) {
    org.divcalc.roster.NationalityResolver resolver =
        org.divcalc.roster.NationalityResolver.embedded();
    if (ranges) {
      org.divcalc.reference.RangeBasisLoader.shared(
              org.divcalc.reference.States.embedded(), resolver)
          .prepare();
    }
  }

  /** A command line wired with divcalc's streams, error handling and exit codes. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, Clock.systemDefaultZone());
  }

  /** The same, with the clock that says what "today" is (fixed in tests). */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err, Clock clock) {
    return commandLine(out, err, clock, new String[0]);
  }

  /**
   * A command line for running {@code args}: when they start with a subcommand's name, only that
   * subcommand is built (building all of them, with every option's annotations read by reflection,
   * is a large part of start-up); otherwise all are, for help and for suggestions.
   */
  public static CommandLine commandLine(
      PrintWriter out, PrintWriter err, Clock clock, String[] args) {
    ClockFactory factory = new ClockFactory(clock);
    CommandLine cl = new CommandLine(new DivcalcCommand(), factory);
    Class<?> only = args.length == 0 ? null : subcommand(args[0]);
    for (Class<?> sub : SUBCOMMANDS) {
      if (only == null || sub == only) {
        cl.addSubcommand(new CommandLine(sub, factory));
      }
    }
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(new ErrorHandler());
    cl.setParameterExceptionHandler(new UsageErrorHandler());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    // after the subcommands: a converter reaches those registered before it
    cl.registerConverter(java.math.BigDecimal.class, new DecimalConverter());
    cl.registerConverter(Integer.class, new WholeNumberConverter());
    cl.registerConverter(int.class, new WholeNumberConverter());
    cl.registerConverter(java.nio.file.Path.class, DivcalcCommand::path);
    cl.setUsageHelpLongOptionsMaxWidth(28);
    applyExitCodeList(cl);
    return cl;
  }

  /**
   * A file name as a path. Under an empty locale (cron's, say) the JVM cannot read a name such as
   * "Genève.csv": it says so in words, not with a Java exception's text.
   */
  static java.nio.file.Path path(String name) {
    if (name.isBlank()) {
      // found in session 9's operator test: --output-dir "$OUT" with OUT unset wrote into (and
      // cleared old tables from) the working directory
      throw new CommandLine.TypeConversionException(
          "an empty file name (a shell variable that is not set?); give a file or directory name"
              + " ('.' for the working directory)");
    }
    try {
      return java.nio.file.Path.of(name);
    } catch (java.nio.file.InvalidPathException e) {
      throw new CommandLine.TypeConversionException(
          "'"
              + name
              + "' is not a file name Java can use here: a character is not allowed in a file"
              + " name, or does not fit the locale's encoding ("
              + System.getProperty("sun.jnu.encoding")
              + "; for names such as Genève.csv set a UTF-8 locale, LANG=C.UTF-8, as the"
              + " launcher target/divcalc does)");
    }
  }

  /** The subcommand named exactly {@code name} (not help), or null. */
  private static Class<?> subcommand(String name) {
    for (Class<?> sub : SUBCOMMANDS) {
      Command command = sub.getAnnotation(Command.class);
      if (sub != CommandLine.HelpCommand.class && command.name().equals(name)) {
        return sub;
      }
    }
    return null;
  }

  private static void applyExitCodeList(CommandLine cl) {
    java.util.Map<String, String> codes = new java.util.LinkedHashMap<>();
    for (String entry : ExitCodes.HELP) {
      int colon = entry.indexOf(':');
      codes.put(
          String.format(Locale.ROOT, "%3s", entry.substring(0, colon)), entry.substring(colon + 1));
    }
    cl.getCommandSpec().usageMessage().exitCodeList(codes);
    for (CommandLine sub : cl.getSubcommands().values()) {
      if (!(sub.getCommand() instanceof CommandLine.HelpCommand)) {
        sub.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n");
        sub.getCommandSpec().usageMessage().exitCodeList(codes);
      }
    }
  }
}
