package org.divcalc.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.divcalc.domain.GradeScale;
import org.divcalc.domain.ProblemKind;
import org.divcalc.domain.RowProblem;
import org.divcalc.domain.Sex;
import org.divcalc.domain.StaffMember;
import org.divcalc.reference.States;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RosterReaderTest {
  private static final NationalityResolver NATIONALITIES =
      new NationalityResolver(States.embedded());
  private static final String HEADER = "staff_id,sex,grade,nationality\n";

  @TempDir Path dir;

  private final List<StaffMember> counted = new ArrayList<>();

  private Path write(String name, String text, Charset charset) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, text.getBytes(charset));
    return p;
  }

  private Path write(String text) throws IOException {
    return write("roster.csv", text, StandardCharsets.UTF_8);
  }

  private RosterReading read(Path file) {
    return read(file, RosterSettings.defaults());
  }

  private RosterReading read(Path file, RosterSettings settings) {
    RosterReading r = new RosterReader(settings, NATIONALITIES).read(file, counted::add);
    assertThat(r.reconciliation().rowsCounted()).isEqualTo(counted.size());
    return r;
  }

  private static List<ProblemKind> kinds(RosterReading r) {
    return r.problems().stream().map(RowProblem::kind).toList();
  }

  @Test
  void aCleanRosterCountsEveryRowWithItsPhysicalLine() throws IOException {
    RosterReading r = read(write(HEADER + "S1,F,P-5,KEN\nS2,M,P4,France\nS3,,G-6,\n"));
    assertThat(r.reconciliation().rowsRead()).isEqualTo(3);
    assertThat(r.reconciliation().rowsExcluded()).isZero();
    assertThat(r.hasErrors()).isFalse();
    assertThat(counted).extracting(StaffMember::line).containsExactly(2L, 3L, 4L);
    assertThat(counted)
        .extracting(StaffMember::sex)
        .containsExactly(Sex.FEMALE, Sex.MALE, Sex.NOT_RECORDED);
    assertThat(counted.get(1).grade().code()).isEqualTo("P-4");
    assertThat(counted.get(2).nationality().code()).isEqualTo("UNKNOWN");
  }

  @Test
  void anEmptyFileIsUnusable() throws IOException {
    assertThatThrownBy(() -> read(write("")))
        .isInstanceOf(RosterInputException.class)
        .hasMessageContaining("roster.csv")
        .hasMessageContaining("empty");
  }

  @Test
  void aFileWithOnlyABomIsUnusable() throws IOException {
    Path p = dir.resolve("bom.csv");
    Files.write(p, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    assertThatThrownBy(() -> read(p)).hasMessageContaining("byte-order mark");
  }

  @Test
  void aHeaderWithoutRowsReadsZeroRows() throws IOException {
    RosterReading r = read(write(HEADER));
    assertThat(r.reconciliation().rowsRead()).isZero();
    assertThat(r.hasErrors()).isFalse();
  }

  @Test
  void aMissingRequiredColumnListsTheHeadersAndTheClosestMatch() throws IOException {
    assertThatThrownBy(() -> read(write("staff_id,sex,grde,nationality\nS1,F,P-5,KEN\n")))
        .isInstanceOf(RosterInputException.class)
        .hasMessageContaining("line 1")
        .hasMessageContaining("'grade'")
        .hasMessageContaining("did you mean 'grde'")
        .hasMessageContaining("--column grade=")
        .hasMessageContaining("'staff_id', 'sex', 'grde', 'nationality'");
  }

  @Test
  void columnOverrideWinsOverSynonyms() throws IOException {
    RosterSettings settings =
        new RosterSettings(
            null, null, Map.of(Field.GRADE, "Personal Level"), GradeScale.unCommonSystem(), 100);
    RosterReading r =
        read(write("id,sex,level,Personal Level,nationality\nS1,F,P-2,P-5,KEN\n"), settings);
    assertThat(counted.get(0).grade().code()).isEqualTo("P-5");
    assertThat(r.mapping().column(Field.GRADE).orElseThrow().reason()).contains("--column");
    assertThat(r.mapping().otherColumns()).containsExactly("level");
  }

  @Test
  void headersMatchIgnoringCaseSpacesAndPunctuation() throws IOException {
    RosterReading r =
        read(write("Index No.,GENDER,Grade Level,Country of Nationality\n1,W,P 5,Kenya\n"));
    assertThat(r.mapping().column(Field.ID).orElseThrow().header()).isEqualTo("Index No.");
    assertThat(counted).hasSize(1);
  }

  @Test
  void anUnbalancedQuoteExcludesItsRowAndReadingResumesOnTheNextLine() throws IOException {
    RosterReading r =
        read(write(HEADER + "S1,F,P-5,KEN\nS2,\"M,P-4,KEN\nS3,F,P-3,FRA\nS4,M,P-2,USA\n"));
    assertThat(r.reconciliation().rowsRead()).isEqualTo(4);
    assertThat(r.reconciliation().excludedByReason())
        .containsExactly(Map.entry(ProblemKind.UNBALANCED_QUOTE, 1L));
    assertThat(r.problems().get(0).line()).isEqualTo(3);
    assertThat(counted).extracting(StaffMember::line).containsExactly(2L, 4L, 5L);
  }

  @Test
  void textAfterAClosingQuoteIsAProblemNotACrash() throws IOException {
    RosterReading r = read(write(HEADER + "S1,F,\"P-5\"x,KEN\nS2,M,P-4,KEN\n"));
    assertThat(kinds(r)).containsExactly(ProblemKind.MISPLACED_QUOTE);
    assertThat(counted).extracting(StaffMember::line).containsExactly(3L);
  }

  @Test
  void aQuotedLineBreakIsAllowedAndLaterLineNumbersStayPhysical() throws IOException {
    RosterReading r = read(write(HEADER + "S1,F,P-5,\"United\r\nStates\"\r\nS2,M,P-4,KEN\r\n"));
    assertThat(kinds(r)).containsExactly(ProblemKind.LINE_BREAK_IN_FIELD);
    assertThat(counted).extracting(StaffMember::line).containsExactly(2L, 4L);
    assertThat(counted.get(0).nationality().code()).isEqualTo("USA");
  }

  @Test
  void invalidBytesInAUtf8FileAreReportedOnTheirLine() throws IOException {
    byte[] head = (HEADER + "S1,F,P-5,KEN\n").getBytes(StandardCharsets.UTF_8);
    byte[] bad = "S2,M,P-4,KEN,\n".getBytes(StandardCharsets.US_ASCII);
    bad[1] = (byte) 0xC3;
    bad[2] = (byte) 0x28;
    Path p = dir.resolve("bad.csv");
    byte[] all = new byte[head.length + bad.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(bad, 0, all, head.length, bad.length);
    Files.write(p, all);
    RosterReading r =
        read(
            p,
            new RosterSettings(
                StandardCharsets.UTF_8, null, Map.of(), GradeScale.unCommonSystem(), 100));
    assertThat(r.problems())
        .anySatisfy(
            pr -> {
              assertThat(pr.kind()).isEqualTo(ProblemKind.INVALID_BYTES);
              assertThat(pr.line()).isEqualTo(3);
            });
  }

  @Test
  void duplicateIdsExcludeTheLaterRowAndNameTheFirstLineButNotTheId() throws IOException {
    RosterReading r = read(write(HEADER + "S9,F,P-5,KEN\nS8,M,P-4,KEN\nS9,F,P-3,KEN\n"));
    assertThat(r.reconciliation().excludedByReason())
        .containsExactly(Map.entry(ProblemKind.DUPLICATE_ID, 1L));
    RowProblem p = r.problems().get(0);
    assertThat(p.line()).isEqualTo(4);
    assertThat(p.message()).contains("line 2").doesNotContain("S9");
  }

  @Test
  void blankLinesAreReadAndExcludedWithAReason() throws IOException {
    RosterReading r = read(write(HEADER + "S1,F,P-5,KEN\n\nS2,M,P-4,KEN\n\n"));
    assertThat(r.reconciliation().rowsRead()).isEqualTo(4);
    assertThat(r.reconciliation().rowsCounted()).isEqualTo(2);
    assertThat(r.reconciliation().excludedByReason())
        .containsExactly(Map.entry(ProblemKind.BLANK_LINE, 2L));
    assertThat(r.hasErrors()).isFalse();
  }

  /**
   * Found in session 6's defect hunt: a spreadsheet's blank row comes out as delimiters only
   * (",,,"); it was excluded as "no grade". It is a blank line, and is reported as one.
   */
  @Test
  void aRowOfDelimitersOnlyIsABlankLine() throws IOException {
    RosterReading r = read(write(HEADER + "S1,F,P-5,KEN\n,,,\nS2,M,P-4,KEN\n , ,,\n   \t\n"));
    assertThat(r.reconciliation().rowsRead()).isEqualTo(5);
    assertThat(r.reconciliation().rowsCounted()).isEqualTo(2);
    assertThat(r.reconciliation().excludedByReason())
        .containsExactly(Map.entry(ProblemKind.BLANK_LINE, 3L));
    assertThat(r.problems()).extracting(RowProblem::line).containsExactly(3L, 5L, 6L);
  }

  /**
   * Found in session 6's defect hunt: an export that ends every data line with a delimiter (the
   * header without one) had every row excluded for its field count. Such a row is counted, with a
   * warning naming the extra column; a row with a non-empty extra field is still excluded.
   */
  @Test
  void aDelimiterAfterTheLastColumnIsIgnoredWithAWarning() throws IOException {
    RosterReading r =
        read(write(HEADER + "S1,F,P-5,KEN,\nS2,M,P-4,FRA\nS3,F,P-3,JPN,x\nS4,M,P-2,IND,\n"));
    assertThat(r.reconciliation().rowsRead()).isEqualTo(4);
    assertThat(r.reconciliation().rowsCounted()).isEqualTo(3);
    assertThat(r.reconciliation().excludedByReason())
        .containsExactly(Map.entry(ProblemKind.WRONG_FIELD_COUNT, 1L));
    assertThat(r.problemCounts()).containsEntry(ProblemKind.TRAILING_DELIMITER, 2L);
    assertThat(r.problems())
        .filteredOn(p -> p.kind() == ProblemKind.TRAILING_DELIMITER)
        .extracting(RowProblem::line, RowProblem::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, 5), org.assertj.core.groups.Tuple.tuple(5L, 5));
  }

  @Test
  void rowsWithTooManyOrTooFewFieldsAreExcluded() throws IOException {
    RosterReading r = read(write(HEADER + "S1,F,P-5,KEN,extra\nS2,M,P-4\nS3,M,P-4,KEN\n"));
    assertThat(r.reconciliation().excludedByReason())
        .containsExactly(Map.entry(ProblemKind.WRONG_FIELD_COUNT, 2L));
    assertThat(r.problems().get(0).message()).contains("found 5 fields, expected 4");
    assertThat(r.problems().get(1).message()).contains("found 3 fields, expected 4");
  }

  /**
   * Found in session 7's defect hunt: an old DOS file's closing Ctrl-Z was a row error, "found 1
   * fields, expected 4". It is a blank line now; a real one-field row says "1 field".
   */
  @Test
  void aClosingCtrlZIsABlankLineAndOneFieldIsSingular() throws IOException {
    RosterReading r = read(write(HEADER + "S1,F,P-5,KEN\nS2\n\u001a"));
    assertThat(r.reconciliation().excludedByReason())
        .containsEntry(ProblemKind.BLANK_LINE, 1L)
        .containsEntry(ProblemKind.WRONG_FIELD_COUNT, 1L);
    assertThat(r.problems())
        .extracting(RowProblem::message)
        .anyMatch(m -> m.contains("found 1 field, expected 4"))
        .anyMatch(m -> m.contains("Ctrl-Z"));
  }

  @Test
  void unrecognisedValuesAreErrorsWithHintsAndPositions() throws IOException {
    RosterReading r = read(write(HEADER + "S1,Femal,P-5,Kenia\nS2,M,Q-4,KEN\n"));
    assertThat(r.problems())
        .extracting(RowProblem::position)
        .containsExactly("line 2, column 2", "line 2, column 4", "line 3, column 3");
    // the value itself only with validate --show-values (found in session 8's audit)
    assertThat(r.problems().get(1).message())
        .contains("nationality (5 characters, not shown")
        .doesNotContain("Kenia")
        .contains("did you mean 'Kenya'");
    assertThat(r.reconciliation().rowsExcluded()).isEqualTo(2);
    assertThat(r.reconciliation().excludedByReason())
        .containsEntry(ProblemKind.UNRECOGNISED_SEX, 1L)
        .containsEntry(ProblemKind.UNRECOGNISED_GRADE, 1L);
  }

  @Test
  void windows1252SemicolonExportIsDetected() throws IOException {
    Path p =
        write(
            "messy.csv",
            "Index No;Gender;Level;Nationality\r\n1;F;P5;T\u00fcrkiye\r\n2;m;GS-6;C\u00f4te"
                + " d'Ivoire\r\n",
            Charset.forName("windows-1252"));
    RosterReading r = read(p);
    assertThat(r.encoding().charset().name()).isEqualTo("windows-1252");
    assertThat(r.delimiter()).isEqualTo(';');
    assertThat(counted).extracting(s -> s.nationality().code()).containsExactly("TUR", "CIV");
  }

  @Test
  void utf16WithBomIsRead() throws IOException {
    Path p = dir.resolve("u16.csv");
    byte[] body = (HEADER + "S1,F,P-5,T\u00fcrkiye\n").getBytes(StandardCharsets.UTF_16LE);
    byte[] all = new byte[body.length + 2];
    all[0] = (byte) 0xFF;
    all[1] = (byte) 0xFE;
    System.arraycopy(body, 0, all, 2, body.length);
    Files.write(p, all);
    RosterReading r = read(p);
    assertThat(r.encoding().label()).isEqualTo("UTF-16LE with BOM");
    assertThat(counted.get(0).nationality().code()).isEqualTo("TUR");
  }

  @Test
  void aSpreadsheetGivenByMistakeSaysWhatToDo() throws IOException {
    Path p = dir.resolve("roster.xlsx");
    Files.write(p, new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0});
    assertThatThrownBy(() -> read(p)).hasMessageContaining("Excel").hasMessageContaining("CSV");
  }

  @Test
  void aDirectoryOrAMissingFileIsUnusable() {
    assertThatThrownBy(() -> read(dir)).hasMessageContaining("is a directory");
    assertThatThrownBy(() -> read(dir.resolve("nope.csv"))).hasMessageContaining("no such file");
  }

  @Test
  void problemsBeyondTheLimitAreCountedButNotKept() throws IOException {
    StringBuilder sb = new StringBuilder(HEADER);
    for (int i = 0; i < 50; i++) {
      sb.append("S").append(i).append(",F,P-5,Atlantis\n");
    }
    RosterReading r =
        read(
            write(sb.toString()),
            new RosterSettings(null, null, Map.of(), GradeScale.unCommonSystem(), 10));
    assertThat(r.problems()).hasSize(10);
    assertThat(r.problemTotal()).isEqualTo(50);
    assertThat(r.reconciliation().rowsExcluded()).isEqualTo(50);
  }

  @Test
  void theFingerprintIsTheSha256OfTheBytes() throws IOException {
    RosterReading r = read(write("staff_id,sex,grade,nationality\n"));
    // sha256sum of the 31-byte header line above, computed independently with coreutils.
    assertThat(r.sizeBytes()).isEqualTo(31);
    assertThat(r.sha256())
        .isEqualTo("fdda79f3a4f22a9834330fb8c3030a7968de98a82ca3667ad7cdf041f4779a69");
  }
}
