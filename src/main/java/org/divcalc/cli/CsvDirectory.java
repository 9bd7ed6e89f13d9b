package org.divcalc.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.divcalc.render.TableFormats;
import org.divcalc.report.Table;

/**
 * A directory that receives one CSV file per table: every file is first written in full under a
 * temporary name, and only then are they all renamed into place, so that a failure leaves no
 * partial file. A file of the set that this run does not write (geo-states.csv in a run without
 * ranges, say) is then removed, so that the directory never mixes two runs' tables.
 */
final class CsvDirectory {
  private final Path dir;
  private final List<Path> inputs;

  private CsvDirectory(Path dir, List<Path> inputs) {
    this.dir = dir;
    this.inputs = List.copyOf(inputs);
  }

  static CsvDirectory of(Path dir, List<Path> inputs) {
    if (!Files.isDirectory(dir)) {
      throw new OutputException(
          dir
              + ": cannot write: "
              + (Files.exists(dir)
                  ? "it is a file, not a directory (--output-dir names the directory for the"
                      + " tables)"
                  : "the directory does not exist"));
    }
    return new CsvDirectory(dir, inputs);
  }

  /**
   * Writes {@code tables}, then removes the files of the other tables in {@code set} (the names
   * every run of the command may write), left by an earlier run.
   */
  void write(List<Table> tables, List<String> set) {
    List<Path[]> moves = new ArrayList<>();
    try {
      for (Table t : tables) {
        Path target = dir.resolve(t.name() + ".csv");
        for (Path in : inputs) {
          if (Files.exists(in) && Files.exists(target) && Files.isSameFile(in, target)) {
            throw new OutputException(target + ": the output would overwrite an input");
          }
        }
      }
      for (String name : set) {
        Path stale = dir.resolve(name + ".csv");
        for (Path in : inputs) {
          if (Files.exists(in) && Files.exists(stale) && Files.isSameFile(in, stale)) {
            throw new OutputException(
                stale
                    + ": an input of this run has the name of one of the report's tables, which"
                    + " a run into this directory replaces or removes; choose another directory");
          }
        }
      }
      for (Table t : tables) {
        Path tmp = FilePermissions.createTemp(dir, "." + t.name() + ".");
        moves.add(new Path[] {tmp, dir.resolve(t.name() + ".csv")});
        Files.writeString(tmp, TableFormats.csv(t), StandardCharsets.UTF_8);
        FilePermissions.likeTarget(tmp, dir.resolve(t.name() + ".csv"));
      }
      // every file this run replaces or removes must be one it can: a directory in its place, or
      // a file the directory's sticky bit keeps for its owner, found after some tables were
      // renamed into place, would leave two runs' tables side by side
      for (String name : set) {
        probe(dir.resolve(name + ".csv"), moves.isEmpty() ? null : moves.get(0)[0]);
      }
      List<String> replaced = new ArrayList<>();
      for (Path[] m : moves) {
        try {
          move(m[0], m[1]);
        } catch (IOException e) {
          throw new IOException(
              e.getMessage()
                  + (replaced.isEmpty()
                      ? ""
                      : " (" + String.join(", ", replaced) + " already hold this run's tables)"),
              e);
        }
        replaced.add(m[1].getFileName().toString());
      }
      for (String name : set) {
        if (tables.stream().noneMatch(t -> t.name().equals(name))) {
          Files.deleteIfExists(dir.resolve(name + ".csv"));
        }
      }
    } catch (java.nio.file.AccessDeniedException e) {
      throw new OutputException(dir + ": cannot write: " + e.getFile() + ": permission denied", e);
    } catch (IOException e) {
      throw new OutputException(dir + ": cannot write: " + OutputTarget.reason(e), e);
    } finally {
      for (Path[] m : moves) {
        try {
          Files.deleteIfExists(m[0]);
        } catch (IOException ignored) {
          // The error that brought us here is what the user needs to see.
        }
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Fails unless {@code target} is absent or a file this run may replace, checked without touching
   * it: not a directory, and, in a directory with the sticky bit (a shared /tmp-like folder), owned
   * by this run's user (the owner of {@code mine}, a file it made), by the directory's owner or
   * replaced by root.
   */
  private void probe(Path target, Path mine) throws IOException {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException(
          target
              + ": a directory has the name of one of the report's tables; no table was written");
    }
    if (mine == null) {
      return;
    }
    int mode;
    int me;
    int owner;
    int dirOwner;
    try {
      mode = (Integer) Files.getAttribute(dir, "unix:mode");
      me = (Integer) Files.getAttribute(mine, "unix:uid");
      owner = (Integer) Files.getAttribute(target, "unix:uid", LinkOption.NOFOLLOW_LINKS);
      dirOwner = (Integer) Files.getAttribute(dir, "unix:uid");
    } catch (UnsupportedOperationException | IllegalArgumentException e) {
      return; // not a Unix file system: nothing to check
    }
    boolean sticky = (mode & 01000) != 0;
    if (sticky && me != 0 && me != owner && me != dirOwner) {
      throw new IOException(
          target
              + ": this run cannot replace it (another user's file in a shared directory with the"
              + " sticky bit); no table was written");
    }
  }
}
