package org.divcalc.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.divcalc.domain.Grouping;
import org.divcalc.reference.Groupings;
import org.divcalc.reference.StateLookup;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --grouping}: which regions States are sorted into, built in or from a file. */
public final class GroupingOption {
  @Spec(Spec.Target.MIXEE)
  CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--grouping",
      paramLabel = "NAME|FILE",
      description =
          "Regions: un-regional-groups (default; each State in its electoral group),"
              + " m49-region, m49-subregion, ilo, or a CSV file with columns state,group.")
  String grouping;

  /** True when the option was given. */
  boolean given() {
    return grouping != null;
  }

  /** The grouping file given, if any (so that the output cannot overwrite it). */
  Path file() {
    return grouping == null || Groupings.builtIn(grouping).isPresent()
        ? null
        : DivcalcCommand.path(grouping);
  }

  /**
   * The grouping named, or read from the file with States resolved by {@code lookup}; a name that
   * is neither a built-in grouping nor a file is a usage error listing the choices.
   */
  Grouping grouping(StateLookup lookup) {
    String name = grouping == null ? Groupings.UN_REGIONAL_GROUPS : grouping;
    return Groupings.builtIn(name).orElseGet(() -> fromFile(name, lookup));
  }

  private Grouping fromFile(String name, StateLookup lookup) {
    Path path = DivcalcCommand.path(name);
    boolean looksLikeFile =
        Files.exists(path) || name.contains("/") || name.contains("\\") || name.contains(".");
    if (!looksLikeFile) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--grouping: unknown grouping '"
              + name
              + "'; choose "
              + String.join(", ", Groupings.BUILT_IN)
              + ", or give a CSV file with columns state,group");
    }
    return Groupings.file(path, lookup);
  }
}
