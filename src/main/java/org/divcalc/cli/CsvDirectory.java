package org.divcalc.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
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
      throw new OutputException(dir + ": cannot write: the directory does not exist");
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
      for (Path[] m : moves) {
        try {
          Files.move(
              m[0], m[1], StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(m[0], m[1], StandardCopyOption.REPLACE_EXISTING);
        }
      }
      for (String name : set) {
        if (tables.stream().noneMatch(t -> t.name().equals(name))) {
          Files.deleteIfExists(dir.resolve(name + ".csv"));
        }
      }
    } catch (IOException e) {
      throw new OutputException(dir + ": cannot write: " + e.getMessage(), e);
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
}
