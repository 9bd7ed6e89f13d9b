package org.divcalc.report;

/**
 * The version of the JSON report format, written as {@code schemaVersion} in every document and
 * described by {@code schema/divcalc-report.schema.json}. A change that removes or renames a key,
 * or changes its meaning, raises the major number; a new key raises the minor number.
 */
public final class ReportSchema {
  /** The current version. */
  public static final String VERSION = "1.2";

  private ReportSchema() {}
}
