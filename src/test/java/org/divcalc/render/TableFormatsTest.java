package org.divcalc.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.divcalc.report.Table;
import org.junit.jupiter.api.Test;

class TableFormatsTest {
  private static final Table TABLE =
      new Table(
          "t",
          "Title",
          List.of(Table.Column.text("name"), Table.Column.number("n")),
          List.of(
              Table.Row.of("=HYPERLINK(\"x\")", "-3"),
              Table.Row.of("+1", "4"),
              Table.Row.of("@SUM(A1)", "5"),
              Table.Row.of("-minus", "6"),
              Table.Row.of("plain, with comma", "7"),
              Table.Row.total(List.of("total", "19"))),
          List.of("a note"));

  @Test
  void csvNeutralisesFormulaCellsButNotNumbers() {
    String csv = TableFormats.csv(TABLE);
    assertThat(csv.split("\r\n"))
        .containsExactly(
            "name,n",
            "\"'=HYPERLINK(\"\"x\"\")\",-3",
            "\"'+1\",4",
            "\"'@SUM(A1)\",5",
            "\"'-minus\",6",
            "\"plain, with comma\",7",
            "total,19");
  }

  @Test
  void textAlignsNumbersRightAndDrawsARuleAboveTotals() {
    String text = TableFormats.text(TABLE);
    assertThat(text)
        .contains("Title\n\nname                n\n")
        .contains("plain, with comma   7\n---------------------\ntotal              19\n")
        .endsWith("a note\n");
  }

  @Test
  void markdownBoldsTotalsAndEscapesPipes() {
    Table t =
        new Table(
            "t",
            "T",
            List.of(Table.Column.text("a|b")),
            List.of(Table.Row.total(List.of("x"))),
            List.of());
    assertThat(TableFormats.markdown(t)).contains("| a\\|b |").contains("| **x** |");
  }

  /** Found in session 8's defect hunt: a value holding a line break broke the text table. */
  @Test
  void textPutsASpaceForALineBreakOrTabInAValue() {
    Table t =
        new Table(
            "t",
            "T",
            List.of(Table.Column.text("unit"), Table.Column.number("n")),
            List.of(Table.Row.of("OCHA\r\nGeneva", "1"), Table.Row.of("A\tB\nC", "2")),
            List.of());
    assertThat(TableFormats.text(t))
        .isEqualTo("T\n\nunit         n\n--------------\nOCHA Geneva  1\nA B C        2\n");
  }

  /** Found in session 7's defect hunt: a value "*bold*" was printed in italics. */
  @Test
  void markdownEscapesWhatWouldMakeEmphasisOrCode() {
    Table t =
        new Table(
            "t",
            "T",
            List.of(Table.Column.text("org_unit")),
            List.of(Table.Row.of("*bold*"), Table.Row.of("a_b_c `x` \\ y")),
            List.of());
    assertThat(TableFormats.markdown(t))
        .contains("| org\\_unit |")
        .contains("| \\*bold\\* |")
        .contains("| a\\_b\\_c \\`x\\` \\\\ y |");
  }

  @Test
  void notesWrapAtEightyColumnsAndKeepParagraphs() {
    String wrapped = TableFormats.wrap("word ".repeat(40).strip() + "\nsecond", 80);
    assertThat(wrapped.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
    assertThat(wrapped).endsWith("\nsecond\n");
  }
}
