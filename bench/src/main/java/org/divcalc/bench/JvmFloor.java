package org.divcalc.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The least a JVM does for a roster report, timed by the runner as a child process beside divcalc:
 * start, compute the file's SHA-256 on one thread (every report carries it) and, on the other
 * core, read every byte once and count the line feeds. No CSV parsing, no tables, no output file.
 * A divcalc run cannot be faster than this on the same machine; its ratio to DuckDB shows how much
 * of a target is left for the work itself.
 *
 * <p>Prints the number of line feeds and the SHA-256 in hex, which the runner checks against the
 * roster and divcalc's report.
 */
public final class JvmFloor {
  private JvmFloor() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    String[] digest = new String[1];
    Throwable[] failed = new Throwable[1];
    Thread hashing =
        new Thread(
            () -> {
              try {
                digest[0] = sha256(file);
              } catch (IOException | java.security.NoSuchAlgorithmException | RuntimeException e) {
                failed[0] = e;
              }
            });
    hashing.start();
    long lines = 0;
    try (FileChannel channel = FileChannel.open(file)) {
      ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
      byte[] bytes = buffer.array();
      int n;
      while ((n = channel.read(buffer)) > 0) {
        for (int i = 0; i < n; i++) {
          if (bytes[i] == '\n') {
            lines++;
          }
        }
        buffer.clear();
      }
    }
    hashing.join();
    if (failed[0] != null) {
      throw new IllegalStateException(failed[0]);
    }
    System.out.println(lines + " " + digest[0]);
  }

  private static String sha256(Path file)
      throws IOException, java.security.NoSuchAlgorithmException {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    try (FileChannel channel = FileChannel.open(file)) {
      ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
      while (channel.read(buffer) > 0) {
        buffer.flip();
        md.update(buffer);
        buffer.clear();
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }
}
