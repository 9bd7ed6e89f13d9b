package org.divcalc.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.PrintWriter;
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
  /** Writes the report's text into a file; replaced in tests to simulate a full disk. */
  @FunctionalInterface
  interface Content {
    void write(Path path, String text) throws IOException;
  }

  private static final Content UTF8 = (path, text) -> Files.writeString(path, text, UTF_8);

  private final Path file;
  private final Content content;

  OutputTarget(Path file, Content content) {
    this.file = file;
    this.content = content;
  }

  /** stdout when {@code path} is null or "-", else the file. */
  static OutputTarget of(Path path) {
    return new OutputTarget(path == null || path.toString().equals("-") ? null : path, UTF8);
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
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      writeInPlace(text);
      return;
    }
    Path dir = directory();
    Path tmp = null;
    try {
      tmp = FilePermissions.createTemp(dir, "." + file.getFileName() + ".");
      tmp.toFile().deleteOnExit();
      content.write(tmp, text);
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
      throw new OutputException(file + ": cannot write: " + reason(e), e);
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

  /**
   * A device or pipe (/dev/stdout, a named pipe) cannot be replaced by a rename, and must not be:
   * it is written in place.
   */
  private void writeInPlace(String text) {
    try {
      content.write(file, text);
    } catch (IOException e) {
      throw new OutputException(file + ": cannot write: " + reason(e), e);
    }
  }

  /**
   * Why a write failed, in words: the file system's reason, or what the failure was when it gives
   * none (its message is then only the name of the hidden temporary file, which means nothing to
   * the user).
   */
  static String reason(IOException e) {
    if (e instanceof java.nio.file.FileSystemException f) {
      if (f.getReason() != null) {
        return f.getReason();
      }
      if (e instanceof java.nio.file.NoSuchFileException) {
        return "no file can be created in that directory";
      }
      return "the file system refused it ("
          + e.getClass().getSimpleName().replace("Exception", "")
          + ")";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
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
