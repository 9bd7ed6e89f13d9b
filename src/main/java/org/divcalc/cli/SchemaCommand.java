package org.divcalc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code divcalc schema}: prints the JSON Schema every JSON report follows. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    header = "Print the JSON Schema of divcalc's JSON reports.",
    description =
        "The schema (JSON Schema 2020-12) describes every document that --format json writes,"
            + " one shape per command; its version is the schemaVersion key of every report.")
final class SchemaCommand implements Callable<Integer> {
  static final String RESOURCE = "/org/divcalc/report/divcalc-report.schema.json";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin OutputOptions outputOptions;

  @Mixin CommonOptions common;

  @Override
  public Integer call() {
    OutputTarget target = outputOptions.target();
    target.check(List.of());
    try (InputStream in = SchemaCommand.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the schema is missing from the jar");
      }
      target.write(
          new String(in.readAllBytes(), StandardCharsets.UTF_8), spec.commandLine().getOut());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ExitCodes.OK;
  }
}
