package org.divcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  @TempDir Path dir;

  private Path roster(String text) throws IOException {
    Path p = dir.resolve("roster.csv");
    Files.writeString(p, text);
    return p;
  }

  @Test
  void helpListsEverySubcommandAndTheExitCodes() {
    CliRun run = CliRun.of("--help");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).as(run.toString()).contains("validate").contains("Exit codes:");
    for (String line : ExitCodes.HELP) {
      String text = line.substring(line.indexOf(':') + 1);
      assertThat(run.out()).contains(text.substring(0, Math.min(20, text.length())));
    }
  }

  /**
   * Found in session 8's defect hunt: a line break in a quoted field was reported without a column.
   */
  @Test
  void aLineBreakInAFieldIsReportedWithItsColumn() throws IOException {
    Path p = roster("sex,grade,nationality,org_unit\nF,P-4,KEN,\"OCHA\nGeneva\"\nM,P-3,KEN,A\n");
    CliRun run = CliRun.of("validate", p.toString());
    assertThat(run.out())
        .contains(
            "line 2, column 4: warning: a quoted field holds a line break; the row runs on to line"
                + " 3");
  }

  /** Found in session 8's defect hunt: --encoding against the file's byte-order mark was silent. */
  @Test
  void anEncodingThatDisagreesWithTheByteOrderMarkIsSaid() throws IOException {
    Path p = dir.resolve("utf16.csv");
    Files.write(p, "\ufeffsex,grade,nationality\nF,P-4,KEN\n".getBytes(StandardCharsets.UTF_16LE));
    CliRun run = CliRun.of("gender", p.toString(), "--encoding", "UTF-8");
    assertThat(run.err())
        .contains(
            "warning: --encoding UTF-8 was given, although the file starts with the byte-order"
                + " mark of UTF-16LE");
    assertThat(CliRun.of("gender", p.toString()).err()).doesNotContain("byte-order mark");
    // found in the review of session 8: UTF-16, which reads either mark, was said to disagree
    for (String agreeing : new String[] {"UTF-16", "UTF-16LE"}) {
      CliRun run16 = CliRun.of("gender", p.toString(), "--encoding", agreeing);
      assertThat(run16.exitCode()).as(run16.toString()).isZero();
      assertThat(run16.err()).as(agreeing).doesNotContain("byte-order mark");
    }
  }

  /**
   * Found in session 8's audit: an unquoted "Surname, Given" name shifted the row's fields, and the
   * given name was printed as the sex value; its review found that a short name ("Jan", near "man")
   * slipped through when values near a known spelling were quoted. No value is quoted unless
   * validate --show-values asks; the "did you mean" (a known spelling) is still given.
   */
  @Test
  void noValueIsQuotedUnlessAsked() throws IOException {
    Path p =
        roster(
            "staff_id,Full Name,sex,grade,nationality,funding\n"
                + "ID001,Ann Lee,F,P-4,KEN,RB\n"
                + "ID002,Okafor, Chidinma,F,P-4,KEN,\n"
                + "ID003,Smith, Jan,F,P-4,KEN,\n"
                + "ID004,Bo Li,Femal,P-4,Keyna,RB\n");
    for (String format : new String[] {"text", "json"}) {
      CliRun run = CliRun.of("validate", p.toString(), "--format", format);
      assertThat(run.out())
          .as(format)
          .doesNotContain("Chidinma")
          .doesNotContain("Okafor")
          .doesNotContain("Jan")
          .doesNotContain("Femal")
          .doesNotContain("ID002")
          .contains("sex (8 characters, not shown: validate --show-values shows it)")
          .contains(
              "sex (3 characters, not shown: validate --show-values shows it) is not"
                  + " recognised (did you mean 'man'?)")
          .contains("(did you mean 'Kenya'?)");
    }
    CliRun shown = CliRun.of("validate", p.toString(), "--show-values");
    assertThat(shown.out())
        .contains("sex 'Femal' is not recognised (did you mean 'female'?)")
        .contains("sex 'Jan' is not recognised");
    CliRun gender = CliRun.of("gender", p.toString());
    assertThat(gender.err())
        .contains("a value holding an unquoted delimiter may have shifted them")
        .doesNotContain("and the rows counted");
  }

  /**
   * Found in the review of session 8: an export without its header row gave exit 3 with "The header
   * has: '1001', 'Okafor Chidinma', …", a staff member's row. A first line that names no required
   * column is not repeated.
   */
  @Test
  void aFirstLineThatIsNoHeaderIsNotRepeated() throws IOException {
    Path p = roster("1001,Okafor Chidinma,F,P-3,NGA\n1002,Lee Ann,M,P-4,KEN\n");
    CliRun run = CliRun.of("validate", p.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(run.err())
        .contains("line 1: none of its 5 cells names a required column")
        .doesNotContain("Okafor")
        .doesNotContain("1001");
  }

  /** Found in session 8's defect hunt: no command printed the usage and exited 0. */
  @Test
  void noCommandIsAUsageError() {
    CliRun run = CliRun.of();
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("missing a command: one of validate, gender");
    assertThat(run.out()).isEmpty();
  }

  /**
   * Found in session 9's operator test: "validate -zz" said the roster was missing, because picocli
   * checks required parameters first; the unknown option is the mistake to name.
   */
  @Test
  void anUnknownOptionIsNamedBeforeAMissingRoster() {
    CliRun run = CliRun.of("validate", "--delimter");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .as(run.toString())
        .contains("Unknown option: '--delimter'")
        .contains("Possible solutions: --delimiter")
        .contains("Missing required parameter: 'ROSTER'");
    // the unknown option first: it is the mistake that explains the other
    assertThat(run.err().indexOf("Unknown option")).isLessThan(run.err().indexOf("Missing"));
    // a missing option value is still said (found in session 10's second review)
    CliRun value = CliRun.of("geo", "samples/roster.csv", "-zz", "--base-figure");
    assertThat(value.exitCode()).as(value.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(value.err()).contains("Unknown option: '-zz'").contains("--base-figure");
    // with nothing unknown, a missing roster is said as before
    assertThat(CliRun.of("validate").err()).contains("Missing required parameter: 'ROSTER'");
  }

  @Test
  void versionPrintsTheBuildVersion() {
    CliRun run = CliRun.of("--version");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).as(run.toString()).startsWith("divcalc ").doesNotContain("unknown");
  }

  /**
   * Found in review: an Excel export with Excel's delimiter hint 'sep=;' on line 1 failed with exit
   * 3 ("the header has: 'sep=', ''"). The hint now decides the delimiter and is skipped; line
   * numbers stay those of the file, and both readers agree.
   */
  @Test
  void excelsDelimiterHintOnLineOneIsReadAndSkipped() throws IOException {
    Path p =
        roster(
            "sep=;\r\nIndex No;Gender;Level;Nationality;Funding\r\n1;F;P5;Kenya;RB\r\n"
                + "2;M;P-9;KEN;RB\r\n3;F;P-4;JPN;RB\r\n");
    CliRun validate = CliRun.of("validate", p.toString());
    // exit 4: the P-9 row is an error, reported on its true line (4)
    assertThat(validate.exitCode()).as(validate.toString()).isEqualTo(ExitCodes.ROW_ERRORS);
    assertThat(validate.out())
        .as(validate.toString())
        .contains("delimiter: ';'")
        .contains("Excel's delimiter hint")
        .contains("Rows: 3 read = 2 counted + 1 excluded")
        .contains("line 4")
        .doesNotContain("blank lines above it");
    CliRun fast = CliRun.of("report", p.toString(), "--format", "json", "--reader", "fast");
    CliRun plain = CliRun.of("report", p.toString(), "--format", "json", "--reader", "plain");
    assertThat(fast.exitCode()).as(fast.toString()).isZero();
    assertThat(fast.out()).isEqualTo(plain.out());
    assertThat(fast.err()).isEqualTo(plain.err());
    // with --delimiter given, the hint line is still recognised and skipped
    // found in a second review: a tab after sep= was taken for trailing space
    Path tab = dir.resolve("tab.csv");
    Files.writeString(tab, "sep=\t\r\nstaff_id\tsex\tgrade\tnationality\r\n1\tF\tP-4\tKEN\r\n");
    CliRun tabbed = CliRun.of("validate", tab.toString());
    assertThat(tabbed.out())
        .as(tabbed.toString())
        .contains("Excel's delimiter hint for tab")
        .contains("Rows: 1 read = 1 counted + 0 excluded");
    // and with blanks after the hint's character (found in a third review)
    Path spaced = dir.resolve("spaced.csv");
    Files.writeString(spaced, "sep=; \r\nstaff_id;sex;grade;nationality\r\n1;F;P-4;KEN\r\n");
    assertThat(CliRun.of("validate", spaced.toString()).out()).contains("Excel's delimiter hint");
    CliRun given = CliRun.of("validate", p.toString(), "--delimiter", ";");
    assertThat(given.out()).as(given.toString()).contains("Rows: 3 read = 2 counted + 1 excluded");
  }

  @Test
  void aCleanRosterExitsZeroAndSaysWhatWasDetected() throws IOException {
    Path p = roster("Index No;Gender;Level;Nationality\n1;F;P5;Kenya\n2;M;G6;KEN\n");
    CliRun run = CliRun.of("validate", p.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
    assertThat(run.out())
        .as(run.toString())
        .contains("encoding:  UTF-8")
        .contains("delimiter: ';'")
        .contains("Index No")
        .contains("Rows: 2 read = 2 counted + 0 excluded")
        .contains("Problems: none");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void rowErrorsExitFourAndListLineNumbersWithoutStaffIds() throws IOException {
    Path p = roster("staff_id,sex,grade,nationality\nA1,F,P-5,KEN\nA1,F,P-4,KEN\nA3,F,P-9,KEN\n");
    CliRun run = CliRun.of("validate", p.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.ROW_ERRORS);
    assertThat(run.out())
        .as(run.toString())
        .contains("Rows: 3 read = 1 counted + 2 excluded")
        .contains("excluded, duplicate staff id: 1")
        .contains("line 3, column 1: error")
        .contains("line 4, column 3: error: grade (3 characters, not shown")
        .doesNotContain("A1");
    assertThat(CliRun.of("validate", p.toString(), "--show-values").out())
        .contains("line 4, column 3: error: grade 'P-9'")
        .doesNotContain("A1");
  }

  /** A script may pass --strict to every command; validate takes it and is strict either way. */
  @Test
  void strictIsAcceptedAndChangesNothing() throws IOException {
    String header = "staff_id,sex,grade,nationality\n";
    int[] expected = {ExitCodes.ROW_ERRORS, ExitCodes.OK};
    String[] rosters = {header + "A1,F,P-5,KEN\nA3,F,P-9,KEN\n", header + "A1,F,P-5,KEN\n"};
    for (int i = 0; i < rosters.length; i++) {
      Path p = roster(rosters[i]);
      CliRun plain = CliRun.of("validate", p.toString());
      CliRun strict = CliRun.of("validate", p.toString(), "--strict");
      assertThat(strict.exitCode()).as(strict.toString()).isEqualTo(expected[i]);
      assertThat(plain.exitCode()).as(plain.toString()).isEqualTo(expected[i]);
      assertThat(strict.out()).isEqualTo(plain.out());
    }
  }

  /**
   * Found in session 7's defect hunt: with a Gender and a Sex column, one was taken and nothing
   * said the other could have been.
   */
  @Test
  void aSecondColumnThatCouldBeTheFieldIsNamed() throws IOException {
    Path p = roster("staff_id,Gender,sex,grade,nationality\n1,F,M,P-4,KEN\n");
    CliRun validate = CliRun.of("validate", p.toString());
    assertThat(validate.out())
        .contains("header is the field's name; column 2 'Gender' matches too (--column sex=Gender");
    CliRun gender = CliRun.of("gender", p.toString());
    assertThat(gender.err())
        .contains(
            "warning: the sex column is 'sex' (column 3); column 2 'Gender' matches too (--column"
                + " sex=Gender takes it)");
    CliRun chosen = CliRun.of("gender", p.toString(), "--column", "sex=Gender");
    assertThat(chosen.err()).doesNotContain("matches too");
    // a header with a space is quoted, so that the option can be pasted into a shell
    Path spaced = roster("staff_id,Gender Code,sex,grade,nationality\n1,F,M,P-4,KEN\n");
    assertThat(CliRun.of("gender", spaced.toString()).err())
        .contains("(--column 'sex=Gender Code' takes it)");
    // found in session 8's defect hunt: for a header that appears twice the warning offered
    // --column grade=grade, which takes the first column again; it now says what does work
    Path twice = roster("sex,grade,nationality,grade\nF,P-4,KEN,G-5\n");
    CliRun same = CliRun.of("gender", twice.toString());
    assertThat(same.err())
        .contains(
            "the grade column is 'grade' (column 2); column 4 has the same header (rename one of"
                + " the two to read the other)")
        .doesNotContain("--column grade=grade");
  }

  /** Found in session 7's defect hunt: a file of only "sep=;" was said to hold only blank lines. */
  @Test
  void aFileOfOnlyExcelsHintSaysSo() throws IOException {
    CliRun hint = CliRun.of("validate", roster("sep=;\r\n").toString());
    assertThat(hint.exitCode()).as(hint.toString()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(hint.err()).contains("no header line after Excel's delimiter hint on line 1");
    CliRun blank = CliRun.of("validate", roster("\n\n").toString());
    assertThat(blank.err()).contains("no header line (only blank lines)");
  }

  /** Found in session 7's defect hunt: a pipe gave "cannot be read (Illegal seek)". */
  @Test
  @org.junit.jupiter.api.condition.EnabledOnOs(org.junit.jupiter.api.condition.OS.LINUX)
  void aDeviceOrPipeIsNotARoster() {
    CliRun run = CliRun.of("validate", "/dev/null");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(run.err()).contains("/dev/null: not a regular file (a pipe or a device?)");
  }

  @Test
  void onlyTheFirstTwentyProblemsArePrintedThenATotal() throws IOException {
    StringBuilder sb = new StringBuilder("staff_id,sex,grade,nationality\n");
    for (int i = 0; i < 25; i++) {
      sb.append(i).append(",F,P-5,Atlantis\n");
    }
    CliRun run = CliRun.of("validate", roster(sb.toString()).toString());
    assertThat(run.out()).as(run.toString()).contains("... and 5 more (25 in all");
    assertThat(run.out().lines().filter(l -> l.contains(": error: nationality"))).hasSize(20);
  }

  @Test
  void aMissingFileIsUnusableInputWithOneLineOnStderr() {
    CliRun run = CliRun.of("validate", dir.resolve("missing.csv").toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(run.err()).as(run.toString()).contains("missing.csv: no such file");
    assertThat(run.err().lines().count()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aMissingColumnIsUnusableInputWithAHint() throws IOException {
    Path p = roster("id;sex;grade\n1;F;P-5\n");
    CliRun run = CliRun.of("validate", p.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(run.err()).as(run.toString()).contains("'nationality'").contains("line 1");
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void stacktraceOptionAddsTheTrace() throws IOException {
    Path p = roster("id;sex;grade\n1;F;P-5\n");
    CliRun run = CliRun.of("validate", p.toString(), "--stacktrace");
    assertThat(run.err()).as(run.toString()).contains("\tat ");
  }

  @Test
  void badOptionValuesAreUsageErrors() throws IOException {
    Path p = roster("id,sex,grade,nationality\n1,F,P-5,KEN\n");
    for (String[] args :
        new String[][] {
          {"validate", p.toString(), "--delimiter", "ab"},
          {"validate", p.toString(), "--encoding", "klingon"},
          {"validate", p.toString(), "--column", "salary=x"},
          {"validate", p.toString(), "--column", "sex"},
          // found in session 7's defect hunt: the last one won, silently
          {"validate", p.toString(), "--column", "sex=Gender", "--column", "sex=sex"},
          {"validate"},
          {"validate", p.toString(), "--no-such-option"}
        }) {
      CliRun run = CliRun.of(args);
      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
      assertThat(run.err()).as(run.toString()).isNotBlank();
    }
    // a name Java cannot make a path of is said in words, not with an exception's text (as a
    // name such as Genève.csv is under cron's empty locale)
    CliRun bad = CliRun.of("validate", "a\u0000b.csv");
    assertThat(bad.exitCode()).as(bad.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.err())
        .contains("is not a file name Java can use here")
        .doesNotContain("Exception");
  }

  @Test
  void columnAndDelimiterOptionsAreApplied() throws IOException {
    Path p = roster("who|sx|lvl|pays\n1|F|P-5|KEN\n");
    CliRun run =
        CliRun.of(
            "validate",
            p.toString(),
            "--delimiter",
            "|",
            "--column",
            "grade=lvl",
            "--column",
            "sex=sx",
            "--column",
            "nationality=pays");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("chosen with --delimiter").contains("--column grade=lvl");
  }

  /**
   * Found in session 9's operator test: each malformed quote made the plain read reopen the file
   * and read it again from the start (95 such rows in a million took 111 s). Now it reopens at the
   * next line's byte offset. By construction: 3,000 rows, every third with text after a closing
   * quote, in UTF-8 with CRLF, UTF-8 with a BOM and LF, and UTF-16LE with a BOM and CR line ends;
   * each bad row is reported on its own line and the rows after it are read.
   */
  @Test
  void manyMalformedQuotesAreEachLeftOutAndReadingGoesOn() throws IOException {
    String[][] variants = {
      {"UTF-8", "", "\r\n"}, {"UTF-8", "\uFEFF", "\n"}, {"UTF-16LE", "\uFEFF", "\r"}
    };
    for (String[] v : variants) {
      StringBuilder sb =
          new StringBuilder(v[1]).append("staff_id,sex,grade,nationality").append(v[2]);
      for (int i = 1; i <= 3000; i++) {
        String sex = i % 3 == 0 ? "\"F\"x" : (i % 2 == 0 ? "F" : "M");
        sb.append(i).append(',').append(sex).append(",P-4,Türkiye").append(v[2]);
      }
      Path p = dir.resolve("quotes-" + v[0] + v[2].length() + ".csv");
      Files.write(p, sb.toString().getBytes(java.nio.charset.Charset.forName(v[0])));
      CliRun run = CliRun.of("validate", p.toString(), "--format", "json");
      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.ROW_ERRORS);
      JsonNode json = new ObjectMapper().readTree(run.out());
      assertThat(json.at("/reconciliation/rowsRead").asLong()).as(p.toString()).isEqualTo(3000);
      assertThat(json.at("/reconciliation/rowsCounted").asLong()).as(p.toString()).isEqualTo(2000);
      assertThat(json.at("/problems/errors").asLong()).isEqualTo(1000);
      // row i is on physical line i + 1: the bad rows are 3, 6, ..., 3000
      assertThat(json.at("/problems/listed/0/line").asLong()).isEqualTo(4);
      assertThat(json.at("/problems/listed/999/line").asLong()).isEqualTo(3001);
      assertThat(json.at("/problems/listed/999/kind").asText()).isEqualTo("misplaced-quote");
    }
  }

  /**
   * Found in session 9's operator test: --output-dir "" (an unset variable) wrote the tables into
   * the working directory and removed old ones there; an empty name is now a usage error, whatever
   * the option.
   */
  @Test
  void anEmptyFileNameIsAUsageErrorAndNothingIsWritten() throws IOException {
    java.util.List<String> before;
    try (var files = Files.list(Path.of("."))) {
      before = files.map(Path::toString).sorted().toList();
    }
    String[][] calls = {
      {"report", "samples/roster.csv", "--format", "csv", "--output-dir", ""},
      {"validate", "samples/roster.csv", "-o", ""},
      {"geo", "samples/roster.csv", "--ranges", ""},
      {"gender", "samples/roster.csv", "--grade-scale", " "},
      {"validate", ""}
    };
    for (String[] call : calls) {
      CliRun run = CliRun.of(call);
      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
      assertThat(run.err()).as(run.toString()).contains("an empty file name");
    }
    try (var files = Files.list(Path.of("."))) {
      assertThat(files.map(Path::toString).sorted().toList()).isEqualTo(before);
    }
  }

  @Test
  void jsonOutputIsWrittenAtomicallyToTheNamedFile() throws IOException {
    Path p = roster("id,sex,grade,nationality\n1,F,P-5,KEN\n2,F,P-5,Kenia\n");
    Path out = dir.resolve("v.json");
    CliRun run = CliRun.of("validate", p.toString(), "--format", "json", "-o", out.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.ROW_ERRORS);
    assertThat(run.out()).isEmpty();
    JsonNode json = new ObjectMapper().readTree(Files.readString(out));
    assertThat(json.at("/reconciliation/rowsRead").asLong()).isEqualTo(2);
    assertThat(json.at("/reconciliation/rowsCounted").asLong()).isEqualTo(1);
    assertThat(json.at("/problems/listed/0/kind").asText()).isEqualTo("unrecognised-nationality");
    assertThat(json.at("/input/sha256").asText()).hasSize(64);
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder("roster.csv", "v.json");
    }
  }

  @Test
  void theOutputMayNotOverwriteTheRoster() throws IOException {
    Path p = roster("id,sex,grade,nationality\n1,F,P-5,KEN\n");
    CliRun run = CliRun.of("validate", p.toString(), "-o", p.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OUTPUT_ERROR);
    assertThat(Files.readString(p)).isEqualTo("id,sex,grade,nationality\n1,F,P-5,KEN\n");
  }

  @Test
  void anOutputInAMissingDirectoryFailsBeforeAnyWork() throws IOException {
    Path p = roster("id,sex,grade,nationality\n1,F,P-5,KEN\n");
    CliRun run = CliRun.of("validate", p.toString(), "-o", dir.resolve("no/such/x.txt").toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OUTPUT_ERROR);
    assertThat(run.err()).contains("does not exist");
  }
}
