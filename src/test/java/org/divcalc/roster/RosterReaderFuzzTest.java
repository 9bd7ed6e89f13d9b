package org.divcalc.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.divcalc.cli.CliRun;
import org.divcalc.domain.StaffMember;
import org.divcalc.reference.States;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random rosters, and mutations of a valid one, fed to the reader: every run must end in a
 * report whose rows reconcile, or in the reader's own input error; never anything else.
 */
class RosterReaderFuzzTest {
  private static final long SEED = Long.getLong("fuzz.seed", 20261122L);
  private static final int CASES = Integer.getInteger("fuzz.cases", 400);
  private static final String[] VALUES = {
    "F", "M", "X", "", "P-5", "P5", "G-6", "D-1", "KEN", "Kenya", "Türkiye", "RB", "XB", "\"",
    "\"\"", ",", ";", "\t", "|", "\r", "\n", "\r\n", " ", "\u0000", "\uFEFF", "é", "ASG", "NA",
    "temporary", "language", "Y", "N"
  };

  @TempDir Path dir;

  static String validRoster(Random r) {
    StringBuilder sb = new StringBuilder("staff_id,sex,grade,nationality,funding,note\n");
    int rows = r.nextInt(30);
    for (int i = 0; i < rows; i++) {
      sb.append('S')
          .append(r.nextInt(40))
          .append(',')
          .append(r.nextBoolean() ? "F" : "M")
          .append(",P-")
          .append(1 + r.nextInt(5))
          .append(',')
          .append(r.nextBoolean() ? "KEN" : "\"Côte d'Ivoire\"")
          .append(",RB,\"a, b\"\n");
    }
    return sb.toString();
  }

  static byte[] mutate(byte[] in, Random r) {
    List<Byte> bytes = new ArrayList<>();
    for (byte b : in) {
      bytes.add(b);
    }
    int edits = 1 + r.nextInt(6);
    for (int e = 0; e < edits; e++) {
      int at = bytes.isEmpty() ? 0 : r.nextInt(bytes.size());
      switch (r.nextInt(5)) {
        case 0 -> {
          if (!bytes.isEmpty()) {
            bytes.remove(at);
          }
        }
        case 1 -> bytes.add(at, (byte) r.nextInt(256));
        case 2 -> {
          byte[] v = VALUES[r.nextInt(VALUES.length)].getBytes(StandardCharsets.UTF_8);
          for (int i = v.length - 1; i >= 0; i--) {
            bytes.add(at, v[i]);
          }
        }
        case 3 -> {
          while (bytes.size() > at) {
            bytes.remove(bytes.size() - 1);
          }
        }
        default -> {
          if (!bytes.isEmpty()) {
            bytes.set(at, (byte) '"');
          }
        }
      }
    }
    byte[] out = new byte[bytes.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = bytes.get(i);
    }
    return out;
  }

  static byte[] randomRoster(Random r) {
    StringBuilder sb = new StringBuilder();
    int lines = r.nextInt(12);
    for (int l = 0; l < lines; l++) {
      int fields = r.nextInt(7);
      for (int f = 0; f < fields; f++) {
        if (f > 0) {
          sb.append(",;\t|".charAt(r.nextInt(4)));
        }
        sb.append(VALUES[r.nextInt(VALUES.length)]);
      }
      sb.append(r.nextBoolean() ? "\n" : "\r\n");
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void everyRandomOrMutatedRosterReconcilesOrFailsWithTheReadersOwnError() throws IOException {
    Random random = new Random(SEED);
    RosterReader reader =
        new RosterReader(RosterSettings.defaults(), new NationalityResolver(States.embedded()));
    int reports = 0;
    int inputErrors = 0;
    for (int i = 0; i < CASES; i++) {
      byte[] bytes =
          i % 3 == 0
              ? randomRoster(random)
              : mutate(validRoster(random).getBytes(StandardCharsets.UTF_8), random);
      Path file = dir.resolve("case" + i + ".csv");
      Files.write(file, bytes);
      List<StaffMember> counted = new ArrayList<>();
      try {
        RosterReading r = reader.read(file, counted::add);
        assertThat(r.reconciliation().rowsRead())
            .as("case %d", i)
            .isEqualTo(r.reconciliation().rowsCounted() + r.reconciliation().rowsExcluded());
        assertThat(counted).as("case %d", i).hasSize((int) r.reconciliation().rowsCounted());
        reports++;
      } catch (RosterInputException e) {
        assertThat(e.getMessage()).as("case %d", i).startsWith(file.toString());
        inputErrors++;
      }
    }
    assertThat(reports).as("some cases read").isPositive();
    assertThat(inputErrors).as("some cases refused").isPositive();
  }

  @Test
  void theCommandLineNeverShowsAStackTraceOnFuzzedInput() throws IOException {
    Random random = new Random(SEED + 1);
    for (int i = 0; i < 60; i++) {
      Path file = dir.resolve("cli" + i + ".csv");
      Files.write(file, mutate(validRoster(random).getBytes(StandardCharsets.UTF_8), random));
      CliRun run = CliRun.of("report", file.toString(), "--quiet");
      assertThat(run.exitCode()).as(run.toString()).isIn(0, 3);
      assertThat(run.err()).as(run.toString()).doesNotContain("\tat ").doesNotContain("internal");
    }
  }
}
