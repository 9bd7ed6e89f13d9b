package org.divcalc.cli;

/** The formats a report can be written in. */
enum ReportFormat {
  TEXT,
  JSON,
  CSV,
  MARKDOWN
}
