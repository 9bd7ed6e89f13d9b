package org.divcalc.roster;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.divcalc.domain.ProblemKind;
import org.divcalc.domain.Reconciliation;
import org.divcalc.domain.RowProblem;
import org.divcalc.domain.StaffCounter;
import org.divcalc.domain.StaffMember;

/**
 * Streams a roster export: detects encoding and delimiter, maps the header, normalises each row and
 * hands every usable row to a consumer, accounting for every other row with a problem. Memory does
 * not grow with the number of rows, apart from 16 bytes per staff id for duplicate checks.
 */
public final class RosterReader {
  private final RosterSettings settings;
  private final RowNormaliser.Factory normalisers;
  private int fastChunk = FastPass.CHUNK;

  /** Whether the last {@link #readCounted} was done by the fast pass (for tests). */
  boolean lastReadFast;

  /** The last file whose start was read, and what it was: the header is read once per file. */
  private Path startedFile;

  private Start started;

  public RosterReader(RosterSettings settings, NationalityResolver nationalities) {
    this(settings, nationalities, false);
  }

  /**
   * A reader whose problems quote the values they are about when {@code showValues} (the row-level
   * listing of validate --show-values); else they give each value's length only.
   */
  public RosterReader(
      RosterSettings settings, NationalityResolver nationalities, boolean showValues) {
    this.settings = settings;
    this.normalisers = new RowNormaliser.Factory(settings.gradeScale(), nationalities, showValues);
  }

  /** The same reader with the fast pass cutting files into chunks of {@code bytes} (for tests). */
  RosterReader withFastChunk(int bytes) {
    this.fastChunk = bytes;
    return this;
  }

  /**
   * Reads the whole roster, passing each counted row to {@code sink} in file order.
   *
   * @throws RosterInputException when the file cannot be used at all
   */
  public RosterReading read(Path file, Consumer<StaffMember> sink) {
    return read(file, mapping -> {}, sink);
  }

  /**
   * Only the roster's header mapping, with the same detection and checks as a full read, so that
   * options naming columns can be resolved before any row is read.
   *
   * @throws RosterInputException when the file cannot be used at all
   */
  public HeaderMapping header(Path file) {
    return start(file).mapping();
  }

  /**
   * What a read finds before the first row: encoding, delimiter, header mapping, the line the
   * header ends on and the notes about it.
   */
  record Start(
      DetectedEncoding encoding,
      DelimiterSniffer.Detected delimiter,
      List<String> header,
      HeaderMapping mapping,
      long headerLine,
      List<String> notes) {}

  private Start start(Path file) {
    if (file.equals(startedFile)) {
      return started;
    }
    try {
      read(file, mapping -> {}, staff -> {}, true);
    } catch (HeaderFound found) {
      startedFile = file;
      started = found.start;
      return found.start;
    }
    throw new IllegalStateException("a roster read always maps its header first");
  }

  /** Ends a read as soon as the header is mapped. */
  private static final class HeaderFound extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Start start;

    HeaderFound(Start start) {
      super(null, null, false, false);
      this.start = start;
    }
  }

  /**
   * Reads the whole roster for analyses that only count: each usable row reaches {@code sink} with
   * how many rows like it were counted, in no particular order. On an ASCII-compatible file the
   * rows are parsed on every core ({@link FastPass}), giving the same reading and the same counts
   * as the plain, one-row-at-a-time read; any file the fast pass is not sure of (a malformed quote,
   * a record over 1 MiB, a UTF-16 file) is read the plain way.
   *
   * @param columns the header names of the non-canonical columns the sink reads from {@link
   *     StaffMember#column(String)}
   * @param fast false for the plain read only (--reader plain)
   */
  public RosterReading readCounted(
      Path file,
      Consumer<HeaderMapping> onHeader,
      StaffCounter sink,
      java.util.Collection<String> columns,
      boolean fast) {
    if (fast) {
      checkReadable(file);
      Start start = start(file);
      onHeader.accept(start.mapping());
      FastPass pass =
          FastPass.of(file, start, normalisers, settings.problemLimit(), columns, fastChunk)
              .orElse(null);
      if (pass != null) {
        RosterReading reading = pass.run(sink);
        if (reading != null) {
          lastReadFast = true;
          return reading;
        }
      }
      lastReadFast = false;
      return read(file, mapping -> {}, sink);
    }
    return read(file, onHeader, sink);
  }

  /**
   * Reads the whole roster, first showing the header mapping to {@code onHeader} (which may reject
   * it by throwing, before any row is read), then passing each counted row to {@code sink}.
   */
  public RosterReading read(
      Path file, Consumer<HeaderMapping> onHeader, Consumer<StaffMember> sink) {
    return read(file, onHeader, sink, false);
  }

  private RosterReading read(
      Path file, Consumer<HeaderMapping> onHeader, Consumer<StaffMember> sink, boolean headerOnly) {
    checkReadable(file);
    // reading only the header, nothing is fingerprinted (the digest's set-up is left to the
    // thread of the fast pass that computes it)
    MessageDigest digest = headerOnly ? null : sha256();
    try (InputStream raw = Files.newInputStream(file);
        InputStream digesting = digest == null ? raw : new DigestInputStream(raw, digest);
        BufferedInputStream in = new BufferedInputStream(digesting, 1 << 16)) {
      in.mark(EncodingSniffer.SAMPLE_BYTES + 1);
      byte[] head = in.readNBytes(EncodingSniffer.SAMPLE_BYTES);
      in.reset();
      boolean whole = head.length < EncodingSniffer.SAMPLE_BYTES;
      String binary = EncodingSniffer.binaryKind(head, head.length);
      if (binary != null) {
        throw new RosterInputException(file + ": this looks like " + binary);
      }
      if (head.length == 0) {
        throw new RosterInputException(
            file + ": the file is empty; expected a header line and one row per staff member");
      }
      DetectedEncoding encoding = chooseEncoding(head, whole);
      if (head.length == encoding.bomLength()) {
        throw new RosterInputException(
            file + ": the file holds only a byte-order mark; expected a header line and rows");
      }
      in.skipNBytes(encoding.bomLength());
      String sample =
          new String(
              head,
              encoding.bomLength(),
              Math.min(head.length - encoding.bomLength(), 1 << 16),
              encoding.charset());
      DelimiterSniffer.Detected delimiter =
          settings.delimiter() != null
              ? new DelimiterSniffer.Detected(settings.delimiter(), "chosen with --delimiter")
              : DelimiterSniffer.sniff(sample);
      Reader reader = new InputStreamReader(in, encoding.charset());
      Pass pass = new Pass(file, encoding, delimiter, onHeader, sink, headerOnly);
      HeaderMapping mapping = pass.run(reader);
      in.transferTo(OutputStream.nullOutputStream());
      return new RosterReading(
          file.toString(),
          Files.size(file),
          HexFormat.of().formatHex(digest.digest()),
          encoding,
          delimiter.delimiter(),
          delimiter.reason(),
          mapping,
          new Reconciliation(pass.rowsRead, pass.rowsCounted, pass.excluded),
          pass.problems.kept(),
          pass.problems.counts(),
          pass.problems.total(),
          pass.notes);
    } catch (IOException | UncheckedIOException e) {
      throw RosterInputException.unreadable(file, e);
    }
  }

  /** Set by {@link #chooseEncoding} when --encoding contradicts the file's byte-order mark. */
  private String markDisagrees;

  private DetectedEncoding chooseEncoding(byte[] head, boolean whole) {
    DetectedEncoding sniffed = EncodingSniffer.sniff(head, head.length, whole);
    Charset chosen = settings.encoding();
    if (chosen == null) {
      return sniffed;
    }
    int bom = sniffed.charset().equals(chosen) ? sniffed.bomLength() : 0;
    markDisagrees = null;
    String mark = new String(head, 0, sniffed.bomLength(), chosen);
    if (sniffed.bomLength() > 0 && bom == 0 && !mark.isEmpty() && !mark.equals("\ufeff")) {
      // found in session 8's defect hunt: nothing said that the file's own mark disagreed (the
      // chosen encoding reads the mark as a mark when it agrees: UTF-16 for either UTF-16 mark)
      markDisagrees =
          "--encoding "
              + chosen.name()
              + " was given, although the file starts with the byte-order mark of "
              + sniffed.charset().name()
              + ": leave --encoding out to read it as that";
      return new DetectedEncoding(
          chosen,
          0,
          "chosen with --encoding, although the file starts with the byte-order mark of "
              + sniffed.charset().name());
    }
    return new DetectedEncoding(chosen, bom, "chosen with --encoding");
  }

  private static void checkReadable(Path file) {
    if (Files.isDirectory(file)) {
      throw new RosterInputException(file + ": is a directory; expected a CSV file");
    }
    if (!Files.exists(file)) {
      throw new RosterInputException(file + ": no such file");
    }
    if (!Files.isReadable(file)) {
      throw new RosterInputException(file + ": cannot be read (permission denied)");
    }
    if (!Files.isRegularFile(file)) {
      // a pipe or a device: the roster is read more than once (its fingerprint, the header, the
      // rows in parallel), which only a regular file allows
      throw new RosterInputException(
          file
              + ": not a regular file (a pipe or a device?); divcalc reads the roster more than"
              + " once: save it to a file first");
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** One pass over the decoded text, with the counters it keeps. */
  private final class Pass {
    private final Path file;
    private final DetectedEncoding encoding;
    private final DelimiterSniffer.Detected detected;
    private final char delimiter;
    private final boolean headerOnly;
    private final CSVFormat format;

    /** The stream of the last reopening, closed at the next one or at the end. */
    private InputStream reopened;

    /** Finds where to reopen, reading the file forward once; null until the first reopening. */
    private LineSeeker seeker;

    private boolean seekerTried;
    private final Consumer<StaffMember> sink;
    private final Consumer<HeaderMapping> onHeader;
    private final ProblemLog problems = new ProblemLog(settings.problemLimit());
    private final Map<ProblemKind, Long> excluded = new EnumMap<>(ProblemKind.class);
    private final List<String> notes = new ArrayList<>();
    private long rowsRead;
    private long rowsCounted;

    Pass(
        Path file,
        DetectedEncoding encoding,
        DelimiterSniffer.Detected detected,
        Consumer<HeaderMapping> onHeader,
        Consumer<StaffMember> sink,
        boolean headerOnly) {
      this.file = file;
      this.onHeader = onHeader;
      this.encoding = encoding;
      if (markDisagrees != null) {
        notes.add(markDisagrees);
      }
      this.detected = detected;
      this.delimiter = detected.delimiter();
      this.headerOnly = headerOnly;
      this.sink = sink;
      this.format =
          CSVFormat.RFC4180
              .builder()
              .setDelimiter(delimiter)
              .setIgnoreEmptyLines(false)
              .setAllowMissingColumnNames(true)
              .get();
    }

    HeaderMapping run(Reader decoded) throws IOException {
      try {
        return readAll(parser(new LineLengthGuard(decoded, file.toString(), 1)));
      } finally {
        if (reopened != null) {
          reopened.close();
        }
        if (seeker != null) {
          seeker.close();
        }
      }
    }

    /**
     * Whether line 1 is Excel's {@code sep=X} hint: split by X it reads "sep=" and nothing; by
     * another delimiter (--delimiter), the whole hint.
     */
    private boolean isExcelHint(String[] values) {
      return (values.length == 2
              && values[0].strip().equalsIgnoreCase("sep=")
              && values[1].isBlank())
          || (values.length == 1 && DelimiterSniffer.excelHint(values[0]) != null);
    }

    private HeaderMapping readAll(CSVParser firstParser) throws IOException {
      CSVParser parser = firstParser;
      Iterator<CSVRecord> records = parser.iterator();
      List<String> header = null;
      long headerLine = 0;
      int hintLines = 0;
      while (header == null) {
        CSVRecord first;
        long before = parser.getCurrentLineNumber();
        try {
          first = CsvRecords.next(records);
        } catch (CsvRecords.QuoteError e) {
          throw new RosterInputException(
              file
                  + ": line "
                  + (before + 1)
                  + ": the header line has "
                  + (e.unterminated ? "a quote that is never closed" : "text after a closing quote")
                  + "; expected the column names, separated by "
                  + DelimiterSniffer.name(delimiter));
        }
        if (first == null) {
          throw new RosterInputException(
              file
                  + (hintLines > 0
                      ? ": no header line after Excel's delimiter hint on line 1 (sep=)"
                      : ": no header line (only blank lines)")
                  + "; expected the column names");
        }
        headerLine = parser.getCurrentLineNumber();
        if (headerLine == 1 && isExcelHint(first.values())) {
          hintLines = 1;
          notes.add(
              "line 1 is Excel's delimiter hint (sep=): skipped; the header is read from the next"
                  + " line");
          continue;
        }
        if (!CsvRecords.isBlank(first)) {
          header = CsvRecords.trimmedHeader(first.values());
        }
      }
      if (headerLine > 1 + hintLines) {
        notes.add("the header is on line " + headerLine + "; blank lines above it were skipped");
      }
      HeaderMapping mapping;
      try {
        mapping = HeaderMapping.of(file.toString(), header, settings.columns());
      } catch (RosterInputException e) {
        if (header.size() == 1 && settings.delimiter() == null) {
          throw new RosterInputException(
              e.getMessage()
                  + ". The header was read as a single column: if the file uses another"
                  + " delimiter, give it with --delimiter",
              e);
        }
        throw e;
      }
      noteDuplicateHeaders(header);
      if (headerOnly) {
        throw new HeaderFound(
            new Start(
                encoding, detected, List.copyOf(header), mapping, headerLine, List.copyOf(notes)));
      }
      onHeader.accept(mapping);
      RowNormaliser normaliser = normalisers.create(mapping, problems);
      long lineOffset = 0;
      long previousEnd = headerLine;
      while (true) {
        long start = previousEnd + 1;
        CSVRecord record;
        try {
          record = CsvRecords.next(records);
        } catch (CsvRecords.QuoteError e) {
          rowsRead++;
          exclude(problemForQuote(e, start));
          parser = reopenAfter(start);
          records = parser.iterator();
          lineOffset = start;
          previousEnd = start;
          continue;
        }
        if (record == null) {
          break;
        }
        long end = lineOffset + parser.getCurrentLineNumber();
        rowsRead++;
        ProblemKind exclusion = normaliser.normalise(record, start, Math.max(end, start), sink);
        if (exclusion == null) {
          rowsCounted++;
        } else {
          excluded.merge(exclusion, 1L, Long::sum);
        }
        previousEnd = Math.max(end, start);
      }
      return mapping;
    }

    private void exclude(RowProblem problem) {
      problems.add(problem);
      excluded.merge(problem.kind(), 1L, Long::sum);
    }

    private RowProblem problemForQuote(CsvRecords.QuoteError e, long start) {
      if (e.unterminated) {
        return new RowProblem(
            start,
            0,
            ProblemKind.UNBALANCED_QUOTE,
            "a quoted field that starts on this line is never closed; the row is left out and"
                + " reading goes on from the next line");
      }
      return new RowProblem(
          start,
          0,
          ProblemKind.MISPLACED_QUOTE,
          "text follows a closing quote inside a field (expected a delimiter or the end of the"
              + " line after it); the row is left out and reading goes on from the next line");
    }

    /**
     * A new parser over the same file, from the start of physical line {@code line} + 1: opened at
     * that line's byte offset where the encoding lets {@link LineSeeker} find it, else read from
     * the start and the lines before it skipped.
     */
    private CSVParser reopenAfter(long line) throws IOException {
      if (reopened != null) {
        reopened.close();
      }
      if (!seekerTried) {
        seekerTried = true;
        seeker = LineSeeker.of(file, encoding).orElse(null);
      }
      Reader reader;
      if (seeker != null) {
        java.nio.channels.SeekableByteChannel channel = Files.newByteChannel(file);
        channel.position(seeker.offsetAfter(line));
        reopened = java.nio.channels.Channels.newInputStream(channel);
        // no buffer of its own: the parser's and the decoder's (8 KiB) suffice, and a roster with
        // a malformed quote every few lines is reopened that often
        reader = new InputStreamReader(reopened, encoding.charset());
      } else {
        reopened = Files.newInputStream(file);
        reopened.skipNBytes(encoding.bomLength());
        PushbackReader skipping =
            new PushbackReader(
                new BufferedReader(new InputStreamReader(reopened, encoding.charset()), 1 << 16),
                1);
        CsvRecords.skipLines(skipping, line);
        reader = skipping;
      }
      return parser(new LineLengthGuard(reader, file.toString(), line + 1));
    }

    private CSVParser parser(Reader reader) throws IOException {
      return CSVParser.builder().setReader(reader).setFormat(format).get();
    }

    private void noteDuplicateHeaders(List<String> header) {
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (int i = 0; i < header.size(); i++) {
        if (!seen.add(Field.headerKey(header.get(i))) && !header.get(i).isEmpty()) {
          notes.add(
              "column "
                  + (i + 1)
                  + " repeats the header '"
                  + header.get(i)
                  + "'; the first column of that name is used");
        }
      }
    }
  }
}
