package org.divcalc.roster;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.divcalc.domain.GradeCategory;
import org.divcalc.domain.GradeScale;

/**
 * Reads an organization's grade scale from a UTF-8 CSV file with the columns {@code code}, {@code
 * category} and optionally {@code synonyms} (separated by {@code |}), highest grade first.
 */
public final class GradeScaleFile {
  private GradeScaleFile() {}

  /** The text after a byte-order mark, which Excel writes (found in session 9's operator test). */
  private static String withoutBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** The scale in the file, named after it. */
  public static GradeScale read(Path file) {
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setTrim(true)
            .setIgnoreEmptyLines(true)
            .get();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new RosterInputException(file + ": no such file (given with --grade-scale)", e);
    } catch (IOException e) {
      throw new RosterInputException(
          file + ": cannot be read as a grade scale CSV: " + e.getMessage(), e);
    }
    String notUtf8 = org.divcalc.csv.Utf8Text.problem(bytes);
    if (notUtf8 != null) {
      throw new RosterInputException(file + ": " + notUtf8);
    }
    try (Reader reader =
            new java.io.StringReader(withoutBom(new String(bytes, StandardCharsets.UTF_8)));
        CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
      List<String> header = parser.getHeaderNames();
      if (!header.contains("code") || !header.contains("category")) {
        throw new RosterInputException(
            file
                + ": line 1: a grade scale needs the columns code and category (and optionally"
                + " synonyms); found "
                + header);
      }
      GradeScale.Builder builder =
          GradeScale.builder("grade scale " + file.getFileName())
              .provenance("grade scale " + file.getFileName() + ", sha256 " + sha256(bytes));
      for (CSVRecord r : parser) {
        long line = parser.getCurrentLineNumber();
        if (!r.isSet("code") || !r.isSet("category")) {
          throw new RosterInputException(
              file
                  + ": line "
                  + line
                  + ": expected a code and a category, found "
                  + r.size()
                  + " field(s)");
        }
        GradeCategory category = GradeCategory.fromKey(r.get("category"));
        if (category == null) {
          throw new RosterInputException(
              file
                  + ": line "
                  + line
                  + ": category '"
                  + r.get("category")
                  + "' is not one of "
                  + java.util.Arrays.stream(GradeCategory.values())
                      .map(GradeCategory::key)
                      .toList());
        }
        // a line that stops before the synonyms (P-3,professional) has none; Commons CSV would
        // throw its own message for it (found in session 9)
        String synonyms = r.isSet("synonyms") ? r.get("synonyms") : "";
        try {
          builder.grade(
              r.get("code"), category, synonyms.isBlank() ? new String[0] : synonyms.split("\\|"));
        } catch (IllegalArgumentException e) {
          throw new RosterInputException(file + ": line " + line + ": " + e.getMessage(), e);
        }
      }
      GradeScale scale = builder.build();
      checkOrder(file, scale);
      return scale;
    } catch (NoSuchFileException e) {
      throw new RosterInputException(file + ": no such file (given with --grade-scale)", e);
    } catch (IOException | UncheckedIOException e) {
      throw new RosterInputException(
          file + ": cannot be read as a grade scale CSV: " + org.divcalc.csv.CsvErrors.describe(e),
          e);
    } catch (IllegalArgumentException e) {
      throw new RosterInputException(file + ": " + e.getMessage(), e);
    }
  }

  /**
   * A scale's grades must come each category's together, highest first: a category split in two
   * would give two subtotals, and a grade of the built-in scale listed below a lower one (P-4 above
   * P-5, a scale written lowest first) would put the wrong grades in "P-5 and above".
   */
  private static void checkOrder(Path file, GradeScale scale) {
    List<org.divcalc.domain.Grade> grades = scale.grades();
    java.util.Set<GradeCategory> closed = java.util.EnumSet.noneOf(GradeCategory.class);
    for (int i = 0; i < grades.size(); i++) {
      GradeCategory c = grades.get(i).category();
      if (i > 0 && grades.get(i - 1).category() != c) {
        closed.add(grades.get(i - 1).category());
      }
      if (closed.contains(c)) {
        throw new RosterInputException(
            file
                + ": grade "
                + grades.get(i).code()
                + ": the "
                + c.key()
                + " grades are not listed together; list each category's grades one after"
                + " another, highest first");
      }
    }
    GradeScale builtIn = GradeScale.unCommonSystem();
    for (int i = 0; i < grades.size(); i++) {
      for (int j = i + 1; j < grades.size(); j++) {
        org.divcalc.domain.Grade hi = grades.get(i);
        org.divcalc.domain.Grade lo = grades.get(j);
        var a = builtIn.lookup(hi.code());
        var b = builtIn.lookup(lo.code());
        // only the director and professional grades' order decides a level (P-5 and above, D-1
        // and above); the ungraded titles of different organizations have no common order
        if (a.isPresent()
            && b.isPresent()
            && a.get().category() == b.get().category()
            && (a.get().category() == GradeCategory.DIRECTOR
                || a.get().category() == GradeCategory.PROFESSIONAL)
            && hi.category() == lo.category()
            && a.get().rank() > b.get().rank()) {
          throw new RosterInputException(
              file
                  + ": "
                  + hi.code()
                  + " is listed above "
                  + lo.code()
                  + "; list the grades highest first (as "
                  + b.get().code()
                  + " before "
                  + a.get().code()
                  + ")");
        }
      }
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return java.util.HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
