package org.divcalc.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * divcalc's main class in a child JVM, for what only a new process shows (environment, classes).
 */
final class ChildJvm {
  private ChildJvm() {}

  /** A process builder for {@code java JVM_OPTIONS -cp … org.divcalc.Main ARGS}. */
  static ProcessBuilder divcalc(List<String> jvmOptions, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("org.divcalc.Main");
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }
}
