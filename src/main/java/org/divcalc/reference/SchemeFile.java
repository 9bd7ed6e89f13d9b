package org.divcalc.reference;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.divcalc.domain.RangeScheme;

/**
 * Reads a scheme of desirable ranges from a JSON or YAML file ({@code .yaml}/{@code .yml}),
 * strictly: unknown keys, wrong types, negative values and weights that do not sum to 1 are errors
 * naming the file and the key.
 */
public final class SchemeFile {
  private static final ObjectReader JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          // text after the closing brace is a file cut and pasted wrong, not a scheme
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .build()
          .reader();
  private static final ObjectReader YAML =
      YAMLMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .build()
          .reader();

  private SchemeFile() {}

  /** The scheme in the file; any problem throws ReferenceDataException naming file and key. */
  public static Scheme read(Path path) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new ReferenceDataException(path + ": no such scheme file");
    } catch (IOException e) {
      throw new ReferenceDataException(path + ": cannot be read (" + e.getMessage() + ")", e);
    }
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    boolean yaml = name.toLowerCase(Locale.ROOT).matches(".*\\.ya?ml");
    JsonNode root;
    try {
      root = (yaml ? YAML : JSON).readTree(bytes);
    } catch (JsonProcessingException e) {
      String notUtf8 = org.divcalc.csv.Utf8Text.problem(bytes);
      if (notUtf8 != null && !utf16(bytes)) {
        throw new ReferenceDataException(path + ": " + notUtf8, e);
      }
      throw new ReferenceDataException(
          path
              + ": line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr()
              + ": not valid "
              + (yaml ? "YAML" : "JSON")
              + " ("
              + (e.getOriginalMessage().startsWith("Trailing token")
                  ? "text after the end of the scheme's object"
                  : withoutSource(e.getOriginalMessage()))
              + ")",
          e);
    } catch (IOException e) {
      throw new ReferenceDataException(path + ": cannot be read (" + e.getMessage() + ")", e);
    }
    RangeScheme scheme = new SchemeReader(path.toString()).scheme(root);
    return new Scheme(scheme, path.toString(), Sha256.of(bytes));
  }

  /**
   * UTF-16 (or UTF-32), which Jackson reads JSON in: a byte-order mark (a scheme saved by Notepad),
   * or a zero byte among the first two, as '{' or a space is written in those encodings.
   */
  private static boolean utf16(byte[] b) {
    return b.length >= 2
        && ((b[0] == (byte) 0xFF && b[1] == (byte) 0xFE)
            || (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF)
            || b[0] == 0
            || b[1] == 0);
  }

  /**
   * Jackson's message without the "(start marker at [Source: REDACTED …; line: 1, column: 27])" it
   * appends: the file, line and column are already given, in divcalc's words.
   */
  static String withoutSource(String message) {
    return message.replaceAll(
        "\\s*\\(start marker at \\[Source: [^\\]]*\\]\\)|\\s*at \\[Source: [^\\]]*\\]", "");
  }

  /**
   * A scheme with where it came from.
   *
   * @param scheme the scheme
   * @param origin "built-in" or the file path
   * @param sha256 hex SHA-256 of the file, or empty for a built-in scheme
   */
  public record Scheme(RangeScheme scheme, String origin, String sha256) {
    /** The built-in UN Secretariat scheme of 1988–2023. */
    public static Scheme builtIn() {
      return new Scheme(RangeScheme.unSecretariat1988(), "built-in", "");
    }
  }
}
