package org.divcalc.cli;

import java.util.ArrayList;
import java.util.List;
import org.divcalc.domain.GenderLevels;
import org.divcalc.domain.GenderTarget;
import org.divcalc.domain.GradeScale;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --target} and {@code --fail-below}: targets for the women's share, and the check. */
public final class TargetOptions {
  @Spec(Spec.Target.MIXEE)
  CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--target",
      paramLabel = "[LEVEL=]PERCENT",
      description =
          "A target share of women: '50' for every level, or per level: 'P-5+=45', 'D-1+=50',"
              + " 'P+=50', 'P-4=50', 'all=50'. Repeatable.")
  List<String> targets = new ArrayList<>();

  @Option(
      names = "--fail-below",
      description = "Exit 5 when a level with staff misses its target (for scheduled jobs).")
  boolean failBelow;

  /** The targets given; an unknown level or a bad percentage is a usage error. */
  List<GenderTarget> targets(GradeScale scale) {
    if (failBelow && targets.isEmpty()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--fail-below needs a --target to fail below");
    }
    List<GenderTarget> goals = new ArrayList<>();
    java.util.Map<String, String> given = new java.util.HashMap<>();
    for (String t : targets) {
      int eq = t.lastIndexOf('=');
      String level = eq < 0 ? "*" : t.substring(0, eq).strip();
      String percent = (eq < 0 ? t : t.substring(eq + 1)).strip().replace("%", "");
      String key =
          level.equals("*")
              ? "*"
              : GenderLevels.resolve(level, scale)
                  .orElseThrow(
                      () ->
                          new CommandLine.ParameterException(
                              spec.commandLine(),
                              "--target "
                                  + t
                                  + ": unknown level '"
                                  + level
                                  + "'; use a grade"
                                  + " (P-4), a category (professional), P-5+, D-1+, P+ or all"));
      String earlier = given.putIfAbsent(key, t);
      if (earlier != null) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "--target "
                + earlier
                + " and --target "
                + t
                + (key.equals("*")
                    ? " are both targets for every level"
                    : " are both targets for the same level")
                + "; give one");
      }
      for (GenderLevels.Cumulative c : GenderLevels.Cumulative.values()) {
        if (c.key().equals(key) && c.members(scale).isEmpty()) {
          throw new CommandLine.ParameterException(
              spec.commandLine(),
              "--target "
                  + t
                  + ": the "
                  + scale.name()
                  + " has no professional or higher grade "
                  + c.threshold()
                  + ", so there is no level '"
                  + c.label()
                  + "'");
        }
      }
      try {
        // digits and a decimal point only, as every decimal option (no 4e1)
        goals.add(new GenderTarget(key, new DecimalConverter().convert(percent)));
      } catch (IllegalArgumentException | CommandLine.TypeConversionException e) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "--target " + t + ": expected a percentage from 0 to 100, e.g. 45 or P-5+=45");
      }
    }
    return goals;
  }

  /** Exit 5 when asked to fail and a target with staff was missed; 0 otherwise. */
  int exitCode(boolean anyMissed) {
    return failBelow && anyMissed ? ExitCodes.CHECK_FAILED : ExitCodes.OK;
  }
}
