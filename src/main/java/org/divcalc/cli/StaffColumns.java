package org.divcalc.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.divcalc.domain.Grade;
import org.divcalc.domain.GradeScale;
import org.divcalc.domain.Grouping;
import org.divcalc.domain.Nationality;
import org.divcalc.domain.PostValues;
import org.divcalc.domain.Sex;
import org.divcalc.domain.StaffFilter;
import org.divcalc.domain.StaffMember;
import org.divcalc.roster.ColumnMapping;
import org.divcalc.roster.Field;
import org.divcalc.roster.HeaderMapping;
import org.divcalc.roster.NationalityResolver;
import org.divcalc.roster.SexNormaliser;
import org.divcalc.roster.Spaces;
import picocli.CommandLine;

/**
 * Resolves the column names of {@code --where} and {@code --by}: a canonical field (compared on its
 * normalised value, so {@code grade=P5} matches P-5), the pseudo-column {@code region} (the region
 * of the staff member's nationality under a grouping), or any other roster column (compared as
 * written).
 */
final class StaffColumns {
  /** The pseudo-column that names each staff member's region. */
  static final String REGION = "region";

  private final CommandLine commandLine;
  private final GradeScale scale;
  private final NationalityResolver nationalities;
  private final HeaderMapping mapping;
  private Supplier<Grouping> regions;
  private Predicate<String> isMember;
  private Grouping grouping;

  StaffColumns(
      CommandLine commandLine,
      GradeScale scale,
      NationalityResolver nationalities,
      HeaderMapping mapping) {
    this.commandLine = commandLine;
    this.scale = scale;
    this.nationalities = nationalities;
    this.mapping = mapping;
  }

  private final java.util.Set<String> rawColumns = new java.util.LinkedHashSet<>();

  /**
   * Lets the pseudo-column {@code region} name each staff member's region under a grouping; the
   * supplier (which may read a grouping file) is called only if a region is asked for.
   *
   * @param regions the grouping
   * @param isMember whether an alpha-3 code is a Member State; other nationalities go to the row of
   *     staff outside the membership
   */
  void regions(Supplier<Grouping> regions, Predicate<String> isMember) {
    this.regions = regions;
    this.isMember = isMember;
  }

  /** The other (non-canonical) columns whose values have been asked for, by header name. */
  java.util.Set<String> rawColumns() {
    return java.util.Collections.unmodifiableSet(rawColumns);
  }

  /** The grouping {@code region} was resolved through, or null when no region was asked for. */
  Grouping grouping() {
    return grouping;
  }

  /** How to read a column's value, canonical fields normalised. */
  Function<StaffMember, String> reader(String column) {
    if (regions != null && column.strip().equalsIgnoreCase(REGION)) {
      if (grouping == null) {
        grouping = regions.get();
      }
      Grouping g = grouping;
      return s -> g.rowOf(s.nationality(), isMember);
    }
    Field field = field(column);
    if (field == null) {
      if (mapping.indexOf(column) < 0) {
        throw unknownColumn(column);
      }
      if (personal(column)) {
        throw usage(
            "'"
                + column
                + "' cannot be used here: it holds a person's name or identifier, and reports"
                + " never show those");
      }
      rawColumns.add(column);
      // a no-break space groups and filters as a space does (found in session 8's defect hunt:
      // "Ocha" followed by one was a group of its own, and --where OCHA left it out)
      return s -> Spaces.ordinary(s.column(column));
    }
    if (field != Field.ID && mapping.column(field).isEmpty()) {
      // an optional field the roster lacks would read blank for everyone: a filter would keep
      // nobody (or everybody), a breakdown one blank group, and nothing would say why
      throw usage(
          "'"
              + column
              + "' cannot be used here: the roster has no "
              + field.canonicalName().replace('_', ' ')
              + " column (map one with --column "
              + field.canonicalName()
              + "=HEADER)");
    }
    return switch (field) {
      case SEX -> s -> sexKey(s.sex());
      case GRADE -> s -> s.grade().code();
      case NATIONALITY -> s -> s.nationality().code();
      case FUNDING -> StaffMember::funding;
      case APPOINTMENT -> StaffMember::appointment;
      case POST_TYPE -> StaffMember::postType;
      case GEOGRAPHICAL -> s -> s.geographical() == null ? "" : s.geographical().toString();
      case ID -> throw usage("'" + column + "' cannot be used here: reports never show staff ids");
    };
  }

  /**
   * The order of a breakdown's groups by {@code column}: a grade column's grades as the scale lists
   * them (highest first, as in the table by grade), any other column's values alphabetically.
   */
  Comparator<String> order(String column) {
    boolean region = regions != null && column.strip().equalsIgnoreCase(REGION);
    if (region) {
      // the grouping's regions (capitalised) before its lower-case special rows, as before
      return Comparator.naturalOrder();
    }
    if (field(column) != Field.GRADE) {
      // alphabetically, as README says: case aside first, then code points for a stable order
      return String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());
    }
    Map<String, Integer> rank = new HashMap<>();
    for (Grade g : scale.grades()) {
      rank.put(g.code(), rank.size());
    }
    return Comparator.<String, Integer>comparing(g -> rank.getOrDefault(g, rank.size()))
        .thenComparing(Comparator.naturalOrder());
  }

  /**
   * Headers of columns that name or identify a person, as comparison keys ({@link
   * Field#headerKey}); any spelling of the staff id counts too, even when another column is the id.
   */
  private static final java.util.Set<String> PERSONAL =
      java.util.stream.Stream.concat(
              Field.ID.synonyms().stream(),
              java.util.stream.Stream.of(
                  "name",
                  "full name",
                  "first name",
                  "last name",
                  "middle name",
                  "surname",
                  "given name",
                  "given names",
                  "family name",
                  "forename",
                  "forenames",
                  "employee name",
                  "staff name",
                  "staff member name",
                  "person name",
                  "display name",
                  "nom",
                  "prenom",
                  "nom complet",
                  "nombre",
                  "apellido",
                  "apellidos",
                  "email",
                  "e-mail",
                  "email address",
                  "mail",
                  "login",
                  "login name"))
          .map(Field::headerKey)
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Parts of a header key that only a person's name or e-mail address has. */
  private static final List<String> PERSONAL_PARTS =
      List.of(
          "email",
          "surname",
          "firstname",
          "lastname",
          "fullname",
          "givenname",
          "familyname",
          "middlename",
          "forename",
          "prenom",
          "apellido",
          "username");

  /**
   * Words that make "name" or an id the name or code of something other than a person ("Duty
   * station name", "Staff category code").
   */
  private static final java.util.Set<String> NOT_A_PERSON =
      java.util.Set.of(
          "org",
          "organization",
          "organisation",
          "organizational",
          "organisational",
          "unit",
          "department",
          "dept",
          "division",
          "office",
          "section",
          "country",
          "nationality",
          "nation",
          "state",
          "station",
          "duty",
          "region",
          "regional",
          "post",
          "position",
          "job",
          "title",
          "entity",
          "mission",
          "agency",
          "location",
          "city",
          "programme",
          "program",
          "project",
          "fund",
          "funding",
          "grade",
          "team",
          "branch",
          "service",
          "category",
          "level",
          "budget",
          "account",
          "cost",
          "centre",
          "center",
          "group",
          "site",
          "building",
          "file",
          "pays",
          "lieu",
          "unite",
          "organisme",
          "departement",
          "area",
          "type",
          "contract",
          "appointment",
          "company",
          "occupation",
          "language",
          "class",
          "step",
          "sex",
          "gender",
          "status",
          "scheme");

  /** Words of an identifier, and of whose it is: "Employee No", "UN Index No.", "Worker ID". */
  private static final java.util.Set<String> ID_WORDS =
      java.util.Set.of(
          "id", "ids", "no", "nr", "num", "number", "numero", "index", "code", "matricule");

  private static final java.util.Set<String> PERSON_WORDS =
      java.util.Set.of(
          "staff",
          "employee",
          "emp",
          "person",
          "personnel",
          "pers",
          "worker",
          "member",
          "individual",
          "un",
          "user",
          "personal",
          "agent",
          "login");

  /**
   * A header key that is only person words then id words, however written: "USERID", "userid",
   * "STAFFMEMBERID", "UNINDEXNO" (found in the review of session 8: one case throughout hid the
   * words from the split below).
   */
  private static final java.util.regex.Pattern RUN_TOGETHER =
      java.util.regex.Pattern.compile(
          "(" + String.join("|", PERSON_WORDS) + ")+(" + String.join("|", ID_WORDS) + ")+");

  /**
   * Whether a column holds a person's name, e-mail address or identifier, by its header: any
   * spelling of the staff id; a header with a name or e-mail word in it ("Work email",
   * "Surname(s)", "Nom et prénom"); "name" not about a place or an organization ("Supervisor name",
   * but not "Duty station name"); an id word with a person word ("Employee No", "UN Index No.").
   */
  static boolean personal(String header) {
    String key = Field.headerKey(header);
    if (PERSONAL.contains(key) || RUN_TOGETHER.matcher(key).matches()) {
      return true;
    }
    for (String part : PERSONAL_PARTS) {
      if (key.contains(part)) {
        return true;
      }
    }
    java.util.Set<String> words = new java.util.HashSet<>();
    // words run together are split where the case changes: "WorkerID", "UNIndexNo", "UserName"
    String spaced =
        header
            .replaceAll("(?<=\\p{Ll})(?=\\p{Lu})", " ")
            .replaceAll("(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})", " ");
    for (String w : spaced.split("[^\\p{L}\\p{N}]+")) {
      String k = Field.headerKey(w);
      if (!k.isEmpty()) {
        words.add(k);
      }
    }
    if (words.contains("e") && words.contains("mail")) {
      return true;
    }
    boolean name =
        words.contains("name")
            || words.contains("names")
            || words.contains("nom")
            || words.contains("nombre");
    if (name && java.util.Collections.disjoint(words, NOT_A_PERSON)) {
      return true;
    }
    // an id of a person, not of their category, area or group ("Staff category code")
    return !java.util.Collections.disjoint(words, ID_WORDS)
        && !java.util.Collections.disjoint(words, PERSON_WORDS)
        && java.util.Collections.disjoint(words, NOT_A_PERSON);
  }

  /**
   * The comma-separated values of a filter, each stripped; a value in double quotes may hold commas
   * ({@code "OCHA, Geneva"}), and a doubled quote inside it is a quote.
   */
  static List<String> values(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder v = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        if (quoted && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          v.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (c == ',' && !quoted) {
        out.add(Spaces.stripped(v.toString()));
        v.setLength(0);
      } else {
        v.append(c);
      }
    }
    out.add(Spaces.stripped(v.toString()));
    return out;
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
    for (String v : values(spec.substring(eq + 1))) {
      values.add(normalise(column, v, spec));
    }
    return new StaffFilter(column, negated, values, reader(column));
  }

  /**
   * The canonical field a column name stands for: the field's own name, or the header of the roster
   * column mapped to it (so that {@code "Grade Level"} compares normalised grades).
   */
  private Field field(String column) {
    Field field = Field.fromCanonicalName(column);
    if (field != null) {
      return field;
    }
    String key = Field.headerKey(column);
    for (ColumnMapping m : mapping.mappings()) {
      if (Field.headerKey(m.header()).equals(key)) {
        return m.field();
      }
    }
    return null;
  }

  /** A region name of the grouping, or one of its special rows; anything else is refused. */
  private String region(String value, String spec) {
    if (grouping == null) {
      grouping = regions.get();
    }
    java.util.Set<String> names = new java.util.TreeSet<>(grouping.regions());
    names.add(Grouping.NO_GROUP);
    names.add(Grouping.OUTSIDE_MEMBERSHIP);
    for (String n : names) {
      if (n.equalsIgnoreCase(value)) {
        return n;
      }
    }
    throw usage(
        "--where "
            + spec
            + ": '"
            + value
            + "' is not a region of "
            + grouping.name()
            + org.divcalc.roster.Suggestions.hint(value, names)
            + "; its regions: "
            + String.join(", ", names));
  }

  private CommandLine.ParameterException unknownColumn(String column) {
    List<String> known = new ArrayList<>();
    for (Field f : Field.values()) {
      if (f != Field.ID && mapping.column(f).isPresent()) {
        known.add(f.canonicalName());
      }
    }
    if (regions != null) {
      known.add(REGION);
    }
    known.addAll(mapping.otherColumns());
    return usage(
        "the roster has no column '"
            + column
            + "'"
            + org.divcalc.roster.Suggestions.hint(column, known)
            + "; columns you can use: "
            + String.join(", ", known));
  }

  private String normalise(String column, String value, String spec) {
    if (regions != null && column.equalsIgnoreCase(REGION)) {
      return region(value, spec);
    }
    Field field = field(column);
    if (field == null) {
      return value;
    }
    return switch (field) {
      case SEX ->
          SexNormaliser.normalise(value)
              .map(StaffColumns::sexKey)
              .orElseThrow(() -> notA(spec, value, "a sex; " + SexNormaliser.describe()));
      case GRADE ->
          scale
              .lookup(value)
              .map(Grade::code)
              .orElseThrow(() -> notA(spec, value, "a grade of the " + scale.name()));
      case NATIONALITY ->
          nationalities
              .resolve(value)
              .map(Nationality::code)
              .orElseThrow(() -> notA(spec, value, "a known State" + nationalities.hint(value)));
      // as the roster's column is read (Y, yes, 1, oui… true); blank selects rows left blank
      case GEOGRAPHICAL ->
          value.isBlank()
              ? ""
              : org.divcalc.roster.FlagNormaliser.normalise(value)
                  .map(String::valueOf)
                  .orElseThrow(
                      () -> notA(spec, value, "a yes/no flag (Y, N, yes, no, true, false, 1, 0)"));
      // in the spelling the roster's values are read into (found in session 10's review:
      // --where 'funding=Regular budget' kept nobody once the roster's values became RB)
      case FUNDING -> PostValues.funding(value);
      case APPOINTMENT -> PostValues.appointment(value);
      case POST_TYPE -> PostValues.postType(value);
      default -> value;
    };
  }

  /** How a sex is compared in filters and named in breakdowns: "female", "not recorded". */
  private static String sexKey(Sex sex) {
    return sex.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private CommandLine.ParameterException notA(String spec, String value, String what) {
    return usage("--where " + spec + ": '" + value + "' is not " + what);
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(commandLine, message);
  }
}
