package org.divcalc.roster;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/**
 * Helpers around Commons CSV's record stream: a malformed quoted field becomes a {@link QuoteError}
 * the reader can recover from, and a reader can be moved to a physical line.
 */
final class CsvRecords {
  private CsvRecords() {}

  static List<String> trimmedHeader(String[] values) {
    List<String> header = new ArrayList<>(values.length);
    for (String v : values) {
      header.add(v.strip());
    }
    return header;
  }

  static boolean isBlank(CSVRecord record) {
    return record.size() == 1 && record.get(0).isEmpty();
  }

  /** The next record, null at the end, or a {@link QuoteError} for a malformed quoted field. */
  static CSVRecord next(Iterator<CSVRecord> records) {
    try {
      return records.hasNext() ? records.next() : null;
    } catch (UncheckedIOException e) {
      String message =
          String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage())
              .toLowerCase(java.util.Locale.ROOT);
      if (message.contains("eof reached before encapsulated token finished")) {
        throw new QuoteError(true);
      }
      if (message.contains("between encapsulated token and delimiter")) {
        throw new QuoteError(false);
      }
      throw e;
    }
  }

  /** Signals a malformed quoted field to the reading loop. */
  static final class QuoteError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final boolean unterminated;

    QuoteError(boolean unterminated) {
      super(null, null, false, false);
      this.unterminated = unterminated;
    }
  }

  /** Skips {@code lines} physical line breaks (CR LF, LF or CR each count once). */
  static void skipLines(PushbackReader reader, long lines) throws IOException {
    long skipped = 0;
    while (skipped < lines) {
      int c = reader.read();
      if (c < 0) {
        return;
      }
      if (c == '\n') {
        skipped++;
      } else if (c == '\r') {
        skipped++;
        int d = reader.read();
        if (d >= 0 && d != '\n') {
          reader.unread(d);
        }
      }
    }
  }
}
