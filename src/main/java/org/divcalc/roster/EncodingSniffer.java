package org.divcalc.roster;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decides a roster's encoding from its first bytes: a byte-order mark when there is one, UTF-8 when
 * the bytes are valid UTF-8, otherwise Windows-1252 (what Excel writes for "CSV" on a
 * Western-European Windows). Also recognises files that are not text at all.
 */
final class EncodingSniffer {
  /** How much of the file the decision looks at. */
  static final int SAMPLE_BYTES = 1 << 20;

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private EncodingSniffer() {}

  /** The encoding of a file that starts with {@code head} ({@code length} bytes of it read). */
  static DetectedEncoding sniff(byte[] head, int length, boolean wholeFile) {
    if (startsWith(head, length, 0xEF, 0xBB, 0xBF)) {
      return new DetectedEncoding(StandardCharsets.UTF_8, 3, "UTF-8 byte-order mark");
    }
    if (startsWith(head, length, 0xFF, 0xFE)) {
      return new DetectedEncoding(
          StandardCharsets.UTF_16LE, 2, "UTF-16 little-endian byte-order mark");
    }
    if (startsWith(head, length, 0xFE, 0xFF)) {
      return new DetectedEncoding(
          StandardCharsets.UTF_16BE, 2, "UTF-16 big-endian byte-order mark");
    }
    Charset utf16 = utf16WithoutBom(head, length);
    if (utf16 != null) {
      return new DetectedEncoding(
          utf16, 0, "no byte-order mark, but every other byte is zero as in " + utf16.name());
    }
    int invalidAt = org.divcalc.csv.Utf8Text.firstInvalid(head, length, wholeFile);
    if (invalidAt < 0) {
      boolean ascii = true;
      for (int i = 0; i < length && ascii; i++) {
        ascii = head[i] >= 0;
      }
      String scope = wholeFile ? "the whole file" : "the first " + length + " bytes";
      return new DetectedEncoding(
          StandardCharsets.UTF_8,
          0,
          ascii ? scope + " is plain ASCII, read as UTF-8" : scope + " is valid UTF-8");
    }
    return new DetectedEncoding(
        WINDOWS_1252,
        0,
        "byte 0x"
            + String.format(Locale.ROOT, "%02X", head[invalidAt] & 0xFF)
            + " at offset "
            + invalidAt
            + " is not valid UTF-8; read as Windows-1252 (Excel's \"CSV\" encoding); "
            + "use --encoding to choose another");
  }

  /** A description of what the file looks like when it is not text, or null. */
  static String binaryKind(byte[] head, int length) {
    if (startsWith(head, length, 'P', 'K', 3, 4)) {
      return "a ZIP archive (an Excel .xlsx workbook?): open it in Excel and save it as "
          + "\"CSV UTF-8\", then give divcalc the .csv file";
    }
    if (startsWith(head, length, 0xD0, 0xCF, 0x11, 0xE0)) {
      return "an old Excel .xls workbook: open it in Excel and save it as \"CSV UTF-8\"";
    }
    if (startsWith(head, length, '%', 'P', 'D', 'F')) {
      return "a PDF document: divcalc needs the roster as a CSV export from the HR system";
    }
    if (startsWith(head, length, 0x1F, 0x8B)) {
      return "a gzip archive: decompress it first (gunzip FILE)";
    }
    int sample = Math.min(length, 1 << 16);
    int zeros = 0;
    for (int i = 0; i < sample; i++) {
      zeros += head[i] == 0 ? 1 : 0;
    }
    if (zeros * 10 > sample
        && utf16WithoutBom(head, length) == null
        && !hasUtf16Bom(head, length)) {
      return "a binary file, not text: "
          + (zeros * 100 / sample)
          + " % of its first bytes are zero; divcalc needs the roster as a CSV export";
    }
    return null;
  }

  private static boolean hasUtf16Bom(byte[] head, int length) {
    return startsWith(head, length, 0xFF, 0xFE) || startsWith(head, length, 0xFE, 0xFF);
  }

  private static Charset utf16WithoutBom(byte[] head, int length) {
    int n = Math.min(length, 256) & ~1;
    if (n < 8) {
      return null;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < n; i += 2) {
      evenZeros += head[i] == 0 ? 1 : 0;
      oddZeros += head[i + 1] == 0 ? 1 : 0;
    }
    int pairs = n / 2;
    if (oddZeros > pairs * 0.9 && evenZeros == 0) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZeros > pairs * 0.9 && oddZeros == 0) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static boolean startsWith(byte[] head, int length, int... prefix) {
    if (length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((head[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
