package org.divcalc.roster;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Where each physical line of a roster starts, in bytes, found by reading the file forward once.
 * The plain read resumes after a malformed quote by reopening the file at the next line; finding
 * that line from the start of the file each time made a roster with many such rows take quadratic
 * time (found in session 9's operator test: 95 malformed rows in a million took 111 s, and one row
 * in seven never finished).
 *
 * <p>Lines end as {@link CsvRecords#skipLines} ends them: at LF, CR or CRLF, inside quotes or not.
 * It works on the bytes when the encoding writes CR and LF as the single bytes 0x0D and 0x0A and
 * never uses those bytes inside another character (UTF-8, the single-byte code pages, Shift_JIS,
 * GB18030…), and on two-byte units in UTF-16; for any other encoding there is none.
 */
final class LineSeeker implements Closeable {
  private final InputStream in;
  private final boolean utf16;
  private final boolean bigEndian;

  /** Line ends passed so far. */
  private long lines;

  /** Bytes from the start of the file, the byte-order mark included. */
  private long position;

  /** A unit read after a CR to see whether an LF follows, or -2 when none is held. */
  private int held = -2;

  private LineSeeker(InputStream in, long start, boolean utf16, boolean bigEndian) {
    this.in = in;
    this.position = start;
    this.utf16 = utf16;
    this.bigEndian = bigEndian;
  }

  /** A seeker over {@code file} from just after its byte-order mark, when the encoding allows. */
  static Optional<LineSeeker> of(Path file, DetectedEncoding encoding) throws IOException {
    Charset c = encoding.charset();
    boolean utf16 = c.equals(StandardCharsets.UTF_16LE) || c.equals(StandardCharsets.UTF_16BE);
    if (!utf16 && !singleByteLineEnds(c)) {
      return Optional.empty();
    }
    InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    raw.skipNBytes(encoding.bomLength());
    return Optional.of(
        new LineSeeker(raw, encoding.bomLength(), utf16, c.equals(StandardCharsets.UTF_16BE)));
  }

  private static boolean singleByteLineEnds(Charset c) {
    if (!c.canEncode() || c.name().startsWith("UTF-16") || c.name().startsWith("UTF-32")) {
      return false;
    }
    return Arrays.equals("\r\n".getBytes(c), new byte[] {'\r', '\n'})
        && Arrays.equals("a".getBytes(c), new byte[] {'a'});
  }

  /**
   * The byte offset where physical line {@code line} + 1 starts (or the file's end), counting lines
   * from the first after the byte-order mark.
   *
   * @throws IllegalStateException when {@code line} is before a line already passed
   */
  long offsetAfter(long line) throws IOException {
    if (line < lines) {
      throw new IllegalStateException("line " + line + " is already behind line " + lines);
    }
    while (lines < line) {
      int u = next();
      if (u < 0) {
        return position;
      }
      if (u == '\n') {
        lines++;
      } else if (u == '\r') {
        lines++;
        int v = next();
        if (v >= 0 && v != '\n') {
          held = v;
          position -= utf16 ? 2 : 1;
        }
      }
    }
    return position;
  }

  /** The next unit (a byte, or a UTF-16 code unit), or -1 at the end. */
  private int next() throws IOException {
    if (held != -2) {
      int u = held;
      held = -2;
      position += utf16 ? 2 : 1;
      return u;
    }
    int a = in.read();
    if (a < 0) {
      return -1;
    }
    if (!utf16) {
      position++;
      return a;
    }
    int b = in.read();
    if (b < 0) {
      position++;
      return -1;
    }
    position += 2;
    return bigEndian ? (a << 8) | b : (b << 8) | a;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
