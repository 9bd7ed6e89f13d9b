package org.divcalc.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The quick reader of embedded files gives what Commons CSV gives, on every embedded file. */
class EmbeddedCsvTest {
  @Test
  void everyEmbeddedFileReadsAsCommonsCsvReadsIt() throws IOException {
    List<String> files;
    try (Stream<Path> s = Files.list(Path.of("src/main/resources/org/divcalc/reference"))) {
      files =
          s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(8);
    for (String file : files) {
      ReferenceTable quick = ReferenceTable.embedded(file);
      ReferenceTable commons = ReferenceTable.embeddedByCommonsCsv(file);
      assertThat(quick).as(file).isEqualTo(commons);
      assertThat(quick.rows()).as(file).isNotEmpty();
    }
  }

  @Test
  void quotesEscapesLineBreaksAndBlankLinesAreReadByRfc4180() {
    List<EmbeddedCsv.Row> rows =
        EmbeddedCsv.parse("a,b\r\n\" x, y \",\"say \"\"hi\"\"\"\n\n\"two\nlines\", c \nlast,1");
    assertThat(rows)
        .containsExactly(
            new EmbeddedCsv.Row(List.of("a", "b"), 1),
            new EmbeddedCsv.Row(List.of("x, y", "say \"hi\""), 2),
            new EmbeddedCsv.Row(List.of(""), 3),
            new EmbeddedCsv.Row(List.of("two\nlines", "c"), 5),
            new EmbeddedCsv.Row(List.of("last", "1"), 6));
  }
}
