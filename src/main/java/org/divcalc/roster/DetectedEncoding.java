package org.divcalc.roster;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * The character encoding a roster was read with, and why.
 *
 * @param charset the encoding
 * @param bomLength bytes of byte-order mark skipped at the start of the file
 * @param reason how it was chosen, for the report
 */
public record DetectedEncoding(Charset charset, int bomLength, String reason) {
  public DetectedEncoding {
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(reason, "reason");
  }

  /** "UTF-8 with BOM", "windows-1252", ... */
  public String label() {
    return charset.name() + (bomLength > 0 ? " with BOM" : "");
  }
}
