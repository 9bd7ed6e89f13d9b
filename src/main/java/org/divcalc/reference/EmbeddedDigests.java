package org.divcalc.reference;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The SHA-256 of each embedded dataset, as listed in this package's {@code SHA256SUMS} (the output
 * of {@code sha256sum *.csv}). Each report prints the fingerprint of the data it used. The list is
 * read rather than the digests computed, which saves start-up time. {@code EmbeddedDigestsTest}
 * recomputes every digest from the bytes in the jar and fails when the list and the data disagree.
 */
final class EmbeddedDigests {
  static final String FILE = "SHA256SUMS";

  private EmbeddedDigests() {}

  private static final class Listed {
    static final Map<String, String> DIGESTS = read();
  }

  /** The listed SHA-256 of the embedded dataset {@code fileName}. */
  static String of(String fileName) {
    String digest = Listed.DIGESTS.get(fileName);
    if (digest == null) {
      throw new ReferenceDataException(
          "embedded dataset " + fileName + " has no SHA-256 in " + FILE + " in the jar");
    }
    return digest;
  }

  /** Every listed file and its digest. */
  static Map<String, String> all() {
    return Map.copyOf(Listed.DIGESTS);
  }

  private static Map<String, String> read() {
    Map<String, String> digests = new HashMap<>();
    try (InputStream in = EmbeddedDigests.class.getResourceAsStream(FILE)) {
      if (in == null) {
        throw new ReferenceDataException("embedded " + FILE + " is missing from the jar");
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
        if (line.isBlank()) {
          continue;
        }
        // "<64 hex digits>  <file name>", as sha256sum writes it
        int gap = line.indexOf("  ");
        if (gap != 64) {
          throw new ReferenceDataException("embedded " + FILE + ": malformed line '" + line + "'");
        }
        digests.put(line.substring(gap + 2).strip(), line.substring(0, gap));
      }
    } catch (IOException e) {
      throw new ReferenceDataException(FILE + ": cannot be read (" + e.getMessage() + ")", e);
    }
    return digests;
  }
}
