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
    try (Reader reader =
            new java.io.StringReader(
                StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString());
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
        String synonyms = r.isMapped("synonyms") ? r.get("synonyms") : "";
        try {
          builder.grade(
              r.get("code"), category, synonyms.isBlank() ? new String[0] : synonyms.split("\\|"));
        } catch (IllegalArgumentException e) {
          throw new RosterInputException(file + ": line " + line + ": " + e.getMessage(), e);
        }
      }
      return builder.build();
    } catch (NoSuchFileException e) {
      throw new RosterInputException(file + ": no such file (given with --grade-scale)", e);
    } catch (IOException | UncheckedIOException e) {
      throw new RosterInputException(
          file + ": cannot be read as a grade scale CSV: " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new RosterInputException(file + ": " + e.getMessage(), e);
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
