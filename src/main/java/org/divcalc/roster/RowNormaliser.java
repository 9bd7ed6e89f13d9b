package org.divcalc.roster;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVRecord;
import org.divcalc.domain.Grade;
import org.divcalc.domain.GradeScale;
import org.divcalc.domain.Nationality;
import org.divcalc.domain.ProblemKind;
import org.divcalc.domain.RowProblem;
import org.divcalc.domain.Sex;
import org.divcalc.domain.StaffMember;

/** Turns one parsed record into a {@link StaffMember}, or into the problems that exclude it. */
final class RowNormaliser {
  private final HeaderMapping mapping;
  private final GradeScale scale;
  private final NationalityResolver nationalities;
  private final ProblemLog log;
  private final SeenIds seenIds = new SeenIds();
  private final ValueCache<Optional<Sex>> sexes = new ValueCache<>(SexNormaliser::normalise);
  private final ValueCache<Optional<Grade>> grades;
  private final ValueCache<Optional<Nationality>> nationalityCache;
  private final int id;
  private final int sex;
  private final int grade;
  private final int nationality;
  private final int funding;
  private final int appointment;
  private final int postType;
  private final int geographical;

  private RowNormaliser(
      HeaderMapping mapping, GradeScale scale, NationalityResolver nationalities, ProblemLog log) {
    this.mapping = mapping;
    this.scale = scale;
    this.nationalities = nationalities;
    this.log = log;
    this.grades = new ValueCache<>(scale::lookup);
    this.nationalityCache = new ValueCache<>(nationalities::resolve);
    this.id = index(Field.ID);
    this.sex = index(Field.SEX);
    this.grade = index(Field.GRADE);
    this.nationality = index(Field.NATIONALITY);
    this.funding = index(Field.FUNDING);
    this.appointment = index(Field.APPOINTMENT);
    this.postType = index(Field.POST_TYPE);
    this.geographical = index(Field.GEOGRAPHICAL);
  }

  private int index(Field field) {
    return mapping.column(field).map(ColumnMapping::index).orElse(-1);
  }

  /**
   * Normalises a record and passes it to {@code sink} when it is usable.
   *
   * @param start physical line the record starts on
   * @param end physical line it ends on (later than start when a quoted field holds line breaks)
   * @return the problem kind that excludes the row, or null when it was counted
   */
  ProblemKind normalise(CSVRecord record, long start, long end, Consumer<StaffMember> sink) {
    if (CsvRecords.isBlank(record)) {
      return report(
          List.of(new RowProblem(start, 0, ProblemKind.BLANK_LINE, "blank line; left out")));
    }
    String[] values = record.values();
    int expected = mapping.headers().size();
    if (values.length != expected) {
      String runsOn =
          end > start
              ? "; the row runs on to line "
                  + end
                  + " because a quoted field holds line breaks (an unbalanced quote?)"
              : "";
      return report(
          List.of(
              new RowProblem(
                  start,
                  0,
                  ProblemKind.WRONG_FIELD_COUNT,
                  "found "
                      + values.length
                      + " fields, expected "
                      + expected
                      + " as in the header"
                      + runsOn)));
    }
    List<RowProblem> problems = new ArrayList<>(2);
    if (end > start) {
      problems.add(
          new RowProblem(
              start,
              0,
              ProblemKind.LINE_BREAK_IN_FIELD,
              "a quoted field holds a line break; the row runs on to line " + end));
    }
    for (int i = 0; i < values.length; i++) {
      if (values[i].indexOf('\0') >= 0) {
        problems.add(
            new RowProblem(
                start,
                i + 1,
                ProblemKind.NUL_CHARACTER,
                "the field holds NUL bytes (\\x00), which no export writes on purpose; the row"
                    + " is left out"));
        return report(problems);
      }
    }
    for (int i = 0; i < values.length; i++) {
      if (values[i].indexOf('\uFFFD') >= 0) {
        problems.add(
            new RowProblem(
                start,
                i + 1,
                ProblemKind.INVALID_BYTES,
                "bytes that are not valid in the file's encoding were replaced by U+FFFD"));
        break;
      }
    }
    if (id >= 0) {
      String staffId = values[id].strip();
      if (staffId.isEmpty()) {
        problems.add(
            new RowProblem(start, id + 1, ProblemKind.MISSING_ID, "staff id is blank; counted"));
      } else {
        long first = seenIds.firstSeen(staffId, start);
        if (first >= 0) {
          String where = first == 0 ? "an earlier line" : "line " + first;
          problems.add(
              new RowProblem(
                  start,
                  id + 1,
                  ProblemKind.DUPLICATE_ID,
                  "the staff id of " + where + " appears again; this row is left out"));
        }
      }
    }
    Sex s = normaliseSex(values[sex].strip(), start, problems);
    Grade g = normaliseGrade(values[grade].strip(), start, problems);
    Nationality n = normaliseNationality(values[nationality].strip(), start, problems);
    Boolean geo = geographical < 0 ? null : normaliseFlag(values[geographical], start, problems);
    ProblemKind exclusion = report(problems);
    if (exclusion == null) {
      sink.accept(
          new StaffMember(
              start,
              s,
              g,
              n,
              optional(values, funding),
              optional(values, appointment),
              optional(values, postType),
              geo,
              header -> {
                int i = mapping.indexOf(header);
                return i < 0 ? null : values[i];
              }));
    }
    return exclusion;
  }

  private Sex normaliseSex(String value, long line, List<RowProblem> problems) {
    Optional<Sex> s = sexes.get(value);
    if (s.isEmpty()) {
      problems.add(
          new RowProblem(
              line,
              sex + 1,
              ProblemKind.UNRECOGNISED_SEX,
              "sex '"
                  + Printable.of(value)
                  + "' is not recognised"
                  + hint(() -> SexNormaliser.hint(value))
                  + "; expected "
                  + SexNormaliser.describe()));
    }
    return s.orElse(null);
  }

  private Grade normaliseGrade(String value, long line, List<RowProblem> problems) {
    if (value.isEmpty()) {
      problems.add(new RowProblem(line, grade + 1, ProblemKind.MISSING_GRADE, "grade is blank"));
      return null;
    }
    Optional<Grade> g = grades.get(value);
    if (g.isEmpty()) {
      problems.add(
          new RowProblem(
              line,
              grade + 1,
              ProblemKind.UNRECOGNISED_GRADE,
              "grade '"
                  + Printable.of(value)
                  + "' is not in the "
                  + scale.name()
                  + hint(() -> Suggestions.hint(value, scale.canonicalCodes()))));
    }
    return g.orElse(null);
  }

  private Nationality normaliseNationality(String value, long line, List<RowProblem> problems) {
    Optional<Nationality> n = nationalityCache.get(value);
    if (n.isEmpty()) {
      problems.add(
          new RowProblem(
              line,
              nationality + 1,
              ProblemKind.UNRECOGNISED_NATIONALITY,
              "nationality '"
                  + Printable.of(value)
                  + "' is not a known State, code or name"
                  + hint(() -> nationalities.hint(value))));
    }
    return n.orElse(null);
  }

  private Boolean normaliseFlag(String value, long line, List<RowProblem> problems) {
    if (value.isBlank()) {
      return null;
    }
    Optional<Boolean> b = FlagNormaliser.normalise(value);
    if (b.isEmpty()) {
      problems.add(
          new RowProblem(
              line,
              geographical + 1,
              ProblemKind.UNRECOGNISED_FLAG,
              "geographical flag '"
                  + Printable.of(value.strip())
                  + "' is neither yes (Y, true, 1) nor no"
                  + " (N, false, 0)"));
    }
    return b.orElse(null);
  }

  /**
   * A "did you mean" hint, computed only while problems are still kept in full: with a million bad
   * values the hints would cost more than the reading.
   */
  private String hint(java.util.function.Supplier<String> hint) {
    return log.isFull() ? "" : hint.get();
  }

  private static String optional(String[] values, int index) {
    return index < 0 ? "" : values[index].strip();
  }

  /** Logs the problems; returns the first that excludes the row, or null. */
  private ProblemKind report(List<RowProblem> problems) {
    ProblemKind exclusion = null;
    for (RowProblem p : problems) {
      log.add(p);
      if (exclusion == null && p.kind().excludesRow()) {
        exclusion = p.kind();
      }
    }
    return exclusion;
  }

  /** Makes a normaliser per roster, sharing the scale and the nationality lookup. */
  static final class Factory {
    private final GradeScale scale;
    private final NationalityResolver nationalities;

    Factory(GradeScale scale, NationalityResolver nationalities) {
      this.scale = scale;
      this.nationalities = nationalities;
    }

    RowNormaliser create(HeaderMapping mapping, ProblemLog log) {
      return new RowNormaliser(mapping, scale, nationalities, log);
    }
  }
}
