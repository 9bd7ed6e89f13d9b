package org.divcalc.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.divcalc.domain.GradeScale;
import org.divcalc.roster.Field;
import org.divcalc.roster.GradeScaleFile;
import org.divcalc.roster.RosterSettings;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The options that say how to read a roster, shared by every command that reads one. */
public final class RosterOptions {
  @Spec(Spec.Target.MIXEE)
  CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--delimiter",
      paramLabel = "CHAR",
      description = "Field delimiter: ',' ';' '|' or 'tab' (default: detected).")
  String delimiter;

  @Option(
      names = "--encoding",
      paramLabel = "NAME",
      description = "Character encoding, e.g. UTF-8, windows-1252, UTF-16 (default: detected).")
  String encoding;

  @Option(
      names = "--column",
      paramLabel = "FIELD=HEADER",
      description =
          "Take the column HEADER for FIELD (id, sex, grade, nationality, funding,"
              + " appointment, post_type, geographical). Repeatable.")
  java.util.List<String> columns = new java.util.ArrayList<>();

  @Option(
      names = "--grade-scale",
      paramLabel = "FILE",
      description =
          "Grade scale CSV (code,category,synonyms), highest grade first"
              + " (default: the built-in UN common system scale).")
  Path gradeScale;

  /** The files these options read besides the roster (the grade scale), for the output checks. */
  java.util.List<Path> inputFiles() {
    return gradeScale == null ? java.util.List.of() : java.util.List.of(gradeScale);
  }

  /** The settings these options describe; a bad value is a usage error. */
  RosterSettings settings() {
    return new RosterSettings(
        charset(), delimiterChar(), fieldColumns(), scale(), RosterSettings.DEFAULT_PROBLEM_LIMIT);
  }

  private GradeScale scale() {
    return gradeScale == null ? GradeScale.unCommonSystem() : GradeScaleFile.read(gradeScale);
  }

  private Charset charset() {
    if (encoding == null) {
      return null;
    }
    try {
      return Charset.forName(encoding.trim());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--encoding: unknown encoding '" + encoding + "' (try UTF-8, windows-1252, UTF-16)");
    }
  }

  private Character delimiterChar() {
    if (delimiter == null) {
      return null;
    }
    String d = delimiter.equalsIgnoreCase("tab") || delimiter.equals("\\t") ? "\t" : delimiter;
    // a letter, digit or space would split the values themselves: a typing slip, not a delimiter
    if (d.length() != 1
        || d.equals("\"")
        || Character.isLetterOrDigit(d.charAt(0))
        || (Character.isWhitespace(d.charAt(0)) && d.charAt(0) != '\t')) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--delimiter: expected one character such as ',' ';' '|' or the word 'tab', found '"
              + delimiter
              + "'");
    }
    return d.charAt(0);
  }

  private Map<Field, String> fieldColumns() {
    Map<Field, String> map = new EnumMap<>(Field.class);
    Map<Field, String> given = new EnumMap<>(Field.class);
    for (String c : columns) {
      int eq = c.indexOf('=');
      if (eq < 0) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--column " + c + ": expected FIELD=HEADER, e.g. sex=Gender");
      }
      String field = c.substring(0, eq);
      Field f = Field.fromCanonicalName(field);
      if (f == null) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "--column: unknown field '"
                + field
                + "'; expected one of id, sex, grade,"
                + " nationality, funding, appointment, post_type, geographical");
      }
      String earlier = given.putIfAbsent(f, c);
      if (earlier != null) {
        // the last one winning silently would read another column than the user believes
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "--column " + earlier + " and --column " + c + " both map " + field + "; give one");
      }
      map.put(f, c.substring(eq + 1));
    }
    return map;
  }
}
