package org.divcalc.report;

import java.util.List;

/**
 * The embedded reference datasets, as listed by {@code divcalc data}.
 *
 * @param tool always "divcalc"
 * @param schemaVersion version of the JSON format, see {@link ReportSchema}
 * @param toolVersion version of divcalc
 * @param command always "data"
 * @param datasets one entry per dataset
 */
public record DataReport(
    String tool, String schemaVersion, String toolVersion, String command, List<Dataset> datasets) {
  public DataReport {
    datasets = List.copyOf(datasets);
  }

  /**
   * One embedded dataset.
   *
   * @param name short name
   * @param file file name in the jar
   * @param rows data rows
   * @param coverage what it covers
   * @param content what the data is
   * @param source where it comes from
   * @param licence licence or terms of use
   * @param sha256 hex SHA-256 of the file
   */
  public record Dataset(
      String name,
      String file,
      int rows,
      String coverage,
      String content,
      String source,
      String licence,
      String sha256) {}
}
