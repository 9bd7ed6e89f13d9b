package org.divcalc.cli;

import java.nio.file.Path;
import org.divcalc.domain.RangeScheme;
import org.divcalc.reference.SchemeFile;
import picocli.CommandLine.Option;

/**
 * {@code --scheme}: the system of desirable ranges, whose counting rules decide who is
 * geographical.
 */
public final class SchemeOption {
  @Option(
      names = "--scheme",
      paramLabel = "NAME|FILE",
      description =
          "The system of desirable ranges and its staff-counting rules: '"
              + RangeScheme.UN_SECRETARIAT_1988
              + "' (default) or a JSON/YAML scheme file.")
  String scheme = RangeScheme.UN_SECRETARIAT_1988;

  /** The scheme named or read from the file. */
  SchemeFile.Scheme scheme() {
    if (scheme.equalsIgnoreCase(RangeScheme.UN_SECRETARIAT_1988)) {
      return SchemeFile.Scheme.builtIn();
    }
    return SchemeFile.read(DivcalcCommand.path(scheme));
  }

  /** The scheme file given, if any. */
  Path file() {
    return scheme.equalsIgnoreCase(RangeScheme.UN_SECRETARIAT_1988)
        ? null
        : DivcalcCommand.path(scheme);
  }
}
