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
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        return describe(bytes, in.position(), result.length());
      }
      if (result.isUnderflow()) {
        return null;
      }
      out.clear();
    }
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
