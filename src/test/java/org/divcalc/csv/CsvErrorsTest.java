package org.divcalc.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;

/** Commons CSV's own errors, from real parses, put in words without the library's names. */
class CsvErrorsTest {
  private static String errorOf(String text) {
    try (CSVParser p = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT)) {
      p.getRecords();
    } catch (IOException | UncheckedIOException e) {
      return CsvErrors.describe(e);
    }
    throw new AssertionError("parsed: " + text);
  }

  @Test
  void anUnclosedQuoteAndTextAfterAClosingQuoteAreNamedWithTheirLine() {
    assertThat(errorOf("a,b\n\"x,1\n"))
        .isEqualTo("line 2: a quoted field is never closed (an unbalanced quote?)");
    assertThat(errorOf("a,b\n\"x\"y,1\n"))
        .startsWith("line 2: text after a closing quote")
        .doesNotContain("org.apache");
  }

  @Test
  void anyOtherMessageIsKeptWithoutItsClassName() {
    assertThat(CsvErrors.describe(new UncheckedIOException(new IOException("disk on fire"))))
        .isEqualTo("disk on fire");
  }
}
