package org.divcalc.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.divcalc.reference.EmbeddedDataset;
import org.divcalc.reference.ReferenceTable;
import org.divcalc.render.DataText;
import org.divcalc.render.Json;
import org.divcalc.render.TableFormats;
import org.divcalc.report.DataReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code divcalc data}: the embedded reference datasets, their coverage, source and SHA-256. */
@Command(
    name = "data",
    mixinStandardHelpOptions = true,
    description = {
      "List the reference datasets built into divcalc.",
      "Rows, coverage, source and SHA-256 of each, so that a report's inputs can be",
      "traced and checked."
    })
final class DataCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text (default), json, csv or markdown.")
  ReportFormat format = ReportFormat.TEXT;

  @Mixin OutputOptions outputOptions;

  @Mixin CommonOptions common;

  @Override
  public Integer call() {
    OutputTarget target = outputOptions.target();
    target.check(List.of());
    List<DataReport.Dataset> datasets = new ArrayList<>();
    for (EmbeddedDataset d : EmbeddedDataset.values()) {
      ReferenceTable t = d.table();
      datasets.add(
          new DataReport.Dataset(
              d.key(),
              d.file(),
              t.rows().size(),
              d.coverage(t),
              d.content(),
              d.source(),
              d.licence(),
              t.sha256()));
    }
    DataReport report =
        new DataReport(
            "divcalc",
            org.divcalc.report.ReportSchema.VERSION,
            VersionProvider.version(),
            "data",
            datasets);
    String text =
        switch (format) {
          case TEXT -> DataText.text(report);
          case MARKDOWN -> TableFormats.markdown(DataText.table(report));
          case CSV -> TableFormats.csv(DataText.table(report));
          case JSON -> Json.write(report);
        };
    target.write(text, spec.commandLine().getOut());
    return ExitCodes.OK;
  }
}
