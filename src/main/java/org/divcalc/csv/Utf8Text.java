package org.divcalc.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Checks that a reference file (grouping, membership, ranges, grade scale, scheme) is UTF-8, as the
 * README says they must be, and says where it is not. Without it, a file saved as Windows-1252 read
 * "Europé" as "Europ\uFFFD" silently, or failed with the decoder's "Input length = 1".
 */
public final class Utf8Text {
  private Utf8Text() {}

  /**
   * Null when the bytes are UTF-8; otherwise "line L, column C: byte 0xE9 is not UTF-8 ...", with
   * the column counted in characters, as an editor shows it.
   */
  public static String problem(byte[] bytes) {
    int at = firstInvalid(bytes, bytes.length, true);
    return at < 0 ? null : describe(bytes, at, malformedLength(bytes, at));
  }

  /**
   * Offset of the first byte of {@code bytes[0, length)} that is not UTF-8, or -1. A sequence cut
   * off at {@code length} counts as invalid only when {@code endOfInput} (the whole file was read);
   * the roster's encoding sniffer asks the same of a file's first megabyte.
   */
  public static int firstInvalid(byte[] bytes, int length, boolean endOfInput) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
    CharBuffer out = CharBuffer.allocate(4096);
    while (true) {
      CoderResult result = decoder.decode(in, out, endOfInput);
      if (result.isError()) {
        return in.position();
      }
      if (!result.isOverflow()) {
        return -1;
      }
      out.clear();
    }
  }

  /** How many bytes from {@code at}, where a malformed sequence starts, the decoder refuses. */
  private static int malformedLength(byte[] bytes, int at) {
    CoderResult result =
        StandardCharsets.UTF_8
            .newDecoder()
            .decode(ByteBuffer.wrap(bytes, at, bytes.length - at), CharBuffer.allocate(4), true);
    return result.isError() ? result.length() : 1;
  }

  private static String describe(byte[] bytes, int at, int length) {
    long line = 1;
    int lineStart = 0;
    for (int i = 0; i < at; i++) {
      if (bytes[i] == '\n'
          || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    if (lineStart == 0
        && at >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      lineStart = 3; // a byte-order mark is no column an editor shows
    }
    String before = new String(bytes, lineStart, at - lineStart, StandardCharsets.UTF_8);
    long column = before.codePointCount(0, before.length()) + 1L;
    StringBuilder hex = new StringBuilder();
    for (int i = at; i < Math.min(at + Math.max(length, 1), bytes.length); i++) {
      hex.append(hex.length() == 0 ? "" : " ")
          .append(String.format(Locale.ROOT, "0x%02X", bytes[i] & 0xFF));
    }
    return "line "
        + line
        + ", column "
        + column
        + (hex.indexOf(" ") < 0 ? ": byte " + hex + " is" : ": bytes " + hex + " are")
        + " not UTF-8; expected a UTF-8 file (saved as Windows-1252 or Latin-1? Save it again as"
        + " UTF-8)";
  }
}
