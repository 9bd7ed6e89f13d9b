package org.divcalc.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.divcalc.domain.GradeCategory;
import org.divcalc.domain.GradeScale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradeScaleFileTest {
  @TempDir Path dir;

  private Path file(String text) throws IOException {
    Path p = dir.resolve("scale.csv");
    Files.writeString(p, text);
    return p;
  }

  @Test
  void aScaleFileGivesOrderCategoriesAndSynonyms() throws IOException {
    GradeScale s =
        GradeScaleFile.read(
            file(
                "code,category,synonyms\nADG,ungraded,\nD-2,director,D2\nP-5,professional,"
                    + "P5|P 5|Senior Officer\nG-6,general-service,GS-6|G6\n"));
    assertThat(s.grades()).extracting(g -> g.code()).containsExactly("ADG", "D-2", "P-5", "G-6");
    assertThat(s.lookup("senior officer").orElseThrow().code()).isEqualTo("P-5");
    assertThat(s.byCode("G-6").orElseThrow().category()).isEqualTo(GradeCategory.GENERAL_SERVICE);
    assertThat(s.name()).contains("scale.csv");
  }

  /**
   * Found in session 9's operator test: a scale saved by Excel (with a byte-order mark) was refused
   * for a missing "code" column, and a line without its synonyms got Commons CSV's own message.
   */
  @Test
  void aByteOrderMarkAndALineWithoutSynonymsAreRead() throws IOException {
    GradeScale s =
        GradeScaleFile.read(
            file("\uFEFFcode,category,synonyms\nP-5,professional,P5\nP-4,professional\n"));
    assertThat(s.grades()).extracting(g -> g.code()).containsExactly("P-5", "P-4");
    assertThat(s.lookup("P5").orElseThrow().code()).isEqualTo("P-5");
    assertThatThrownBy(() -> GradeScaleFile.read(file("code,category\nP-5\n")))
        .isInstanceOf(RosterInputException.class)
        .hasMessageContaining("line 2: expected a code and a category, found 1 field(s)");
  }

  /** Found in session 9's operator test: a Windows-1252 scale failed with "Input length = 1". */
  @Test
  void aScaleThatIsNotUtf8SaysWhere() throws IOException {
    Path p = dir.resolve("scale-1252.csv");
    Files.write(
        p,
        "code,category,synonyms\nP-5,professional,Cadre sup\u00e9rieur\n"
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> GradeScaleFile.read(p))
        .isInstanceOf(RosterInputException.class)
        .hasMessage(
            p
                + ": line 2, column 27: byte 0xE9 is not UTF-8; expected a UTF-8 file (saved as"
                + " Windows-1252 or Latin-1? Save it again as UTF-8)");
  }

  @Test
  void anUnknownCategoryNamesTheLineAndTheChoices() throws IOException {
    assertThatThrownBy(() -> GradeScaleFile.read(file("code,category\nP-5,professionals\n")))
        .isInstanceOf(RosterInputException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("'professionals'")
        .hasMessageContaining("general-service");
  }

  @Test
  void aSpellingClaimedByTwoGradesIsRejected() throws IOException {
    assertThatThrownBy(
            () ->
                GradeScaleFile.read(
                    file("code,category,synonyms\nP-5,professional,X1\nP-4,professional,X1\n")))
        .hasMessageContaining("line 3")
        .hasMessageContaining("claimed by both P-5 and P-4");
  }

  @Test
  void missingColumnsOrFileAreClearErrors() throws IOException {
    assertThatThrownBy(() -> GradeScaleFile.read(file("grade,cat\nP-5,professional\n")))
        .hasMessageContaining("needs the columns code and category");
    assertThatThrownBy(() -> GradeScaleFile.read(dir.resolve("none.csv")))
        .hasMessageContaining("no such file");
  }
}
