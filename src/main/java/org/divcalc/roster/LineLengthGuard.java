package org.divcalc.roster;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Stops reading when one physical line grows past a limit, so that a wrong file (a binary, a 100 MB
 * single field) ends in a clear error instead of exhausting memory.
 */
final class LineLengthGuard extends FilterReader {
  /** No roster line is anywhere near this long. */
  static final int MAX_LINE = 1 << 20;

  private final String file;
  private long line;
  private long length;

  LineLengthGuard(Reader in, String file, long firstLine) {
    super(in);
    this.file = file;
    this.line = firstLine;
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      count((char) c);
    }
    return c;
  }

  @Override
  public int read(char[] buffer, int offset, int count) throws IOException {
    int n = super.read(buffer, offset, count);
    for (int i = 0; i < n; i++) {
      count(buffer[offset + i]);
    }
    return n;
  }

  private void count(char c) {
    if (c == '\n' || c == '\r') {
      line += c == '\n' ? 1 : 0;
      length = 0;
      return;
    }
    if (++length > MAX_LINE) {
      throw new RosterInputException(
          file
              + ": line "
              + line
              + ": more than "
              + MAX_LINE
              + " characters without a line"
              + " break; no roster row is that long (a binary file, or a field that never"
              + " ends?)");
    }
  }
}
