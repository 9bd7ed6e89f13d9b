package org.divcalc.cli;

import picocli.CommandLine.Option;

/** {@code --reader}: how the roster is parsed by the commands that only count. */
final class ReaderOption {
  /** The two readers; both give the same reading and the same figures. */
  enum Reader {
    fast,
    plain
  }

  @Option(
      names = "--reader",
      paramLabel = "READER",
      description =
          "fast (default): parse the roster on every core, falling back to the plain reader on"
              + " anything unusual; plain: one row at a time with Commons CSV. Both give the same"
              + " report.")
  Reader reader = Reader.fast;

  boolean fast() {
    return reader == Reader.fast;
  }
}
