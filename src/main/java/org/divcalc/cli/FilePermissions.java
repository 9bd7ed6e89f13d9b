package org.divcalc.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Gives a finished temporary file the permissions of the file it replaces, or rw-r--r-- for a new
 * one: a temporary file is created readable by its owner only, which a report should not be.
 */
final class FilePermissions {
  private static final Set<PosixFilePermission> DEFAULT =
      PosixFilePermissions.fromString("rw-r--r--");

  private FilePermissions() {}

  static void likeTarget(Path tmp, Path target) throws IOException {
    if (Files.getFileAttributeView(tmp, PosixFileAttributeView.class) == null) {
      return;
    }
    Set<PosixFilePermission> perms =
        Files.exists(target) ? Files.getPosixFilePermissions(target) : DEFAULT;
    Files.setPosixFilePermissions(tmp, perms);
  }
}
