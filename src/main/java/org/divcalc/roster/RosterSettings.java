package org.divcalc.roster;

import java.nio.charset.Charset;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.divcalc.domain.GradeScale;

/**
 * How to read a roster: what the user fixed, everything else detected.
 *
 * @param encoding the encoding to use, or null to detect it
 * @param delimiter the field delimiter, or null to detect it
 * @param columns {@code --column} choices: field to header
 * @param gradeScale the scale grades are normalised to
 * @param problemLimit how many problems to keep in full (all are counted)
 */
public record RosterSettings(
    Charset encoding,
    Character delimiter,
    Map<Field, String> columns,
    GradeScale gradeScale,
    int problemLimit) {

  /** Problems kept in full by default; beyond that they are only counted. */
  public static final int DEFAULT_PROBLEM_LIMIT = 1000;

  public RosterSettings {
    Objects.requireNonNull(gradeScale, "gradeScale");
    EnumMap<Field, String> copy = new EnumMap<>(Field.class);
    copy.putAll(Objects.requireNonNull(columns, "columns"));
    columns = Collections.unmodifiableMap(copy);
    if (delimiter != null && (delimiter == '"' || delimiter == '\n' || delimiter == '\r')) {
      throw new IllegalArgumentException("a quote or line break cannot be the delimiter");
    }
    if (problemLimit < 0) {
      throw new IllegalArgumentException("problemLimit must not be negative");
    }
  }

  /** Everything detected, the built-in grade scale. */
  public static RosterSettings defaults() {
    return new RosterSettings(
        null, null, Map.of(), GradeScale.unCommonSystem(), DEFAULT_PROBLEM_LIMIT);
  }
}
