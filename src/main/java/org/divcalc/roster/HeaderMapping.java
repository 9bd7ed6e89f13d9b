package org.divcalc.roster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The roster's header row and which column serves each canonical field. Headers are matched to the
 * fields' synonyms ignoring case, accents, spaces and punctuation; {@code --column} choices win
 * over synonyms.
 */
public final class HeaderMapping {
  private final List<String> headers;
  private final Map<Field, ColumnMapping> byField;
  private final Map<String, Integer> indexByHeader;

  private HeaderMapping(List<String> headers, Map<Field, ColumnMapping> byField) {
    this.headers = List.copyOf(headers);
    this.byField = Collections.unmodifiableMap(byField);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < headers.size(); i++) {
      index.putIfAbsent(headers.get(i), i);
      index.putIfAbsent(Field.headerKey(headers.get(i)), i);
    }
    this.indexByHeader = index;
  }

  /**
   * Maps the header row.
   *
   * @param file the file name, for messages
   * @param headers the header row as read
   * @param overrides {@code --column} choices, field to header as the user wrote it
   * @throws RosterInputException when a required field has no column, or an override names no
   *     header
   */
  public static HeaderMapping of(String file, List<String> headers, Map<Field, String> overrides) {
    Map<Field, ColumnMapping> byField = new EnumMap<>(Field.class);
    Map<String, Integer> byKey = new HashMap<>();
    for (int i = 0; i < headers.size(); i++) {
      byKey.putIfAbsent(Field.headerKey(headers.get(i)), i);
    }
    for (Map.Entry<Field, String> o : overrides.entrySet()) {
      Integer i = byKey.get(Field.headerKey(o.getValue()));
      if (i == null) {
        throw new RosterInputException(
            file
                + ": line 1: --column "
                + o.getKey().canonicalName()
                + "="
                + o.getValue()
                + " names no column"
                + Suggestions.hint(o.getValue(), headers)
                + "; the header has: "
                + String.join(", ", quoted(headers)));
      }
      byField.put(
          o.getKey(),
          new ColumnMapping(
              o.getKey(),
              i,
              headers.get(i),
              "chosen with --column " + o.getKey().canonicalName() + "=" + o.getValue()));
    }
    for (Field field : Field.values()) {
      if (byField.containsKey(field)) {
        continue;
      }
      for (String synonym : field.synonyms()) {
        Integer i = byKey.get(Field.headerKey(synonym));
        if (i != null && !taken(byField, i)) {
          String how =
              Field.headerKey(synonym).equals(Field.headerKey(field.canonicalName()))
                  ? "is the field's name"
                  : "matches the synonym '" + synonym + "'";
          byField.put(
              field,
              new ColumnMapping(
                  field, i, headers.get(i), "header " + how + alsoMatching(field, i, headers)));
          break;
        }
      }
    }
    List<String> missing = new ArrayList<>();
    for (Field field : Field.values()) {
      if (field.isRequired() && !byField.containsKey(field)) {
        missing.add(describeMissing(field, headers, byField));
      }
    }
    boolean noneNamed =
        java.util.Arrays.stream(Field.values())
            .filter(Field::isRequired)
            .noneMatch(byField::containsKey);
    if (!missing.isEmpty() && noneNamed) {
      // Not a header at all: a data row (an export without its header) or a title. Its cells may
      // be a staff member's name and id, and are not repeated (found in the review of session 8).
      throw new RosterInputException(
          file
              + ": line 1: none of its "
              + headers.size()
              + (headers.size() == 1 ? " cell" : " cells")
              + " names a required column (sex, grade, nationality); is it a data row or a title"
              + " rather than the header? divcalc needs the column names on the first line (or"
              + " --column FIELD=HEADER for headers it does not know); its cells are not shown, as"
              + " a data row's would be a staff member's");
    }
    if (!missing.isEmpty()) {
      throw new RosterInputException(
          file
              + ": line 1: "
              + String.join("; ", missing)
              + ". The header has: "
              + String.join(", ", quoted(headers)));
    }
    return new HeaderMapping(headers, byField);
  }

  /**
   * "; column 2 'Gender' matches too (--column sex=Gender takes it)" when another column could also
   * be the field, or the empty string: which of two candidates was taken is never silent.
   */
  private static String alsoMatching(Field field, int chosen, List<String> headers) {
    StringBuilder sb = new StringBuilder();
    for (int j = 0; j < headers.size(); j++) {
      if (j == chosen) {
        continue;
      }
      for (String synonym : field.synonyms()) {
        if (Field.headerKey(synonym).equals(Field.headerKey(headers.get(j)))) {
          if (Field.headerKey(headers.get(j)).equals(Field.headerKey(headers.get(chosen)))) {
            // the same header twice: --column names a header, so it cannot choose between them
            sb.append("; column ")
                .append(j + 1)
                .append(" has the same header (rename one of the two to read the other)");
            break;
          }
          String option = field.canonicalName() + "=" + headers.get(j);
          sb.append("; column ")
              .append(j + 1)
              .append(" '")
              .append(headers.get(j))
              .append("' matches too (--column ")
              // as a shell would need it: a header with a space in quotes
              .append(
                  option.matches("[A-Za-z0-9_.=/-]+")
                      ? option
                      : "'" + option.replace("'", "'\\''") + "'")
              .append(" takes it)");
          break;
        }
      }
    }
    return sb.toString();
  }

  private static boolean taken(Map<Field, ColumnMapping> byField, int index) {
    return byField.values().stream().anyMatch(m -> m.index() == index);
  }

  private static String describeMissing(
      Field field, List<String> headers, Map<Field, ColumnMapping> byField) {
    List<String> free = new ArrayList<>();
    for (int i = 0; i < headers.size(); i++) {
      if (!taken(byField, i)) {
        free.add(headers.get(i));
      }
    }
    String closest = null;
    int best = Integer.MAX_VALUE;
    for (String synonym : field.synonyms()) {
      Optional<String> c = Suggestions.closest(synonym, free);
      if (c.isPresent()) {
        int d =
            org.apache.commons.text.similarity.LevenshteinDistance.getDefaultInstance()
                .apply(Field.headerKey(synonym), Field.headerKey(c.get()));
        if (d < best) {
          best = d;
          closest = c.get();
        }
      }
    }
    String hint =
        closest == null
            ? " (name the column with --column " + field.canonicalName() + "=HEADER)"
            : " (did you mean '"
                + closest
                + "'? If so, add --column "
                + field.canonicalName()
                + "=\""
                + closest
                + "\")";
    return "no column for required field '" + field.canonicalName() + "'" + hint;
  }

  private static List<String> quoted(List<String> headers) {
    return headers.stream().map(h -> "'" + h + "'").toList();
  }

  /** The header row as read. */
  public List<String> headers() {
    return headers;
  }

  /** The mapping of each field that has a column, in field order. */
  public List<ColumnMapping> mappings() {
    return List.copyOf(byField.values());
  }

  /** The column of a field, if the roster has one. */
  public Optional<ColumnMapping> column(Field field) {
    return Optional.ofNullable(byField.get(field));
  }

  /** Index of a column by its header (exact, or by header key), or -1. */
  public int indexOf(String header) {
    Integer i = indexByHeader.get(header);
    if (i == null) {
      i = indexByHeader.get(Field.headerKey(header));
    }
    return i == null ? -1 : i;
  }

  /**
   * Headers not taken by any canonical field, kept for breakdowns and filters: each name once (a
   * repeated header means its first column), blank names left out.
   */
  public List<String> otherColumns() {
    List<String> others = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < headers.size(); i++) {
      String key = Field.headerKey(headers.get(i));
      boolean first = seen.add(key);
      if (!taken(byField, i) && first && !key.isEmpty()) {
        others.add(headers.get(i));
      }
    }
    return others;
  }
}
