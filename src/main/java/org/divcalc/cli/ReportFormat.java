package org.divcalc.cli;

/** The formats an analysis command can write. */
enum ReportFormat {
  TEXT,
  JSON,
  CSV,
  MARKDOWN
}
