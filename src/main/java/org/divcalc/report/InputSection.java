package org.divcalc.report;

import java.util.List;

/**
 * The roster a report was computed from: its fingerprint and everything divcalc detected or assumed
 * while reading it.
 *
 * @param file path as given on the command line
 * @param sizeBytes file size
 * @param sha256 hex SHA-256 of the file's bytes
 * @param encoding encoding used, e.g. "UTF-8 with BOM"
 * @param encodingReason why that encoding
 * @param delimiter delimiter used, e.g. "';'" or "tab"
 * @param delimiterReason why that delimiter
 * @param columns which column was taken for each canonical field, and why
 * @param otherColumns headers kept for breakdowns and filters
 * @param gradeScale the grade scale values were normalised to
 * @param notes other assumptions
 */
public record InputSection(
    String file,
    long sizeBytes,
    String sha256,
    String encoding,
    String encodingReason,
    String delimiter,
    String delimiterReason,
    List<ColumnUse> columns,
    List<String> otherColumns,
    String gradeScale,
    List<String> notes) {
  public InputSection {
    columns = List.copyOf(columns);
    otherColumns = List.copyOf(otherColumns);
    notes = List.copyOf(notes);
  }

  /**
   * One canonical field and the roster column that serves it.
   *
   * @param field canonical field name, e.g. "grade"
   * @param column 1-based column number
   * @param header header as written in the file
   * @param reason why this column
   */
  public record ColumnUse(String field, int column, String header, String reason) {}
}
