package org.divcalc.reference;

/**
 * A dataset a report used, with its fingerprint.
 *
 * @param dataset what the data is ("scale of assessments")
 * @param origin "embedded:FILE" or the path the user gave
 * @param sha256 hex SHA-256 of the file's bytes
 * @param selection the part used ("period 2013-2015", "year 2012")
 */
public record DatasetUse(String dataset, String origin, String sha256, String selection) {
  /** The use of a table, with the part selected. */
  public static DatasetUse of(String dataset, ReferenceTable table, String selection) {
    return new DatasetUse(dataset, table.origin(), table.sha256(), selection);
  }
}
