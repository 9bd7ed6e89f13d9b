package org.divcalc.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A small reference CSV (UTF-8, header row) read whole, with its origin and SHA-256 so that a
 * report can say exactly which data it used.
 *
 * @param origin "embedded:NAME" or the file path given by the user
 * @param sha256 hex digest of the file's bytes
 * @param header column names in file order
 * @param rows one map per data row, keyed by column name
 * @param lines the line of the file on which each row ends, for error messages
 */
public record ReferenceTable(
    String origin,
    String sha256,
    List<String> header,
    List<Map<String, String>> rows,
    List<Long> lines) {

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();

  /**
   * The same, with lines starting with '#' read as comments (user files that explain themselves).
   */
  private static final CSVFormat FORMAT_WITH_COMMENTS =
      FORMAT.builder().setCommentMarker('#').get();

  /**
   * Embedded tables read ahead by {@link Preload}, until a command takes them; then {@link #TAKEN}
   * (a later use reads the file again, so that no table is held longer than it is used).
   */
  private static final Map<String, Object> EMBEDDED =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static final Object TAKEN = new Object();

  /**
   * Reads an embedded dataset from this package's resources (or takes it from {@link Preload}'s
   * thread, waiting for it if it is being read).
   */
  public static ReferenceTable embedded(String fileName, String... requiredColumns) {
    Object ahead = EMBEDDED.computeIfAbsent(fileName, ReferenceTable::readEmbedded);
    EMBEDDED.put(fileName, TAKEN);
    ReferenceTable table = ahead instanceof ReferenceTable t ? t : readEmbedded(fileName);
    requireColumns(table.origin(), table.header(), requiredColumns);
    return table;
  }

  /** Reads an embedded dataset ahead of its use, unless a command has already used it. */
  static void readAhead(String fileName) {
    EMBEDDED.computeIfAbsent(fileName, ReferenceTable::readEmbedded);
  }

  private static ReferenceTable readEmbedded(String fileName) {
    InputStream in = ReferenceTable.class.getResourceAsStream(fileName);
    if (in == null) {
      throw new ReferenceDataException("embedded dataset " + fileName + " is missing from the jar");
    }
    String origin = "embedded:" + fileName;
    byte[] bytes;
    try (in) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new ReferenceDataException(origin + ": cannot be read (" + e.getMessage() + ")", e);
    }
    List<EmbeddedCsv.Row> records = EmbeddedCsv.parse(new String(bytes, StandardCharsets.UTF_8));
    List<String> header = stripBom(records.get(0).fields());
    Columns columns = new Columns(header);
    List<Map<String, String>> rows = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    for (EmbeddedCsv.Row record : records.subList(1, records.size())) {
      List<String> fields = record.fields();
      if (fields.size() == 1 && fields.get(0).isEmpty()) {
        continue;
      }
      rows.add(row(origin, columns, fields, record.line()));
      lines.add(record.line());
    }
    return new ReferenceTable(
        origin,
        EmbeddedDigests.of(fileName),
        List.copyOf(header),
        List.copyOf(rows),
        List.copyOf(lines));
  }

  /** Reads an embedded dataset with Commons CSV, as user files are read (for tests). */
  static ReferenceTable embeddedByCommonsCsv(String fileName) {
    return read(ReferenceTable.class.getResourceAsStream(fileName), "embedded:" + fileName, FORMAT);
  }

  private static void requireColumns(String origin, List<String> header, String... required) {
    for (String column : required) {
      if (!header.contains(column)) {
        throw new ReferenceDataException(
            origin + ": line 1: missing column '" + column + "'; found " + header);
      }
    }
  }

  private static Map<String, String> row(
      String origin, Columns columns, List<String> fields, long line) {
    if (fields.size() != columns.header.size()) {
      throw new ReferenceDataException(
          origin
              + ": line "
              + line
              + ": expected "
              + columns.header.size()
              + " fields, found "
              + fields.size());
    }
    return new Row(columns, fields.toArray(new String[0]));
  }

  /**
   * A table's column names, shared by its rows: each name in the order first met, and the field a
   * name reads (its last, when a name is repeated, as a map filled column by column would hold).
   */
  private static final class Columns {
    final List<String> header;
    final List<String> names = new ArrayList<>();
    final Map<String, Integer> field = new HashMap<>();

    Columns(List<String> header) {
      this.header = header;
      for (int i = 0; i < header.size(); i++) {
        if (field.put(header.get(i), i) == null) {
          names.add(header.get(i));
        }
      }
    }
  }

  /**
   * One row, read-only, as a map from column name to value in header order: the same as a
   * LinkedHashMap filled column by column, without a map of its own for each of the thousands of
   * rows read at every start.
   */
  private static final class Row extends AbstractMap<String, String> {
    private final Columns columns;
    private final String[] fields;

    Row(Columns columns, String[] fields) {
      this.columns = columns;
      this.fields = fields;
    }

    @Override
    public String get(Object column) {
      Integer i = columns.field.get(column);
      return i == null ? null : fields[i];
    }

    @Override
    public boolean containsKey(Object column) {
      return columns.field.containsKey(column);
    }

    @Override
    public int size() {
      return columns.names.size();
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public Iterator<Map.Entry<String, String>> iterator() {
          Iterator<String> names = columns.names.iterator();
          return new Iterator<>() {
            @Override
            public boolean hasNext() {
              return names.hasNext();
            }

            @Override
            public Map.Entry<String, String> next() {
              String name = names.next();
              return new AbstractMap.SimpleImmutableEntry<>(name, get(name));
            }
          };
        }

        @Override
        public int size() {
          return columns.names.size();
        }
      };
    }
  }

  /** Reads a user-supplied file in the same layout. */
  public static ReferenceTable file(Path path, String... requiredColumns) {
    return file(path, FORMAT, requiredColumns);
  }

  /** Reads a user-supplied file in which lines starting with '#' are comments. */
  public static ReferenceTable fileWithComments(Path path, String... requiredColumns) {
    return file(path, FORMAT_WITH_COMMENTS, requiredColumns);
  }

  private static ReferenceTable file(Path path, CSVFormat format, String... requiredColumns) {
    try {
      byte[] bytes = Files.readAllBytes(path);
      String notUtf8 = org.divcalc.csv.Utf8Text.problem(bytes);
      if (notUtf8 != null) {
        throw new ReferenceDataException(path + ": " + notUtf8);
      }
      char delimiter = delimiter(bytes, format.getCommentMarker() != null);
      CSVFormat f = delimiter == ',' ? format : format.builder().setDelimiter(delimiter).get();
      return read(new java.io.ByteArrayInputStream(bytes), path.toString(), f, requiredColumns);
    } catch (NoSuchFileException e) {
      throw new ReferenceDataException(path + ": no such file");
    } catch (IOException e) {
      throw new ReferenceDataException(path + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  private static ReferenceTable read(
      InputStream raw, String origin, CSVFormat format, String... requiredColumns) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
    List<Map<String, String>> rows = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    List<String> header;
    try (DigestInputStream in = new DigestInputStream(raw, digest);
        Reader reader = withoutBom(new InputStreamReader(in, StandardCharsets.UTF_8));
        CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
      header = stripBom(parser.getHeaderNames());
      requireColumns(origin, header, requiredColumns);
      Columns columns = new Columns(header);
      for (CSVRecord record : parser) {
        if (record.size() == 1 && record.get(0).isEmpty()) {
          continue;
        }
        rows.add(row(origin, columns, record.toList(), parser.getCurrentLineNumber()));
        lines.add(parser.getCurrentLineNumber());
      }
      in.transferTo(java.io.OutputStream.nullOutputStream());
    } catch (IOException | UncheckedIOException e) {
      throw new ReferenceDataException(
          origin + ": not a readable CSV file: " + org.divcalc.csv.CsvErrors.describe(e));
    } catch (IllegalArgumentException e) {
      // Commons CSV refuses a header with a blank or repeated name ("sep=;" of Excel reads so)
      throw new ReferenceDataException(
          origin
              + ": line 1: "
              + e.getMessage()
              + "; expected the column names (a first line such as Excel's 'sep=;' must be"
              + " removed)");
    }
    return new ReferenceTable(
        origin,
        HexFormat.of().formatHex(digest.digest()),
        List.copyOf(header),
        List.copyOf(rows),
        List.copyOf(lines));
  }

  /**
   * The delimiter of a user's file: of comma, semicolon, tab and pipe, the one that occurs (outside
   * quotes) on the header line, the first line neither blank nor a comment, and as often on the
   * most of the next 20 such lines; ties go to the one the header holds more often, then to the
   * earlier in that list; the comma when the header holds none. So a file a spreadsheet saved with
   * ';' reads as it is, and a comma file whose header mentions "A|B" stays a comma file.
   */
  static char delimiter(byte[] bytes, boolean comments) {
    String text = new String(bytes, 0, Math.min(bytes.length, 1 << 16), StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\\r\\n|\\r|\\n", -1)) {
      String l = line.strip();
      if (!l.isEmpty() && !(comments && l.startsWith("#"))) {
        lines.add(line);
        if (lines.size() > 20) {
          break;
        }
      }
    }
    if (lines.isEmpty()) {
      return ',';
    }
    org.divcalc.csv.DelimiterVote vote = org.divcalc.csv.DelimiterVote.of(lines);
    return vote == null ? ',' : vote.delimiter();
  }

  /** "FILE: line L, column C (name)" for a cell, the prefix of every message about a bad value. */
  public String where(int rowIndex, String column) {
    return origin
        + ": line "
        + lines.get(rowIndex)
        + ", column "
        + (header.indexOf(column) + 1)
        + " ("
        + column
        + ")";
  }

  /** The first of the given columns that the file has, if any (case, spaces, _ and - aside). */
  public java.util.Optional<String> firstColumn(String... candidates) {
    for (String c : candidates) {
      for (String h : header) {
        if (headerKey(h).equals(headerKey(c))) {
          return java.util.Optional.of(h);
        }
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * A header as compared: case, spaces, underscores and hyphens aside ("Lower Limit", "lower_limit"
   * and "LOWER-LIMIT" are one), as roster headers are.
   */
  private static String headerKey(String h) {
    StringBuilder sb = new StringBuilder(h.length());
    for (int i = 0; i < h.length(); i++) {
      char c = h.charAt(i);
      if (c != ' ' && c != '_' && c != '-' && c != '\t') {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString();
  }

  /**
   * The text after a UTF-8 byte-order mark, which Excel writes: before the parser, so that a
   * comment line after it is still a comment (found in session 9's operator test: a grouping file
   * saved by Excel was refused). The digest still covers the mark's bytes.
   */
  private static Reader withoutBom(Reader reader) throws IOException {
    java.io.PushbackReader r = new java.io.PushbackReader(reader, 1);
    int c = r.read();
    if (c >= 0 && c != '\uFEFF') {
      r.unread(c);
    }
    return r;
  }

  private static List<String> stripBom(List<String> header) {
    List<String> copy = new ArrayList<>(header);
    if (!copy.isEmpty() && copy.get(0).startsWith("\uFEFF")) {
      copy.set(0, copy.get(0).substring(1));
    }
    return copy;
  }
}
