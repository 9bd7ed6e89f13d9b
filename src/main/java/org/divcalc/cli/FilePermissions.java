package org.divcalc.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;

/**
 * Temporary files for outputs, and their permissions: a new output gets what any new file gets
 * (read and write as the umask allows, as a shell redirect would give), a replaced one keeps the
 * permissions of the file it replaces.
 */
final class FilePermissions {
  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  private FilePermissions() {}

  /**
   * A new, empty temporary file in {@code dir}, named {@code prefix}, random digits and ".tmp",
   * created as any new file is (so the umask decides who may read it, not a fixed 0600).
   */
  static Path createTemp(Path dir, String prefix) throws IOException {
    while (true) {
      Path p = dir.resolve(prefix + Long.toUnsignedString(RANDOM.nextLong()) + ".tmp");
      try {
        return Files.createFile(p);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        // another name
      }
    }
  }

  /** Gives a finished temporary file the permissions of the file it replaces, if any. */
  static void likeTarget(Path tmp, Path target) throws IOException {
    if (Files.getFileAttributeView(tmp, PosixFileAttributeView.class) == null
        || !Files.exists(target)) {
      return;
    }
    Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
  }
}
