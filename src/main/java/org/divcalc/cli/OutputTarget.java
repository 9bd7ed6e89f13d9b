package org.divcalc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Where a report goes: stdout, or a file written atomically (a temporary file in the same
 * directory, then a rename), so that a failed run never leaves a partial or empty file.
 */
final class OutputTarget {
  private final Path file;

  private OutputTarget(Path file) {
    this.file = file;
  }

  /** stdout when {@code path} is null or "-", else the file. */
  static OutputTarget of(Path path) {
    return new OutputTarget(path == null || path.toString().equals("-") ? null : path);
  }

  /** True when the report goes to stdout. */
  boolean isStdout() {
    return file == null;
  }

  /**
   * Refuses a target that is one of the inputs, or whose directory is missing, before any work is
   * done.
   */
  void check(List<Path> inputs) {
    if (file == null) {
      return;
    }
    for (Path in : inputs) {
      if (in != null && sameFile(file, in)) {
        throw new OutputException(
            file + ": the output would overwrite the input " + in + "; choose another -o path");
      }
    }
    Path dir = directory();
    if (!Files.isDirectory(dir)) {
      throw new OutputException(file + ": cannot write: the directory " + dir + " does not exist");
    }
    if (Files.isDirectory(file)) {
      throw new OutputException(file + ": cannot write: it is a directory");
    }
  }

  /** Writes the whole text, to stdout or atomically to the file. */
  void write(String text, PrintWriter stdout) {
    if (file == null) {
      stdout.print(text);
      stdout.flush();
      return;
    }
    Path dir = directory();
    Path tmp = null;
    try {
      tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      FilePermissions.likeTarget(tmp, file);
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
    } catch (AccessDeniedException e) {
      throw new OutputException(file + ": cannot write: permission denied", e);
    } catch (IOException e) {
      throw new OutputException(file + ": cannot write: " + e.getMessage(), e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // Nothing more can be done; the error that brought us here is what the user needs.
        }
      }
    }
  }

  private Path directory() {
    Path parent = file.toAbsolutePath().getParent();
    return parent == null ? Path.of(".") : parent;
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      if (Files.exists(a) && Files.exists(b)) {
        return Files.isSameFile(a, b);
      }
    } catch (IOException e) {
      return false;
    }
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }
}
