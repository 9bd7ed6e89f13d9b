package org.divcalc.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.divcalc.domain.Grade;
import org.divcalc.domain.GradeScale;
import org.divcalc.domain.Nationality;
import org.divcalc.domain.Sex;
import org.divcalc.domain.StaffFilter;
import org.divcalc.domain.StaffMember;
import org.divcalc.roster.Field;
import org.divcalc.roster.HeaderMapping;
import org.divcalc.roster.NationalityResolver;
import org.divcalc.roster.SexNormaliser;
import picocli.CommandLine;

/**
 * Resolves the column names of {@code --where} and {@code --by}: a canonical field (compared on its
 * normalised value, so {@code grade=P5} matches P-5) or any other roster column (compared as
 * written).
 */
final class StaffColumns {
  private final CommandLine commandLine;
  private final GradeScale scale;
  private final NationalityResolver nationalities;
  private final List<String> otherColumns = new ArrayList<>();

  StaffColumns(CommandLine commandLine, GradeScale scale, NationalityResolver nationalities) {
    this.commandLine = commandLine;
    this.scale = scale;
    this.nationalities = nationalities;
  }

  /** How to read a column's value, canonical fields normalised. */
  Function<StaffMember, String> reader(String column) {
    Field field = Field.fromCanonicalName(column);
    if (field == null) {
      otherColumns.add(column);
      return s -> s.column(column);
    }
    return switch (field) {
      case SEX -> s -> s.sex().name().toLowerCase(Locale.ROOT).replace('_', ' ');
      case GRADE -> s -> s.grade().code();
      case NATIONALITY -> s -> s.nationality().code();
      case FUNDING -> StaffMember::funding;
      case APPOINTMENT -> StaffMember::appointment;
      case POST_TYPE -> StaffMember::postType;
      case GEOGRAPHICAL -> s -> s.geographical() == null ? "" : s.geographical().toString();
      case ID -> throw usage("'" + column + "' cannot be used here: reports never show staff ids");
    };
  }

  /** Parses {@code COLUMN=V1,V2} or {@code COLUMN!=V1,V2}. */
  StaffFilter filter(String spec) {
    int eq = spec.indexOf('=');
    if (eq <= 0) {
      throw usage("--where " + spec + ": expected COLUMN=VALUE[,VALUE...] or COLUMN!=VALUE");
    }
    boolean negated = spec.charAt(eq - 1) == '!';
    String column = spec.substring(0, negated ? eq - 1 : eq).strip();
    List<String> values = new ArrayList<>();
    for (String v : spec.substring(eq + 1).split(",", -1)) {
      values.add(normalise(column, v.strip(), spec));
    }
    return new StaffFilter(column, negated, values, reader(column));
  }

  private String normalise(String column, String value, String spec) {
    Field field = Field.fromCanonicalName(column);
    if (field == null) {
      return value;
    }
    return switch (field) {
      case SEX ->
          SexNormaliser.normalise(value)
              .map(Sex::name)
              .map(n -> n.toLowerCase(Locale.ROOT).replace('_', ' '))
              .orElseThrow(
                  () ->
                      usage(
                          "--where "
                              + spec
                              + ": '"
                              + value
                              + "' is not a sex; "
                              + SexNormaliser.describe()));
      case GRADE ->
          scale
              .lookup(value)
              .map(Grade::code)
              .orElseThrow(
                  () ->
                      usage(
                          "--where "
                              + spec
                              + ": '"
                              + value
                              + "' is not a grade of the "
                              + scale.name()));
      case NATIONALITY ->
          nationalities
              .resolve(value)
              .map(Nationality::code)
              .orElseThrow(
                  () ->
                      usage(
                          "--where "
                              + spec
                              + ": '"
                              + value
                              + "' is not a known State"
                              + nationalities.hint(value)));
      default -> value;
    };
  }

  /** Rejects, before any row is read, a column the roster does not have. */
  void check(HeaderMapping mapping) {
    for (String column : otherColumns) {
      if (mapping.indexOf(column) < 0) {
        List<String> known = new ArrayList<>();
        for (Field f : Field.values()) {
          if (f != Field.ID) {
            known.add(f.canonicalName());
          }
        }
        known.addAll(mapping.otherColumns());
        throw usage(
            "the roster has no column '"
                + column
                + "'"
                + org.divcalc.roster.Suggestions.hint(column, known)
                + "; columns you can use: "
                + String.join(", ", known));
      }
    }
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(commandLine, message);
  }
}
