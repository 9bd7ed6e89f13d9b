package org.divcalc.roster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVRecord;
import org.divcalc.domain.Grade;
import org.divcalc.domain.GradeScale;
import org.divcalc.domain.Nationality;
import org.divcalc.domain.PostValues;
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

  /** Whether problems quote the values they are about (validate --show-values). */
  private final boolean showValues;

  private RowNormaliser(
      HeaderMapping mapping,
      GradeScale scale,
      NationalityResolver nationalities,
      ProblemLog log,
      boolean showValues) {
    this.showValues = showValues;
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
    return commit(examine(record.values(), start, end), start, seenIds, log, sink);
  }

  /**
   * Everything about a record that does not depend on the rows before it: the problems found before
   * and after the staff id, the id to check for duplicates, and the staff member the row gives.
   * Safe to run on any thread that owns this normaliser.
   *
   * @param values the record's fields, as decoded
   * @param start physical line the record starts on
   * @param end physical line it ends on
   */
  /**
   * Whether a record of {@code values} under a header of {@code width} columns has one field more,
   * and that one empty: a delimiter after the last column, which {@link #examine} ignores.
   */
  static boolean endsWithDelimiter(String[] values, int width) {
    return width > 1 && values.length == width + 1 && values[width].isEmpty();
  }

  Examined examine(String[] values, long start, long end) {
    int width = mapping.headers().size();
    if (endsWithDelimiter(values, width)) {
      // a delimiter at the end of a data line (some exports write one; the header has none)
      return examine(Arrays.copyOf(values, width), start, end, true);
    }
    return examine(values, start, end, false);
  }

  private Examined examine(String[] values, long start, long end, boolean trailing) {
    if (values.length == 1 && values[0].isBlank() && mapping.headers().size() > 1) {
      return Examined.of(new RowProblem(start, 0, ProblemKind.BLANK_LINE, "blank line; left out"));
    }
    if (values.length == 1 && values[0].isEmpty()) {
      return Examined.of(new RowProblem(start, 0, ProblemKind.BLANK_LINE, "blank line; left out"));
    }
    if (values.length == 1 && !values[0].isEmpty() && values[0].chars().allMatch(c -> c == 0x1A)) {
      // old DOS files end with Ctrl-Z
      return Examined.of(
          new RowProblem(
              start,
              0,
              ProblemKind.BLANK_LINE,
              "blank line (an end-of-file mark, Ctrl-Z, of old DOS files); left out"));
    }
    if (values.length > 1 && Arrays.stream(values).allMatch(String::isBlank)) {
      // a spreadsheet's blank row, exported as delimiters only
      return Examined.of(
          new RowProblem(
              start,
              0,
              ProblemKind.BLANK_LINE,
              "blank line (every field empty, as a spreadsheet exports a blank row); left out"));
    }
    int expected = mapping.headers().size();
    if (values.length != expected) {
      String runsOn =
          end > start
              ? "; the row runs on to line "
                  + end
                  + " because a quoted field holds line breaks (an unbalanced quote?)"
              : "";
      return Examined.of(
          new RowProblem(
              start,
              0,
              ProblemKind.WRONG_FIELD_COUNT,
              "found "
                  + values.length
                  + (values.length == 1 ? " field, expected " : " fields, expected ")
                  + expected
                  + " as in the header"
                  + runsOn));
    }
    List<RowProblem> before = new ArrayList<>(2);
    if (trailing) {
      before.add(
          new RowProblem(
              start,
              values.length + 1,
              ProblemKind.TRAILING_DELIMITER,
              "the line ends with a delimiter after the last column; the empty field it opens is"
                  + " ignored"));
    }
    if (end > start) {
      // the column of the first field holding the break (0 when none is found: never, in practice)
      int broken = 0;
      for (int i = 0; i < values.length && broken == 0; i++) {
        if (values[i].indexOf('\n') >= 0 || values[i].indexOf('\r') >= 0) {
          broken = i + 1;
        }
      }
      before.add(
          new RowProblem(
              start,
              broken,
              ProblemKind.LINE_BREAK_IN_FIELD,
              "a quoted field holds a line break; the row runs on to line " + end));
    }
    for (int i = 0; i < values.length; i++) {
      if (values[i].indexOf('\0') >= 0) {
        before.add(
            new RowProblem(
                start,
                i + 1,
                ProblemKind.NUL_CHARACTER,
                "the field holds NUL bytes (\\x00), which no export writes on purpose; the row"
                    + " is left out"));
        return new Examined(before, null, -1, List.of(), null);
      }
    }
    for (int i = 0; i < values.length; i++) {
      if (values[i].indexOf('\uFFFD') >= 0) {
        before.add(
            new RowProblem(
                start,
                i + 1,
                ProblemKind.INVALID_BYTES,
                "bytes that are not valid in the file's encoding were replaced by U+FFFD"));
        break;
      }
    }
    String staffId = null;
    if (id >= 0) {
      staffId = values[id].strip();
      if (staffId.isEmpty()) {
        before.add(
            new RowProblem(start, id + 1, ProblemKind.MISSING_ID, "staff id is blank; counted"));
        staffId = null;
      }
    }
    List<RowProblem> after = new ArrayList<>(2);
    Sex s = normaliseSex(values[sex].strip(), start, after);
    Grade g = normaliseGrade(values[grade].strip(), start, after);
    Nationality n = normaliseNationality(values[nationality].strip(), start, after);
    Boolean geo = geographical < 0 ? null : normaliseFlag(values[geographical], start, after);
    StaffMember staff = null;
    if (s != null && g != null && n != null && excluding(after) == null) {
      staff =
          new StaffMember(
              start,
              s,
              g,
              n,
              PostValues.funding(optional(values, funding)),
              PostValues.appointment(optional(values, appointment)),
              PostValues.postType(optional(values, postType)),
              geo,
              header -> {
                int i = mapping.indexOf(header);
                return i < 0 ? null : values[i];
              });
    }
    return new Examined(before, staffId, id, after, staff);
  }

  /**
   * Checks an examined row's id against the ids seen so far, logs its problems, and passes the
   * staff member to {@code sink} when nothing excludes the row. Rows must be committed in file
   * order.
   *
   * @return the problem kind that excludes the row, or null when it was counted
   */
  static ProblemKind commit(
      Examined row, long start, SeenIds seen, ProblemLog log, Consumer<StaffMember> sink) {
    RowProblem duplicate = null;
    if (row.id() != null) {
      duplicate = duplicate(seen.firstSeen(SeenIds.hash(row.id()), start), start, row.idColumn());
    }
    ProblemKind exclusion = log(row, duplicate, log);
    if (exclusion == null) {
      sink.accept(row.staff());
    }
    return exclusion;
  }

  /** The problem for a row whose id was first seen on line {@code first} (-1: not seen before). */
  static RowProblem duplicate(long first, long start, int idColumn) {
    if (first < 0) {
      return null;
    }
    String where = first == 0 ? "an earlier line" : "line " + first;
    return new RowProblem(
        start,
        idColumn + 1,
        ProblemKind.DUPLICATE_ID,
        "the staff id of " + where + " appears again; this row is left out");
  }

  /** Logs an examined row's problems in order; returns the first that excludes it, or null. */
  static ProblemKind log(Examined row, RowProblem duplicate, ProblemLog log) {
    ProblemKind exclusion = null;
    for (RowProblem p : row.before()) {
      exclusion = logged(p, exclusion, log);
    }
    if (duplicate != null) {
      exclusion = logged(duplicate, exclusion, log);
    }
    for (RowProblem p : row.after()) {
      exclusion = logged(p, exclusion, log);
    }
    if (exclusion == null && row.staff() == null) {
      throw new IllegalStateException("a row with no excluding problem has a staff member");
    }
    return exclusion;
  }

  private static ProblemKind logged(RowProblem p, ProblemKind exclusion, ProblemLog log) {
    log.add(p);
    return exclusion == null && p.kind().excludesRow() ? p.kind() : exclusion;
  }

  private static ProblemKind excluding(List<RowProblem> problems) {
    for (RowProblem p : problems) {
      if (p.kind().excludesRow()) {
        return p.kind();
      }
    }
    return null;
  }

  /** The staff id column, or -1 when the roster has none. */
  int idColumn() {
    return id;
  }

  /**
   * A record examined: the problems before the duplicate check and after it, the stripped staff id
   * to check (null when there is none to check), and the staff member (null when a problem already
   * excludes the row).
   */
  record Examined(
      List<RowProblem> before, String id, int idColumn, List<RowProblem> after, StaffMember staff) {
    static Examined of(RowProblem only) {
      return new Examined(List.of(only), null, -1, List.of(), null);
    }
  }

  private Sex normaliseSex(String value, long line, List<RowProblem> problems) {
    Optional<Sex> s = sexes.get(value);
    if (s.isEmpty()) {
      String hint = hint(() -> SexNormaliser.hint(value));
      problems.add(
          new RowProblem(
              line,
              sex + 1,
              ProblemKind.UNRECOGNISED_SEX,
              "sex "
                  + shown(value)
                  + " is not recognised"
                  + hint
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
      String hint = hint(() -> Suggestions.hint(value, scale.canonicalCodes()));
      problems.add(
          new RowProblem(
              line,
              grade + 1,
              ProblemKind.UNRECOGNISED_GRADE,
              "grade " + shown(value) + " is not in the " + scale.name() + hint));
    }
    return g.orElse(null);
  }

  private Nationality normaliseNationality(String value, long line, List<RowProblem> problems) {
    Optional<Nationality> n = nationalityCache.get(value);
    if (n.isEmpty()) {
      String hint = hint(() -> nationalities.hint(value));
      problems.add(
          new RowProblem(
              line,
              nationality + 1,
              ProblemKind.UNRECOGNISED_NATIONALITY,
              "nationality " + shown(value) + " is not a known State, code or name" + hint));
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
              "geographical flag "
                  + shown(value.strip())
                  + " is neither yes (Y, true, 1) nor no"
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

  /**
   * An unrecognised value as a message quotes it: only with {@code validate --show-values}, else
   * its length. Any value could be a name or an id that an unquoted delimiter ("Okafor, Chidinma")
   * or a missing field shifted into the column, or that a wrong --column mapped there, and reports
   * never print those unless asked (found in session 8's audit; its review found that short names
   * such as "Jan" or "Omar" are near known spellings, so a "did you mean" is no safeguard). The
   * hint, a known spelling, is always given, and the line and column say where to look.
   */
  private String shown(String value) {
    if (showValues) {
      return "'" + Printable.of(value) + "'";
    }
    return "("
        + value.length()
        + (value.length() == 1 ? " character" : " characters")
        + ", not shown: validate --show-values shows it)";
  }

  private static String optional(String[] values, int index) {
    return index < 0 ? "" : Spaces.stripped(values[index]);
  }

  /** Makes a normaliser per roster, sharing the scale and the nationality lookup. */
  static final class Factory {
    private final GradeScale scale;
    private final NationalityResolver nationalities;
    private final boolean showValues;

    Factory(GradeScale scale, NationalityResolver nationalities, boolean showValues) {
      this.scale = scale;
      this.nationalities = nationalities;
      this.showValues = showValues;
    }

    RowNormaliser create(HeaderMapping mapping, ProblemLog log) {
      return new RowNormaliser(mapping, scale, nationalities, log, showValues);
    }

    GradeScale scale() {
      return scale;
    }

    NationalityResolver nationalities() {
      return nationalities;
    }
  }
}
