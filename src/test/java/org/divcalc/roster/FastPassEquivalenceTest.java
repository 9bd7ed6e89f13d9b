package org.divcalc.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.divcalc.cli.CliRun;
import org.divcalc.domain.StaffMember;
import org.divcalc.reference.States;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast pass ({@link FastPass}) against the plain read on every roster the tests have, and on
 * rosters made to be awkward for it: the reading (fingerprint, reconciliation, every problem with
 * its line and message, notes) and the staff counted must be the same. Each roster is also read
 * with tiny chunks, so that chunk boundaries fall inside quoted fields, line breaks and CR LF
 * pairs.
 */
class FastPassEquivalenceTest {
  private static final int[] CHUNKS = {FastPass.CHUNK, 4096, 97, 7};
  private static final NationalityResolver RESOLVER = new NationalityResolver(States.embedded());

  @TempDir Path dir;

  /** What a read gives: the reader's error, or the reading and the staff counted. */
  private record Outcome(String error, List<Object> reading, Map<List<Object>, Long> counted) {}

  /** Whether the last read in this test was done by the fast pass, not the plain fallback. */
  private static boolean lastFast;

  private static Outcome read(Path file, boolean fast, int chunk, Collection<String> columns) {
    RosterReader reader =
        new RosterReader(RosterSettings.defaults(), RESOLVER).withFastChunk(chunk);
    lastFast = false;
    Map<List<Object>, Long> counted = new HashMap<>();
    try {
      RosterReading r =
          reader.readCounted(
              file,
              mapping -> {},
              (staff, n) -> counted.merge(key(staff, columns), n, Long::sum),
              columns,
              fast);
      List<Object> reading =
          List.of(
              r.file(),
              r.sizeBytes(),
              r.sha256(),
              r.encoding(),
              r.delimiter(),
              r.delimiterReason(),
              r.mapping().headers(),
              r.reconciliation(),
              r.problems(),
              r.problemCounts(),
              r.problemTotal(),
              r.notes());
      lastFast = reader.lastReadFast;
      return new Outcome(null, reading, counted);
    } catch (RosterInputException e) {
      return new Outcome(e.getMessage(), List.of(), Map.of());
    }
  }

  private static List<Object> key(StaffMember s, Collection<String> columns) {
    List<Object> key = new ArrayList<>();
    key.add(s.sex());
    key.add(s.grade().code());
    key.add(s.nationality().code());
    key.add(s.nationality().kind());
    key.add(s.funding());
    key.add(s.appointment());
    key.add(s.postType());
    key.add(String.valueOf(s.geographical()));
    for (String c : columns) {
      key.add(s.column(c));
    }
    return key;
  }

  private static void assertSame(Path file, Collection<String> columns) {
    Outcome plain = read(file, false, FastPass.CHUNK, columns);
    for (int chunk : CHUNKS) {
      Outcome fast = read(file, true, chunk, columns);
      assertThat(fast).as("%s read fast in chunks of %d bytes", file, chunk).isEqualTo(plain);
    }
  }

  private static Stream<Path> files(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(Files::isRegularFile).sorted().toList().stream();
    }
  }

  @Test
  void everyBundledAndBadInputRosterReadsTheSameBothWays() throws IOException {
    List<Path> rosters = new ArrayList<>();
    files(Path.of("samples")).filter(p -> p.toString().endsWith(".csv")).forEach(rosters::add);
    files(Path.of("src/test/resources/bad-inputs"))
        .filter(p -> !p.getFileName().toString().equals("EXPECTED.csv"))
        .forEach(rosters::add);
    assertThat(rosters).hasSizeGreaterThan(10);
    for (Path roster : rosters) {
      assertSame(roster, List.of());
    }
  }

  @Test
  void otherColumnsAskedForCarryTheirValues() {
    assertSame(Path.of("samples/roster.csv"), List.of("org_unit", "duty_station"));
  }

  @Test
  void theFastPassReadsWellFormedRostersItselfAndGivesWayOnMalformedQuotes() throws IOException {
    for (String sample : List.of("samples/roster.csv", "samples/roster-messy.csv")) {
      read(Path.of(sample), true, 97, List.of());
      assertThat(lastFast).as(sample).isTrue();
    }
    Path duplicates = dir.resolve("duplicates.csv");
    Files.writeString(
        duplicates,
        "staff_id,sex,grade,nationality\n1,F,P-5,KEN\n2,M,P-4,FRA\n1,F,P-3,JPN\n\n \"q\"x,F,P-2,IND\n");
    read(duplicates, true, 7, List.of());
    assertThat(lastFast)
        .as("ids that repeat: read again in order, still by the fast pass")
        .isTrue();
    Path escaped = dir.resolve("escaped.csv");
    StringBuilder sb = new StringBuilder("staff_id,sex,grade,nationality,note\n");
    for (int i = 0; i < 200; i++) {
      // read from a wrong start, a continuation line opening with "" looks malformed
      sb.append(i).append(",F,P-4,KEN,\"aaa\n\"\"quoted\"\" text, and more\"\n");
    }
    Files.writeString(escaped, sb);
    for (int chunk : new int[] {7, 97, 4096}) {
      assertThat(read(escaped, true, chunk, List.of()))
          .isEqualTo(read(escaped, false, FastPass.CHUNK, List.of()));
      read(escaped, true, chunk, List.of());
      assertThat(lastFast).as("a chunk guessed wrong is read again, chunks of %d", chunk).isTrue();
    }
    Path malformed = dir.resolve("malformed.csv");
    Files.writeString(malformed, "staff_id,sex,grade,nationality\n1,F,P-5,\"KEN\"x\n2,M,P-4,FRA\n");
    read(malformed, true, FastPass.CHUNK, List.of());
    assertThat(lastFast).as("text after a closing quote: the plain read").isFalse();
  }

  @Test
  void awkwardQuotingLineBreaksAndEncodingsReadTheSameBothWays() throws IOException {
    String header = "staff_id,sex,grade,nationality,funding,note\n";
    String[] cases = {
      // quoted fields holding the delimiter, escaped quotes, and line breaks of every kind
      header
          + "1,F,P-5,KEN,RB,\"Nairobi, Kenya\"\n"
          + "2,M,P-4,FRA,RB,\"says \"\"hello\"\"\"\n"
          + "3,F,P-3,\"Côte d'Ivoire\",RB,\"two\nlines\"\n"
          + "4,F,P-3,JPN,RB,\"crlf\r\ninside\"\r\n"
          + "5,M,P-2,USA,XB,\"cr\ronly\"\r"
          + "6,X,D-1,\"BRA\",\"RB\",\"\"\n",
      // spaces after a closing quote, a quote inside an unquoted field, a trailing delimiter
      header + "1,F,P-5,\"KEN\"  ,RB,x\n2,M,P-4,FRA,RB,O\"Brien\n3,F,P-3,JPN,RB,\n",
      // blank lines, a blank final line, no final line break, ragged rows
      "\n\n" + header + "1,F,P-5,KEN,RB,a\n\n2,M,P-4\n3,F,P-3,JPN,RB,b,extra\n4,F,P-2,IND,RB,c",
      // a delimiter after the last column (with a repeated id, so the ids are checked in order)
      header + "1,F,P-5,KEN,RB,a,\n2,M,P-4,FRA,RB,b,\r\n1,F,P-3,JPN,RB,c,\n3,F,P-2,IND,RB,d,x\n",
      // a spreadsheet's blank rows: delimiters only
      header + "1,F,P-5,KEN,RB,a\n,,,,,\n2,M,P-4,FRA,RB,b\n, ,,,,\r\n",
      // every row's problem: duplicate ids (also across lines far apart), blank id, bad values
      header
          + "1,F,P-5,KEN,RB,a\n1,F,P-5,KEN,RB,a\n,M,P-4,FRA,RB,b\n2,Q,P-4,FRA,RB,b\n"
          + "3,F,P-9,FRA,RB,b\n4,F,,FRA,RB,b\n5,F,P-3,Kenia,RB,b\n6,F,P-3,KEN,RB,a\u0000b\n"
          + " 1 ,M,P-1,KEN,RB,c\n",
      // a malformed quote: the fast pass gives way to the plain read
      header + "1,F,P-5,KEN,RB,\"oops\"x\n2,M,P-4,FRA,RB,b\n",
      header + "1,F,P-5,KEN,RB,\"never closed\n2,M,P-4,FRA,RB,b\n",
      // a quoted header, and semicolons
      "\"staff_id\";\"sex\";\"grade\";\"nationality\"\r\n1;F;P5;Türkiye\r\n2;M;p-3;Turkey\r\n",
      // tabs
      "staff_id\tsex\tgrade\tnationality\n1\tF\tP-5\tKEN\n2\tM\tG-4\t\"Kenya\"\n",
      // the last record holds line breaks and has none after it
      header + "1,F,P-5,KEN,RB,a\n2,M,P-4,FRA,RB,\"two\nlines\"",
      header + "1,F,P-5,KEN,RB,a\n2,M,P-4,FRA,RB,\"three\r\nlines\rhere\",extra",
    };
    for (int i = 0; i < cases.length; i++) {
      Path file = dir.resolve("case" + i + ".csv");
      Files.writeString(file, cases[i], StandardCharsets.UTF_8);
      assertSame(file, List.of());
    }
    // the same in other encodings and with a byte-order mark
    Path bom = dir.resolve("bom.csv");
    Files.write(bom, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(cases[0])));
    assertSame(bom, List.of());
    Path cp1252 = dir.resolve("cp1252.csv");
    Files.write(cp1252, cases[0].getBytes(Charset.forName("windows-1252")));
    assertSame(cp1252, List.of());
    Path utf16 = dir.resolve("utf16.csv");
    Files.write(utf16, concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, bytes(cases[0])));
    assertSame(utf16, List.of());
    // invalid UTF-8 in a field nobody normalises, and in one that is normalised
    Path invalid = dir.resolve("invalid.csv");
    Files.write(
        invalid,
        concat(
            utf8(header + "1,F,P-5,KEN,RB,caf"),
            new byte[] {(byte) 0xE9},
            utf8("\n2,M,P-4,FR"),
            new byte[] {(byte) 0xC3},
            utf8(",RB,b\n3,F,P-3,JPN,RB,\uFFFD\n")));
    assertSame(invalid, List.of());
  }

  @Test
  void aLargeRosterWithLineBreaksInQuotedFieldsReadsTheSameBothWays() throws IOException {
    Random random = new Random(8);
    StringBuilder sb = new StringBuilder("staff_id,sex,grade,nationality,funding,note\n");
    String[] grades = {"P-5", "P5", "P-4", "G-6", "D-1", "ASG", "P-9"};
    String[] nationalities = {"KEN", "FRA", "\"Côte d'Ivoire\"", "Kenia", "JPN", "Türkiye"};
    for (int i = 0; i < 30_000; i++) {
      sb.append(random.nextInt(25_000))
          .append(',')
          .append(random.nextBoolean() ? "F" : "M")
          .append(',')
          .append(grades[random.nextInt(grades.length)])
          .append(',')
          .append(nationalities[random.nextInt(nationalities.length)])
          .append(",RB,");
      switch (random.nextInt(6)) {
        case 0 -> sb.append("\"line\nbreak, and \"\"quotes\"\"\"");
        case 1 -> sb.append("\"crlf\r\n\r\ninside\"");
        case 2 -> sb.append("\"a, b\"");
        default -> sb.append("plain");
      }
      sb.append(random.nextInt(4) == 0 ? "\r\n" : "\n");
    }
    Path file = dir.resolve("large.csv");
    Files.writeString(file, sb, StandardCharsets.UTF_8);
    assertThat(Files.size(file)).isGreaterThan(3L * 4096);
    Outcome plain = read(file, false, FastPass.CHUNK, List.of());
    for (int chunk : new int[] {FastPass.CHUNK, 65_536, 4096, 61}) {
      assertThat(read(file, true, chunk, List.of())).as("chunks of %d", chunk).isEqualTo(plain);
      assertThat(lastFast).as("read by the fast pass in chunks of %d", chunk).isTrue();
    }
  }

  @Test
  void fuzzedRostersReadTheSameBothWays() throws IOException {
    Random random = new Random(20261122L);
    for (int i = 0; i < 300; i++) {
      byte[] bytes =
          i % 3 == 0
              ? RosterReaderFuzzTest.randomRoster(random)
              : RosterReaderFuzzTest.mutate(
                  RosterReaderFuzzTest.validRoster(random).getBytes(StandardCharsets.UTF_8),
                  random);
      Path file = dir.resolve("fuzz" + i + ".csv");
      Files.write(file, bytes);
      assertSame(file, List.of());
    }
  }

  @Test
  void reportsOfEveryCountingCommandAreIdenticalFromBothReadersOnEveryTestRoster()
      throws IOException {
    List<Path> rosters = new ArrayList<>();
    files(Path.of("samples")).filter(p -> p.toString().endsWith(".csv")).forEach(rosters::add);
    files(Path.of("src/test/resources/bad-inputs"))
        .filter(p -> p.toString().endsWith(".csv") && !p.endsWith("EXPECTED.csv"))
        .forEach(rosters::add);
    Path quoted = dir.resolve("quoted.csv");
    Files.writeString(
        quoted,
        "staff_id,sex,grade,nationality,funding,appointment,org_unit\n"
            + "1,F,P-5,KEN,RB,fixed-term,\"Nairobi, Kenya\"\n"
            + "2,M,P-4,FRA,RB,fixed-term,\"two\nlines\"\r\n"
            + "3,F,D-1,JPN,RB,continuing,\"say \"\"hi\"\"\"\n");
    rosters.add(quoted);
    // other spellings of the rule columns' values, known and unknown (session 9)
    Path spellings = dir.resolve("spellings.csv");
    Files.writeString(
        spellings,
        "staff_id,sex,grade,nationality,funding,appointment,post_type\n"
            + "1,F,P-4,KEN,Regular budget,fixed-term,\n"
            + "2,F,P-4,KEN,R.B.,Temporary appointment,\n"
            + "3,M,P-4,JPN,Trust fund,TA,Language post\n"
            + "4,M,P-4,JPN,Trust fund,FTA,\n"
            + "5,M,P-3,JPN,Trust fund,Consultancy,Editor\n"
            + "6,F,P-3,FRA,rb,Consultancy,LANG\n"
            + "7,F,P-3,FRA,RB\u00a0,Consultancy,\n"
            + "8,M,P-2,FRA,RB,Consultancy,\n"
            + "9,F,P-2,Kosovo,RB,fixed-term,\n"
            + "10,F,P-2,Cook Islands,RB,fixed-term,\n"
            + "11,M,P-5,HK,RB,fixed-term,\n");
    rosters.add(spellings);
    String ranged = "--base-figure=3000 --as-of=2022-12-31";
    for (Path roster : rosters) {
      for (String command :
          List.of(
              "report " + ranged,
              "report " + ranged + " --format json --where sex=F",
              "report " + ranged + " --format markdown --population geographical --min-cell 3",
              "gender --format json --by region",
              "gender --by grade --where grade!=P-5",
              "geo " + ranged + " --format json",
              "regions " + ranged,
              "regions --as-of=2022-12-31 --grouping m49-region --format json")) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.add(1, roster.toString());
        CliRun plain = run(args, "plain");
        CliRun fast = run(args, "fast");
        assertThat(fast.exitCode()).as("%s exit", args).isEqualTo(plain.exitCode());
        assertThat(fast.out()).as("%s output", args).isEqualTo(plain.out());
        assertThat(fast.err()).as("%s errors", args).isEqualTo(plain.err());
      }
    }
  }

  private static CliRun run(List<String> args, String reader) {
    List<String> all = new ArrayList<>(args);
    all.add("--reader");
    all.add(reader);
    return CliRun.of(all.toArray(String[]::new));
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_16LE);
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }
}
